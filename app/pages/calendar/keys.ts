// Query keys of the publish area, in one place so that a change in one page (a post approved, a
// post dragged to a new day, a brand paused) refreshes every page that shows it.
export const publishKeys = {
  /** Everything about a brand's publishing: invalidate this after any post change. */
  brand: (brandId: string) => ['brand', brandId, 'publish'] as const,
  posts: (brandId: string) => ['brand', brandId, 'publish', 'posts'] as const,
  post: (brandId: string, postId: string) => ['brand', brandId, 'publish', 'posts', postId] as const,
  calendar: (brandId: string) => ['brand', brandId, 'publish', 'calendar'] as const,
  channels: (brandId: string) => ['brand', brandId, 'publish', 'channels'] as const,
  campaigns: (brandId: string) => ['brand', brandId, 'publish', 'campaigns'] as const,
  approvalFlow: (brandId: string) => ['brand', brandId, 'publish', 'approval-flow'] as const,
  notices: ['notices'] as const,
};
