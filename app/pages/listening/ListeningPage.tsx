import { AreaComingSoon } from '../../components/AreaComingSoon.tsx';
import { IconBroadcast } from '../../components/icons.tsx';

export default function ListeningPage() {
  return <AreaComingSoon area="listening" icon={IconBroadcast} />;
}
