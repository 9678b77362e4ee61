import { AreaComingSoon } from '../../components/AreaComingSoon.tsx';
import { IconChart } from '../../components/icons.tsx';

export default function ReportsPage() {
  return <AreaComingSoon area="reports" icon={IconChart} />;
}
