// The database schema (PostgreSQL dialect; the same on embedded PGlite and on PostgreSQL).
// Migrations are generated from this file with `npm run db:generate` and committed.
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

// Millisecond precision, like a JavaScript Date: a time read back and sent again (a page cursor,
// an audit filter) then matches the stored value exactly.
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date', precision: 3 });
const createdAt = () => ts('created_at').notNull().defaultNow();

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    locale: text('locale', { enum: ['he', 'en'] }),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_email_key').on(t.email)],
);

export const workspaces = pgTable('workspaces', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['company', 'agency'] }).notNull(),
  createdAt: createdAt(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const brands = pgTable(
  'brands',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    primaryLanguage: text('primary_language', { enum: ['he', 'en'] }).notNull(),
    timeZone: text('time_zone').notNull().default('Asia/Jerusalem'),
    description: text('description').notNull().default(''),
    /** The crisis freeze: while set, nothing of the brand publishes. */
    pausedAt: ts('paused_at'),
    pausedReason: text('paused_reason'),
    pausedBy: uuid('paused_by'),
    archivedAt: ts('archived_at'),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('brands_workspace_idx').on(t.workspaceId, t.createdAt, t.id),
    // Two live brands of one workspace never share a name (archived ones may).
    uniqueIndex('brands_workspace_name_key').on(t.workspaceId, t.name).where(sql`archived_at is null`),
  ],
);

export const members = pgTable(
  'members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', {
      enum: ['owner', 'admin', 'brand_manager', 'editor', 'responder', 'analyst', 'client_reviewer'],
    }).notNull(),
    /** false: every brand; true: only the brands in member_brands. */
    limitedToBrands: boolean('limited_to_brands').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('members_workspace_user_key').on(t.workspaceId, t.userId),
    index('members_user_idx').on(t.userId),
  ],
);

export const memberBrands = pgTable(
  'member_brands',
  {
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    brandId: uuid('brand_id')
      .notNull()
      .references(() => brands.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.memberId, t.brandId] })],
);

export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: text('role', {
      enum: ['owner', 'admin', 'brand_manager', 'editor', 'responder', 'analyst', 'client_reviewer'],
    }).notNull(),
    /** null: every brand. Ids are checked against the workspace when the invitation is made and accepted. */
    brandIds: uuid('brand_ids').array(),
    tokenHash: text('token_hash').notNull(),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    expiresAt: ts('expires_at').notNull(),
    acceptedAt: ts('accepted_at'),
    revokedAt: ts('revoked_at'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('invitations_token_key').on(t.tokenHash),
    index('invitations_workspace_idx').on(t.workspaceId, t.createdAt),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** sha256 of the cookie value; the cookie itself is never stored. */
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    userAgent: text('user_agent'),
    ip: text('ip'),
    createdAt: createdAt(),
    lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
    expiresAt: ts('expires_at').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** First characters of the secret, shown so a person can tell tokens apart. */
    prefix: text('prefix').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: createdAt(),
    lastUsedAt: ts('last_used_at'),
    expiresAt: ts('expires_at'),
    revokedAt: ts('revoked_at'),
  },
  (t) => [uniqueIndex('api_tokens_hash_key').on(t.tokenHash), index('api_tokens_user_idx').on(t.userId)],
);

export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    email: text('email').notNull(),
    ip: text('ip'),
    succeeded: boolean('succeeded').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('login_attempts_email_idx').on(t.email, t.createdAt)],
);

/**
 * Append-only (a trigger in the migrations refuses UPDATE and DELETE). No foreign keys: the log
 * must outlive the users and brands it mentions.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    workspaceId: uuid('workspace_id'),
    brandId: uuid('brand_id'),
    actorUserId: uuid('actor_user_id'),
    /** How the actor acted: a browser session, an API token (its name) or the system. */
    actorVia: text('actor_via').notNull(),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id'),
    summary: jsonb('summary').$type<{ before?: Record<string, unknown>; after?: Record<string, unknown> }>().notNull(),
    ip: text('ip'),
    createdAt: createdAt(),
  },
  (t) => [
    index('audit_events_workspace_idx').on(t.workspaceId, t.id),
    index('audit_events_workspace_action_idx').on(t.workspaceId, t.action, t.id),
  ],
);

/** One row per mail the app sent or tried; the email job is idempotent on this row. */
export const outboundEmails = pgTable(
  'outbound_emails',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The workspace whose action caused the mail; its admins see the mail's job if it fails. */
    workspaceId: uuid('workspace_id'),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body'),
    sentAt: ts('sent_at'),
    /** A worker that is sending holds the row until then, so two workers never send it twice. */
    claimedUntil: ts('claimed_until'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: createdAt(),
  },
  (t) => [index('outbound_emails_unsent_idx').on(t.createdAt).where(sql`sent_at is null`)],
);

