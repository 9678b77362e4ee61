import { AreaComingSoon } from '../../components/AreaComingSoon.tsx';
import { IconShield } from '../../components/icons.tsx';

export default function PolicyPage() {
  return <AreaComingSoon area="policy" icon={IconShield} />;
}
