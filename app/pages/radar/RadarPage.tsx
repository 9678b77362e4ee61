import { AreaComingSoon } from '../../components/AreaComingSoon.tsx';
import { IconRadar } from '../../components/icons.tsx';

export default function RadarPage() {
  return <AreaComingSoon area="radar" icon={IconRadar} />;
}
