// The permission matrix: role × action × brand scope, defined once and used by the server (every
// route) and the app (what to show). Later areas add their actions here, not in their routes.

export const ROLES = [
  'owner',
  'admin',
  'brand_manager',
  'editor',
  'responder',
  'analyst',
  'client_reviewer',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles that always see every brand of the workspace; a brand limit makes no sense for them. */
export const WORKSPACE_WIDE_ROLES: readonly Role[] = ['owner', 'admin'];

/**
 * Where an action applies. `workspace` actions concern the workspace as a whole; `brand` actions
 * are checked against one brand, and a member limited to some brands may do them only there.
 */
export type ActionScope = 'workspace' | 'brand';

interface ActionRule {
  scope: ActionScope;
  roles: readonly Role[];
}

const MANAGERS = ['owner', 'admin', 'brand_manager'] as const;
const EVERYONE = ROLES;
const ADMINS = ['owner', 'admin'] as const;

export const ACTIONS = {
  // workspace
  'workspace.view': { scope: 'workspace', roles: EVERYONE },
  'workspace.update': { scope: 'workspace', roles: ADMINS },
  'brand.create': { scope: 'workspace', roles: ADMINS },
  'member.view': { scope: 'workspace', roles: ['owner', 'admin', 'brand_manager', 'editor', 'responder', 'analyst'] },
  'member.manage': { scope: 'workspace', roles: ADMINS },
  'audit.view': { scope: 'workspace', roles: ADMINS },
  'jobs.view': { scope: 'workspace', roles: ADMINS },
  // brand
  'brand.view': { scope: 'brand', roles: EVERYONE },
  'brand.update': { scope: 'brand', roles: MANAGERS },
  'brand.archive': { scope: 'brand', roles: ADMINS },
  'plan.view': { scope: 'brand', roles: EVERYONE },
  'plan.edit': { scope: 'brand', roles: MANAGERS },
  'policy.view': { scope: 'brand', roles: EVERYONE },
  'policy.edit': { scope: 'brand', roles: MANAGERS },
  'post.view': { scope: 'brand', roles: EVERYONE },
  'post.create': { scope: 'brand', roles: [...MANAGERS, 'editor'] },
  'post.approve': { scope: 'brand', roles: [...MANAGERS, 'client_reviewer'] },
  'post.publish': { scope: 'brand', roles: MANAGERS },
  'channel.manage': { scope: 'brand', roles: MANAGERS },
  'campaign.edit': { scope: 'brand', roles: [...MANAGERS, 'editor'] },
  // The crisis freeze: stopping and resuming everything a brand has scheduled.
  'brand.pause': { scope: 'brand', roles: MANAGERS },
  'mention.view': { scope: 'brand', roles: ['owner', 'admin', 'brand_manager', 'editor', 'responder', 'analyst'] },
  'inbox.reply': { scope: 'brand', roles: [...MANAGERS, 'responder'] },
  'incident.manage': { scope: 'brand', roles: MANAGERS },
  'community.edit': { scope: 'brand', roles: [...MANAGERS, 'responder'] },
  'report.view': { scope: 'brand', roles: ['owner', 'admin', 'brand_manager', 'analyst', 'client_reviewer'] },
} as const satisfies Record<string, ActionRule>;

export type Action = keyof typeof ACTIONS;
export const ACTION_NAMES = Object.keys(ACTIONS) as Action[];

/** What the server knows of a member when it decides: their role and, if limited, their brands. */
export interface MemberGrant {
  role: Role;
  /** null: every brand of the workspace; otherwise the only brands this member may act on. */
  brandIds: readonly string[] | null;
}

export type Decision =
  | { allowed: true }
  | { allowed: false; reason: 'role' | 'brand_scope' | 'brand_required' };

export function actionScope(action: Action): ActionScope {
  return ACTIONS[action].scope;
}

export function roleAllows(role: Role, action: Action): boolean {
  return (ACTIONS[action].roles as readonly Role[]).includes(role);
}

/** The brands a member sees: null for all of them. */
export function visibleBrandIds(member: MemberGrant): readonly string[] | null {
  return WORKSPACE_WIDE_ROLES.includes(member.role) ? null : member.brandIds;
}

/** Whether the member sees the brand at all (outside their scope a brand is treated as absent). */
export function canSeeBrand(member: MemberGrant, brandId: string): boolean {
  const scope = visibleBrandIds(member);
  return scope === null || scope.includes(brandId);
}

export function decide(member: MemberGrant, action: Action, brandId?: string): Decision {
  const rule: ActionRule = ACTIONS[action];
  if (rule.scope === 'brand') {
    if (brandId === undefined) return { allowed: false, reason: 'brand_required' };
    // Scope is checked before role so that a brand outside the scope is "absent", never "forbidden".
    if (!canSeeBrand(member, brandId)) return { allowed: false, reason: 'brand_scope' };
  }
  if (!roleAllows(member.role, action)) return { allowed: false, reason: 'role' };
  return { allowed: true };
}

/** Only owners may make or unmake owners; admins manage everyone else. */
export function canAssignRole(actor: Role, from: Role | null, to: Role): boolean {
  if (!roleAllows(actor, 'member.manage')) return false;
  if (actor === 'owner') return true;
  return from !== 'owner' && to !== 'owner';
}

/** The brands a member may be limited to: none for workspace-wide roles. */
export function normalizeBrandScope(role: Role, brandIds: readonly string[] | null): string[] | null {
  if (WORKSPACE_WIDE_ROLES.includes(role) || brandIds === null) return null;
  return [...new Set(brandIds)];
}