// ── Plan and policy ────────────────────────────────────────────────────────────────────────────
// Plans, policies and playbooks are kept as immutable versions: a report shows the target that held
// then, an acknowledgement names the exact text that was read. The content's shape is the zod schema
// in core/ (plan/, policy/, playbooks/), checked at the edge before it is written.

const brandRef = () => uuid('brand_id').references(() => brands.id, { onDelete: 'cascade' });
const workspaceRef = () =>
  uuid('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' });
const authorRef = (name = 'author_id') => uuid(name).references(() => users.id, { onDelete: 'set null' });

/** A brand's action plan, one row per saved version; the highest version is the current plan. */
export const planVersions = pgTable(
  'plan_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    brandId: brandRef().notNull(),
    version: integer('version').notNull(),
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    changeNote: text('change_note').notNull().default(''),
    authorId: authorRef(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('plan_versions_brand_version_key').on(t.brandId, t.version)],
);

/** The policy document: brand_id null is the workspace default that brands without their own follow. */
export const policyVersions = pgTable(
  'policy_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    brandId: brandRef(),
    version: integer('version').notNull(),
    sections: jsonb('sections').$type<Record<string, unknown>[]>().notNull(),
    changeNote: text('change_note').notNull().default(''),
    authorId: authorRef(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('policy_versions_brand_version_key').on(t.brandId, t.version).where(sql`brand_id is not null`),
    uniqueIndex('policy_versions_default_version_key').on(t.workspaceId, t.version).where(sql`brand_id is null`),
  ],
);

/** Who read and accepted which exact policy version (a new version asks everyone again). */
export const policyAcknowledgements = pgTable(
  'policy_acknowledgements',
  {
    policyVersionId: uuid('policy_version_id')
      .notNull()
      .references(() => policyVersions.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    acknowledgedAt: ts('acknowledged_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.policyVersionId, t.userId] }), index('policy_acknowledgements_user_idx').on(t.userId)],
);

/** A machine-checkable rule. brand_id null: applies to every brand of the workspace. */
export const policyRules = pgTable(
  'policy_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    brandId: brandRef(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    severity: text('severity', { enum: ['block', 'approval', 'warn', 'info'] }).notNull(),
    enabled: boolean('enabled').notNull().default(true),
    config: jsonb('config').$type<Record<string, unknown>>().notNull(),
    /** The default rule it was made from, if any (lets a brand see which defaults it already has). */
    templateKey: text('template_key'),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('policy_rules_workspace_brand_idx').on(t.workspaceId, t.brandId, t.position),
    // One copy of a template (or of a workspace rule) per brand, and per workspace: adding it twice, or
    // two clicks at once, must not make every draft show the same finding twice.
    uniqueIndex('policy_rules_brand_template_key').on(t.brandId, t.templateKey).where(sql`brand_id is not null and template_key is not null`),
    uniqueIndex('policy_rules_workspace_template_key').on(t.workspaceId, t.templateKey).where(sql`brand_id is null and template_key is not null`),
  ],
);

/** A what-if playbook of a brand; its content lives in versions, current_version names the live one. */
export const playbooks = pgTable(
  'playbooks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    brandId: brandRef().notNull(),
    name: text('name').notNull(),
    /** The library template it was copied from, if any. */
    templateKey: text('template_key'),
    currentVersion: integer('current_version').notNull().default(1),
    archivedAt: ts('archived_at'),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('playbooks_brand_idx').on(t.brandId, t.createdAt)],
);

export const playbookVersions = pgTable(
  'playbook_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    playbookId: uuid('playbook_id')
      .notNull()
      .references(() => playbooks.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    changeNote: text('change_note').notNull().default(''),
    authorId: authorRef(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('playbook_versions_key').on(t.playbookId, t.version)],
);

/** A practice run of a playbook: when each step was done, so the team learns where it is slow. */
export const playbookDrills = pgTable(
  'playbook_drills',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    playbookId: uuid('playbook_id')
      .notNull()
      .references(() => playbooks.id, { onDelete: 'cascade' }),
    playbookVersion: integer('playbook_version').notNull(),
    startedBy: authorRef('started_by'),
    startedAt: ts('started_at').notNull().defaultNow(),
    finishedAt: ts('finished_at'),
    /** One entry per step of that version: { step, doneAt, doneBy, note }. */
    steps: jsonb('steps').$type<Record<string, unknown>[]>().notNull(),
    notes: text('notes').notNull().default(''),
  },
  (t) => [index('playbook_drills_playbook_idx').on(t.playbookId, t.startedAt)],
);

// ── Publish ─────────────────────────────────────────────────────────────────────────────────────
// A post is written once and published as one variant per channel. The variant row is the unit of
// exactly-once publishing: a worker claims it (state and lease in one UPDATE), publishes, confirms;
// a claim whose lease ran out means the outcome is unknown and the connector's status check runs first.

/** A brand's account on a network (or a webhook). Secrets are sealed (AES-256-GCM) bound to the row. */
export const channels = pgTable(
  'channels',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    brandId: brandRef().notNull(),
    network: text('network', { enum: ['bluesky', 'mastodon', 'webhook'] }).notNull(),
    /** The account as people know it: a handle, @user@instance, or the webhook's host. */
    account: text('account').notNull(),
    displayName: text('display_name').notNull().default(''),
    /** Public settings (PDS or instance URL, the instance's text limit, the webhook URL). */
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull(),
    /** Sealed JSON of the channel's secrets (app password, tokens, signing secret). */
    credentials: text('credentials').notNull(),
    status: text('status', { enum: ['active', 'needs_reconnect'] }).notNull().default('active'),
    /** Authentication failures in a row; at the threshold the channel asks to be reconnected. */
    authFailures: integer('auth_failures').notNull().default(0),
    lastError: text('last_error'),
    lastErrorAt: ts('last_error_at'),
    /** Seeded by the demo: labelled everywhere, and nothing is ever sent through it. */
    demo: boolean('demo').notNull().default(false),
    createdBy: authorRef('created_by'),
    archivedAt: ts('archived_at'),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('channels_brand_idx').on(t.brandId, t.createdAt)],
);

