// Shapes of the HTTP API (docs/api-contract.md), as the app receives them.
import type { Role } from '../../core/permissions.ts';
import type { Locale, WorkspaceKind } from '../../core/validation.ts';

export interface User {
  id: string;
  email: string;
  name: string;
  locale: Locale | null;
}

export interface WorkspaceSummary {
  id: string;
  name: string;
  kind: WorkspaceKind;
  role: Role;
}

export interface Session {
  user: User;
  csrfToken: string;
  workspaces: WorkspaceSummary[];
}

export interface Workspace {
  id: string;
  name: string;
  kind: WorkspaceKind;
  createdAt: string;
}

export interface WorkspaceMe {
  memberId: string;
  role: Role;
  brandIds: string[] | null;
}

export interface WorkspaceDetail {
  workspace: Workspace;
  me: WorkspaceMe;
}

export interface Brand {
  id: string;
  workspaceId: string;
  name: string;
  primaryLanguage: Locale;
  timeZone: string;
  description: string | null;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Member {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
  brandIds: string[] | null;
  joinedAt: string;
}

export type InvitationStatus = 'pending' | 'accepted' | 'expired' | 'revoked';

export interface Invitation {
  id: string;
  email: string;
  role: Role;
  brandIds: string[] | null;
  invitedBy: { id: string; name: string } | null;
  createdAt: string;
  expiresAt: string;
  status: InvitationStatus;
}

export interface InvitationPreview {
  workspaceId?: string;
  workspaceName: string;
  email: string;
  role: Role;
  brandNames: string[];
  invitedByName: string | null;
  expiresAt: string;
  userExists: boolean;
}

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
}

export interface AuditEvent {
  id: string;
  at: string;
  actor: { id: string; name: string; email: string } | null;
  /** 'session', 'token:<name>' or 'system'. */
  via?: string;
  action: string;
  brandId: string | null;
  brandName: string | null;
  targetType: string;
  targetId: string | null;
  summary: { before?: Record<string, unknown>; after?: Record<string, unknown> };
  ip: string | null;
}

export interface FailedJob {
  id: string;
  name: string;
  error: string;
  data: Record<string, unknown>;
  createdOn: string;
  failedOn: string | null;
  retryCount: number;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
