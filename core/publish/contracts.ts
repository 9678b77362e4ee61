// The publish API's requests and answers, shared by the server (validates, serializes and documents
// with them) and the app (derives its types), so the two cannot drift.
import { z } from 'zod';
import { isoDate, roleEnum } from '../contracts.ts';
import { findingSchema as policyFindingSchema } from '../policy/contracts.ts';
import { SEVERITIES } from '../policy/types.ts';
import { CAMPAIGN_LAYERS, CHANNEL_NETWORKS, POST_STATUSES, PUBLISH_ERROR_CODES, VARIANT_STATES } from './types.ts';

const person = z.object({ id: z.string(), name: z.string() });
export const channelNetworkEnum = z.enum(CHANNEL_NETWORKS);
export const postStatusEnum = z.enum(POST_STATUSES);
export const variantStateEnum = z.enum(VARIANT_STATES);
export const campaignLayerEnum = z.enum(CAMPAIGN_LAYERS);
export const publishErrorCodeEnum = z.enum(PUBLISH_ERROR_CODES);

// ── Channels ──────────────────────────────────────────────────────────────────────────────────

export const channelCapabilitiesSchema = z.object({
  textLimit: z.number().int().nullable(),
  maxImages: z.number().int(),
  imageMaxBytes: z.number().int(),
  imageTypes: z.array(z.string()),
  altTextMax: z.number().int(),
  reply: z.boolean(),
  statusCheck: z.enum(['exact', 'content', 'none']),
});

export const channelSchema = z.object({
  id: z.string(),
  brandId: z.string(),
  network: channelNetworkEnum,
  account: z.string(),
  displayName: z.string(),
  /** Where it points: the PDS, the Mastodon instance or the webhook URL. */
  endpoint: z.string(),
  status: z.enum(['active', 'needs_reconnect']),
  authFailures: z.number().int(),
  lastError: z.string().nullable(),
  lastErrorAt: isoDate.nullable(),
  demo: z.boolean(),
  capabilities: channelCapabilitiesSchema,
  lastPublishedAt: isoDate.nullable(),
  createdAt: isoDate,
});
export type Channel = z.infer<typeof channelSchema>;

const httpUrl = z.url({ protocol: /^https?$/, message: 'must be a full http:// or https:// address' });

export const connectChannelBody = z.discriminatedUnion('network', [
  z.object({
    network: z.literal('bluesky'),
    handle: z.string().trim().min(1, 'a handle is required, like name.bsky.social').max(253),
    appPassword: z.string().min(1, 'an app password is required (Bluesky: Settings → Privacy and security → App passwords)').max(200),
    pdsUrl: httpUrl.optional(),
  }),
  z.object({
    network: z.literal('mastodon'),
    instanceUrl: httpUrl,
    accessToken: z.string().trim().min(1, 'an access token is required').max(500),
  }),
  z.object({ network: z.literal('webhook'), url: httpUrl, name: z.string().trim().max(100).optional() }),
]);
export type ConnectChannelBody = z.infer<typeof connectChannelBody>;

export const connectedChannelAnswer = z.object({
  channel: channelSchema,
  /** The webhook channel's signing secret, shown this once. */
  webhookSecret: z.string().nullable(),
});

export const mastodonOAuthBody = z.object({ instanceUrl: httpUrl });
export const mastodonOAuthAnswer = z.object({ authorizeUrl: z.string() });

// ── Approval flow ─────────────────────────────────────────────────────────────────────────────

export const approvalStepSchema = z
  .object({
    name: z.string().trim().min(1, 'each step needs a name').max(80),
    /** any: one approval from the listed people or roles is enough; all: every listed person, and one holder of each listed role. */
    mode: z.enum(['any', 'all']),
    roles: z.array(roleEnum).max(7),
    userIds: z.array(z.string().uuid()).max(50),
  })
  .refine((s) => s.roles.length + s.userIds.length > 0, { message: 'each step needs at least one person or role', path: ['roles'] });
export type ApprovalStep = z.infer<typeof approvalStepSchema>;

export const approvalFlowBody = z.object({ steps: z.array(approvalStepSchema).max(10) });
export const approvalFlowSchema = z.object({
  steps: z.array(approvalStepSchema),
  updatedAt: isoDate.nullable(),
  updatedBy: person.nullable(),
});

// ── Campaigns ─────────────────────────────────────────────────────────────────────────────────

const day = z.iso.date({ message: 'must be a date like 2026-12-01' });
export const offlineEventSchema = z.object({
  name: z.string().trim().min(1, 'an event needs a name').max(200),
  date: day,
  place: z.string().trim().max(200).default(''),
});

export const campaignBody = z
  .object({
    name: z.string().trim().min(1, 'a campaign needs a name').max(120),
    layer: campaignLayerEnum,
    startsOn: day,
    endsOn: day,
    goal: z.string().trim().max(2000).default(''),
    offlineEvents: z.array(offlineEventSchema).max(50).default([]),
    color: z.enum(['blue', 'teal', 'grape', 'orange', 'pink', 'lime', 'cyan', 'red']).default('blue'),
  })
  .refine((c) => c.endsOn >= c.startsOn, { message: 'the end date must not be before the start date', path: ['endsOn'] });

