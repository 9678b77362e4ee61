import { AreaComingSoon } from '../../components/AreaComingSoon.tsx';
import { IconPlaybook } from '../../components/icons.tsx';

export default function PlaybooksPage() {
  return <AreaComingSoon area="policy" icon={IconPlaybook} />;
}