export const campaigns = pgTable(
  'campaigns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    brandId: brandRef().notNull(),
    name: text('name').notNull(),
    /** The brand-work layer it serves: preserve (steady content), image (reputation), service. */
    layer: text('layer', { enum: ['preserve', 'image', 'service'] }).notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    goal: text('goal').notNull().default(''),
    /** Offline events the campaign ties to: [{ name, date, place }]. */
    offlineEvents: jsonb('offline_events').$type<Record<string, unknown>[]>().notNull().default([]),
    color: text('color').notNull().default('blue'),
    archivedAt: ts('archived_at'),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('campaigns_brand_idx').on(t.brandId, t.startsOn)],
);

/** An uploaded file; its bytes live in the media store (data directory or S3) under storage_key. */
export const media = pgTable(
  'media',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    brandId: brandRef().notNull(),
    storageKey: text('storage_key').notNull(),
    /** Sniffed from the bytes, never taken from the upload's name or header. */
    mimeType: text('mime_type').notNull(),
    byteSize: integer('byte_size').notNull(),
    sha256: text('sha256').notNull(),
    width: integer('width'),
    height: integer('height'),
    originalName: text('original_name').notNull().default(''),
    uploadedBy: authorRef('uploaded_by'),
    createdAt: createdAt(),
  },
  (t) => [index('media_brand_idx').on(t.brandId, t.createdAt)],
);

