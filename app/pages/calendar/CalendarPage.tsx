import { AreaComingSoon } from '../../components/AreaComingSoon.tsx';
import { IconCalendar } from '../../components/icons.tsx';

export default function CalendarPage() {
  return <AreaComingSoon area="calendar" icon={IconCalendar} />;
}
