// Addresses inside the calendar area (calendar, composer, post page, campaigns). Each carries the
// brand (`?brand=`), so a link — in a notice, an e-mail or a chat — names the brand it shows.
import { useSearchParams } from 'react-router';
import { useWorkspaceContext } from '../../components/workspaceContext.ts';

export function useCalendarPaths(brandId?: string) {
  const { workspaceId } = useWorkspaceContext();
  const [params] = useSearchParams();
  const brand = brandId ?? params.get('brand');
  const base = `/w/${workspaceId}/calendar`;
  const query = (extra: Record<string, string | undefined> = {}) => {
    const entries = Object.entries({ brand: brand ?? undefined, ...extra }).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '',
    );
    const search = new URLSearchParams(entries).toString();
    return search ? `?${search}` : '';
  };
  return {
    home: `${base}${query()}`,
    /** The composer; `date` (YYYY-MM-DD) and `time` (HH:mm) pre-fill the schedule when set. */
    newPost: (at: { date?: string; time?: string; campaign?: string } = {}) => `${base}/posts/new${query(at)}`,
    post: (postId: string) => `${base}/posts/${encodeURIComponent(postId)}${query()}`,
    campaigns: `${base}/campaigns${query()}`,
  };
}
