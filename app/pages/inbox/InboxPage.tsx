import { AreaComingSoon } from '../../components/AreaComingSoon.tsx';
import { IconInbox } from '../../components/icons.tsx';

export default function InboxPage() {
  return <AreaComingSoon area="inbox" icon={IconInbox} />;
}
