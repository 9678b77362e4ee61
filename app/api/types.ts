// Shapes of the HTTP API as the app receives them: derived from the contracts the server answers
// with (core/contracts.ts), so the two cannot drift apart.
import type { z } from 'zod';
import type {
  apiTokenSchema,
  auditEventSchema,
  brandSchema,
  failedJobSchema,
  invitationPreviewSchema,
  invitationSchema,
  memberSchema,
  sessionSchema,
  userSchema,
  workspaceSchema,
  workspaceSummarySchema,
  workspaceWithMe,
} from '../../core/contracts.ts';

export type User = z.infer<typeof userSchema>;
export type WorkspaceSummary = z.infer<typeof workspaceSummarySchema>;
export type Session = z.infer<typeof sessionSchema>;
export type Workspace = z.infer<typeof workspaceSchema>;
export type WorkspaceDetail = z.infer<typeof workspaceWithMe>;
export type WorkspaceMe = WorkspaceDetail['me'];
export type Brand = z.infer<typeof brandSchema>;
export type Member = z.infer<typeof memberSchema>;
export type Invitation = z.infer<typeof invitationSchema>;
export type InvitationStatus = Invitation['status'];
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;
export type ApiToken = z.infer<typeof apiTokenSchema>;
export type AuditEvent = z.infer<typeof auditEventSchema>;
export type FailedJob = z.infer<typeof failedJobSchema>;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