/** A brand's approval flow: ordered steps, each needing any one or all of its members and roles. */
export const approvalFlows = pgTable('approval_flows', {
  brandId: uuid('brand_id')
    .primaryKey()
    .references(() => brands.id, { onDelete: 'cascade' }),
  workspaceId: workspaceRef(),
  /** [{ name, mode: 'any' | 'all', roles: Role[], userIds: string[] }] */
  steps: jsonb('steps').$type<Record<string, unknown>[]>().notNull(),
  updatedBy: authorRef('updated_by'),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

export const posts = pgTable(
  'posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    brandId: brandRef().notNull(),
    campaignId: uuid('campaign_id').references(() => campaigns.id, { onDelete: 'set null' }),
    authorId: authorRef(),
    /** A name for the team (calendar, lists); never published. */
    title: text('title').notNull().default(''),
    /** The text every channel publishes unless its variant has its own. */
    body: text('body').notNull().default(''),
    link: text('link'),
    /** [{ mediaId, alt }] shared by the variants that do not choose their own. */
    media: jsonb('media').$type<Record<string, unknown>[]>().notNull().default([]),
    paid: boolean('paid').notNull().default(false),
    status: text('status', {
      enum: ['draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'publishing', 'published', 'failed'],
    })
      .notNull()
      .default('draft'),
    scheduledAt: ts('scheduled_at'),
    /** Bumped by every edit of what is published; approvals count only for the revision they saw. */
    revision: integer('revision').notNull().default(1),
    /** The steps this post must pass, fixed when it was submitted (flow steps plus any a finding adds). */
    approvalSteps: jsonb('approval_steps').$type<Record<string, unknown>[]>().notNull().default([]),
    /** The findings of the check at submission, for the reviewers. */
    findings: jsonb('findings').$type<Record<string, unknown>[]>().notNull().default([]),
    /** A brand manager's written override of a blocking finding: { reason, by, at }. */
    blockOverride: jsonb('block_override').$type<Record<string, unknown>>(),
    /** Why the post is not going out (not approved in time, paused, a channel failed), in plain words. */
    problem: text('problem'),
    /** Set when the author was told the post missed its time unapproved (told once). */
    missedNoticeAt: ts('missed_notice_at'),
    submittedAt: ts('submitted_at'),
    publishedAt: ts('published_at'),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('posts_brand_scheduled_idx').on(t.brandId, t.scheduledAt),
    index('posts_brand_status_idx').on(t.brandId, t.status),
  ],
);

export const postVariants = pgTable(
  'post_variants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    channelId: uuid('channel_id')
      .notNull()
      .references(() => channels.id, { onDelete: 'cascade' }),
    /** null: the post's own text, link or media. */
    text: text('text'),
    link: text('link'),
    media: jsonb('media').$type<Record<string, unknown>[]>(),
    state: text('state', {
      enum: ['pending', 'queued', 'publishing', 'retry', 'published', 'failed', 'cancelled'],
    })
      .notNull()
      .default('pending'),
    /** When the next attempt may start (the scheduled time, or later after a retry or a rate limit). */
    dueAt: ts('due_at'),
    /** A claimed variant belongs to its worker until then; after it, the outcome counts as unknown. */
    leaseUntil: ts('lease_until'),
    /** Carried to the network (Bluesky record key, Mastodon Idempotency-Key, webhook delivery id). */
    idempotencyKey: text('idempotency_key').notNull(),
    /** The last attempt ended without knowing whether the network took the post. */
    outcomeUnknown: boolean('outcome_unknown').notNull().default(false),
    attempts: integer('attempts').notNull().default(0),
    remoteId: text('remote_id'),
    remoteUrl: text('remote_url'),
    publishedAt: ts('published_at'),
    errorCode: text('error_code'),
    errorDetail: text('error_detail'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('post_variants_post_channel_key').on(t.postId, t.channelId),
    index('post_variants_due_idx').on(t.dueAt).where(sql`state in ('queued', 'retry', 'publishing')`),
    index('post_variants_channel_published_idx').on(t.channelId, t.publishedAt),
  ],
);

/** Every try at publishing a variant, for the post's history and for finding faults. */
export const publishAttempts = pgTable(
  'publish_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    variantId: uuid('variant_id')
      .notNull()
      .references(() => postVariants.id, { onDelete: 'cascade' }),
    attempt: integer('attempt').notNull(),
    /** published, found (the status check found it after an unknown outcome), retry, rate_limited, failed, unknown */
    outcome: text('outcome').notNull(),
    errorCode: text('error_code'),
    errorDetail: text('error_detail'),
    worker: text('worker').notNull(),
    startedAt: ts('started_at').notNull(),
    finishedAt: ts('finished_at').notNull().defaultNow(),
  },
  (t) => [index('publish_attempts_variant_idx').on(t.variantId, t.attempt)],
);

export const postApprovals = pgTable(
  'post_approvals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    revision: integer('revision').notNull(),
    stepIndex: integer('step_index').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    decision: text('decision', { enum: ['approved', 'changes_requested'] }).notNull(),
    note: text('note').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    index('post_approvals_post_idx').on(t.postId, t.revision),
    uniqueIndex('post_approvals_once_key').on(t.postId, t.revision, t.stepIndex, t.userId),
  ],
);

/** A reviewer's comment on a post, or on a span of its text (or of one channel's variant). */
export const postComments = pgTable(
  'post_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    /** null: the post's own text. */
    channelId: uuid('channel_id').references(() => channels.id, { onDelete: 'set null' }),
    authorId: authorRef(),
    body: text('body').notNull(),
    spanStart: integer('span_start'),
    spanEnd: integer('span_end'),
    /** The words the span covered when the comment was made (the text may change after). */
    quote: text('quote'),
    resolvedAt: ts('resolved_at'),
    createdAt: createdAt(),
  },
  (t) => [index('post_comments_post_idx').on(t.postId, t.createdAt)],
);

/** An in-app notice to one person (the bell); e-mail copies go through the outbox. */
export const notices = pgTable(
  'notices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    brandId: brandRef(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** What happened (approval_requested, post_failed, channel_needs_reconnect, …); the app words it. */
    kind: text('kind').notNull(),
    params: jsonb('params').$type<Record<string, unknown>>().notNull().default({}),
    /** Where in the app it leads, e.g. /posts/<id>. */
    link: text('link'),
    readAt: ts('read_at'),
    createdAt: createdAt(),
  },
  (t) => [index('notices_user_idx').on(t.userId, t.createdAt)],
);