export const campaignSchema = z.object({
  id: z.string(),
  brandId: z.string(),
  name: z.string(),
  layer: campaignLayerEnum,
  startsOn: z.string(),
  endsOn: z.string(),
  goal: z.string(),
  offlineEvents: z.array(offlineEventSchema),
  color: z.string(),
  postCount: z.number().int(),
  archivedAt: isoDate.nullable(),
  createdAt: isoDate,
});
export type Campaign = z.infer<typeof campaignSchema>;

// ── Posts ─────────────────────────────────────────────────────────────────────────────────────

export const mediaRefSchema = z.object({
  mediaId: z.string().uuid(),
  alt: z.string().max(2000).default(''),
});

/** When to publish: a wall-clock time in the brand's zone, an exact instant, or as soon as approved. */
export const scheduleInput = z.union([
  z.object({ date: day, time: z.string().regex(/^\d{2}:\d{2}$/, 'must be a time like 09:30') }),
  z.object({ instant: isoDate }),
  z.object({ asap: z.literal(true) }),
]);
export type ScheduleInput = z.infer<typeof scheduleInput>;

export const variantInput = z.object({
  channelId: z.string().uuid(),
  /** null or absent: the post's own text (and link, media). */
  text: z.string().max(100_000).nullable().optional(),
  link: z.string().max(2000).nullable().optional(),
  media: z.array(mediaRefSchema).max(10).nullable().optional(),
});

export const postFields = z.object({
  title: z.string().trim().max(200).default(''),
  body: z.string().max(100_000).default(''),
  link: z.string().trim().max(2000).nullable().default(null),
  media: z.array(mediaRefSchema).max(10).default([]),
  paid: z.boolean().default(false),
  campaignId: z.string().uuid().nullable().default(null),
  variants: z.array(variantInput).min(1, 'choose at least one channel').max(20),
  schedule: scheduleInput.nullable().default(null),
});
export const createPostBody = postFields;
export const updatePostBody = postFields.partial().extend({
  /** The revision the editor started from; a stale one answers 409. */
  revision: z.number().int().min(1),
});

export const overrideInput = z.object({ reason: z.string().trim().min(10, 'write the reason for publishing despite the block (at least 10 characters)').max(2000) });
export const submitPostBody = z.object({ schedule: scheduleInput.optional(), override: overrideInput.optional() });
export const rescheduleBody = z.object({ schedule: scheduleInput, override: overrideInput.optional() });
export const decisionBody = z.object({ note: z.string().trim().max(2000).default('') });
export const commentBody = z
  .object({
    body: z.string().trim().min(1, 'write a comment').max(5000),
    channelId: z.string().uuid().nullable().default(null),
    spanStart: z.number().int().min(0).nullable().default(null),
    spanEnd: z.number().int().min(0).nullable().default(null),
  })
  .refine((c) => (c.spanStart === null) === (c.spanEnd === null) && (c.spanStart === null || c.spanEnd! > c.spanStart), {
    message: 'a span needs a start before its end',
    path: ['spanEnd'],
  });

/** A policy finding, with the channel whose text it was found in (null: the post's own text). */
export const findingSchema = policyFindingSchema.extend({ channelId: z.string().nullable() });
export type PostFinding = z.infer<typeof findingSchema>;

export const variantSchema = z.object({
  id: z.string(),
  channelId: z.string(),
  network: channelNetworkEnum,
  account: z.string(),
  text: z.string().nullable(),
  link: z.string().nullable(),
  media: z.array(mediaRefSchema).nullable(),
  state: variantStateEnum,
  dueAt: isoDate.nullable(),
  attempts: z.number().int(),
  remoteUrl: z.string().nullable(),
  publishedAt: isoDate.nullable(),
  errorCode: publishErrorCodeEnum.nullable(),
  /** The network's own words about the error: untrusted, shown as text. */
  errorDetail: z.string().nullable(),
});

export const approvalStepStateSchema = approvalStepSchema.safeExtend({
  /** flow: from the brand's approval flow; finding: added because a finding asked for a manager. */
  reason: z.enum(['flow', 'finding']),
  state: z.enum(['waiting', 'current', 'approved', 'changes_requested']),
  approvals: z.array(z.object({ user: person, decision: z.enum(['approved', 'changes_requested']), note: z.string(), at: isoDate })),
  /** Whether the person asking may decide this step now. */
  canDecide: z.boolean(),
});

export const commentSchema = z.object({
  id: z.string(),
  author: person.nullable(),
  body: z.string(),
  channelId: z.string().nullable(),
  spanStart: z.number().int().nullable(),
  spanEnd: z.number().int().nullable(),
  quote: z.string().nullable(),
  resolvedAt: isoDate.nullable(),
  createdAt: isoDate,
});

