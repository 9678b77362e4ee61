import { AreaComingSoon } from '../../components/AreaComingSoon.tsx';
import { IconTarget } from '../../components/icons.tsx';

export default function PlanPage() {
  return <AreaComingSoon area="plan" icon={IconTarget} />;
}
