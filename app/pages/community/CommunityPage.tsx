import { AreaComingSoon } from '../../components/AreaComingSoon.tsx';
import { IconMessages } from '../../components/icons.tsx';

export default function CommunityPage() {
  return <AreaComingSoon area="community" icon={IconMessages} />;
}