export const postSummarySchema = z.object({
  id: z.string(),
  brandId: z.string(),
  title: z.string(),
  excerpt: z.string(),
  status: postStatusEnum,
  scheduledAt: isoDate.nullable(),
  publishedAt: isoDate.nullable(),
  campaignId: z.string().nullable(),
  author: person.nullable(),
  problem: z.string().nullable(),
  channels: z.array(
    z.object({
      channelId: z.string(),
      network: channelNetworkEnum,
      account: z.string(),
      state: variantStateEnum,
      remoteUrl: z.string().nullable(),
      errorCode: publishErrorCodeEnum.nullable(),
    }),
  ),
  openComments: z.number().int(),
  updatedAt: isoDate,
});
export type PostSummary = z.infer<typeof postSummarySchema>;

export const postSchema = postSummarySchema.extend({
  body: z.string(),
  link: z.string().nullable(),
  media: z.array(mediaRefSchema),
  paid: z.boolean(),
  revision: z.number().int(),
  variants: z.array(variantSchema),
  steps: z.array(approvalStepStateSchema),
  findings: z.array(findingSchema),
  blockOverride: z.object({ reason: z.string(), by: person.nullable(), at: isoDate }).nullable(),
  comments: z.array(commentSchema),
  submittedAt: isoDate.nullable(),
  createdAt: isoDate,
  /** What the person asking may do with it now. */
  can: z.object({ edit: z.boolean(), submit: z.boolean(), override: z.boolean(), reschedule: z.boolean(), cancel: z.boolean(), retry: z.boolean(), delete: z.boolean() }),
});
export type Post = z.infer<typeof postSchema>;

export const postAnswer = z.object({ post: postSchema });

/** The details of a 422 blocked_by_policy answer: the app shows the findings and offers managers an override. */
export const blockedDetailsSchema = z.object({ findings: z.array(findingSchema), canOverride: z.boolean() });

export const listPostsQuery = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  status: z.union([postStatusEnum, z.array(postStatusEnum)]).optional(),
  channelId: z.string().uuid().optional(),
  campaignId: z.string().uuid().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().optional(),
});

// ── Calendar ──────────────────────────────────────────────────────────────────────────────────

export const calendarWindowSchema = z.object({
  start: isoDate,
  end: isoDate,
  kind: z.enum(['shabbat', 'holiday', 'memorial', 'blackout']),
  title: z.object({ he: z.string(), en: z.string() }),
  /** The severity of the rule that made it: a block window refuses posts, a warn one only warns. */
  severity: z.enum(SEVERITIES),
});

/** A plan channel's week: "Instagram: 1 of 3 planned this week". */
export const cadenceItemSchema = z.object({
  network: z.string(),
  /** Posts a week the plan asks for. */
  goal: z.number().int(),
  /** Scheduled plus published. */
  planned: z.number().int(),
  remaining: z.number().int(),
  met: z.boolean(),
  scheduled: z.number().int(),
  published: z.number().int(),
});

export const silenceSchema = z.object({
  network: z.string(),
  postsPerWeek: z.number().int(),
  lastPublishedAt: isoDate.nullable(),
  allowedGapDays: z.number().int(),
  silentDays: z.number().int(),
});

export const calendarAnswer = z.object({
  timeZone: z.string(),
  posts: z.array(postSummarySchema),
  windows: z.array(calendarWindowSchema),
  weeks: z.array(z.object({ weekStart: isoDate, cadence: z.array(cadenceItemSchema) })),
  silence: z.array(silenceSchema),
  paused: z.object({ at: isoDate, reason: z.string(), by: person.nullable() }).nullable(),
});

export const calendarQuery = z.object({
  from: isoDate,
  to: isoDate,
  channelId: z.string().uuid().optional(),
  campaignId: z.string().uuid().optional(),
  status: z.union([postStatusEnum, z.array(postStatusEnum)]).optional(),
});

// ── Pause-all ─────────────────────────────────────────────────────────────────────────────────

export const pauseBody = z.object({ reason: z.string().trim().min(3, 'say why the brand is paused').max(500) });
export const resumeAnswer = z.object({
  /** Every queued post re-checked on resuming, and what became of it. */
  posts: z.array(
    z.object({
      postId: z.string(),
      title: z.string(),
      outcome: z.enum(['still_scheduled', 'needs_new_time', 'needs_approval', 'blocked']),
    }),
  ),
});

// ── Notices ───────────────────────────────────────────────────────────────────────────────────

export const NOTICE_KINDS = [
  'approval_requested',
  'post_approved',
  'changes_requested',
  'post_commented',
  'post_published',
  'post_failed',
  'not_approved_in_time',
  'channel_needs_reconnect',
  'brand_paused',
  'brand_resumed',
  'silence',
] as const;
export const noticeSchema = z.object({
  id: z.string(),
  kind: z.enum(NOTICE_KINDS),
  brandId: z.string().nullable(),
  params: z.record(z.string(), z.unknown()),
  link: z.string().nullable(),
  readAt: isoDate.nullable(),
  createdAt: isoDate,
});
export type Notice = z.infer<typeof noticeSchema>;
export const noticesAnswer = z.object({ items: z.array(noticeSchema), unread: z.number().int() });
