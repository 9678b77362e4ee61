// A what-if playbook's content: what happens, how we notice it, how fast we answer, who does what,
// who alone may speak for the brand, what we say first, and the checklist. Stored as immutable
// versions (server/db/schema.ts); the radar opens incidents from it, so every stored version is
// complete, valid data.
//
// Severity follows incident practice: tier 1 is the most severe (answer within the hour), tier 3
// the mildest. A radar alert's severity uses the same scale.
import { z } from 'zod';
import { countText, NETWORK_NAMES, NETWORKS, textLimit, type Network } from '../networks.ts';
import { LOCALES } from '../validation.ts';

export const SCENARIOS = [
  'food_safety',
  'offensive_post',
  'service_outage',
  'employee_misconduct',
  'security_event',
  'influencer_backlash',
  'data_breach',
  'custom',
] as const;
export type Scenario = (typeof SCENARIOS)[number];

export const ROLE_KINDS = ['incident_lead', 'spokesperson', 'legal', 'customer_care', 'social_media', 'custom'] as const;
export type RoleKind = (typeof ROLE_KINDS)[number];

export const TIER_LEVELS = [1, 2, 3] as const;
export type TierLevel = (typeof TIER_LEVELS)[number];

export const PLAYBOOK_LIMITS = {
  name: 120,
  description: 2000,
  keywordsPerLanguage: 50,
  keyword: 100,
  tierName: 60,
  responseMinutesMax: 30 * 24 * 60,
  roles: 20,
  customRoleName: 60,
  responders: 50,
  statements: 30,
  statementTitle: 80,
  statementText: 5000,
  steps: 60,
  stepTitle: 200,
  stepDetails: 2000,
} as const;

const L = PLAYBOOK_LIMITS;

/**
 * Every message the playbook's schema and the server's checks can give, in English; the app shows
 * its own translation of each (playbooksArea.validation.<key>) and the server's Hebrew table has the
 * same sentences.
 */
export const PLAYBOOK_MESSAGES = {
  nameRequired: 'A playbook needs a name',
  nameTooLong: `A playbook name is ${L.name} characters at most`,
  scenarioUnknown: `The scenario must be one of: ${SCENARIOS.join(', ')}`,
  descriptionTooLong: `The description is ${L.description} characters at most`,
  keywordEmpty: 'A keyword cannot be empty',
  keywordTooLong: `A keyword is ${L.keyword} characters at most`,
  keywordsMax: `${L.keywordsPerLanguage} keywords per language at most`,
  tierInvalid: 'A tier is 1, 2 or 3',
  tierNameRequired: 'A tier needs a name',
  tierNameTooLong: `A tier name is ${L.tierName} characters at most`,
  responseMinutes: `The response time is a whole number of minutes, from 1 to ${L.responseMinutesMax} (30 days)`,
  tiersMin: 'A playbook needs at least one severity tier',
  tiersMax: 'A playbook has three tiers at most',
  tierTwice: 'Each tier can appear only once',
  roleKeyInvalid: 'A role key is lowercase letters, digits and _',
  roleKeyTwice: 'Two roles have the same key',
  roleKindUnknown: `The role must be one of: ${ROLE_KINDS.join(', ')}`,
  customRoleNameRequired: 'Name the custom role',
  customRoleNameTooLong: `A role name is ${L.customRoleName} characters at most`,
  rolesMax: `A playbook has ${L.roles} roles at most`,
  personRequired: 'Choose a person from the list',
  backupSameAsMember: 'The backup must be someone other than the person in the role',
  respondersMin: 'A playbook needs at least one authorized responder',
  respondersMax: `A playbook has ${L.responders} authorized responders at most`,
  responderTwice: 'This person is already on the list',
  statementTitleRequired: 'Give the statement a short title, e.g. "First response"',
  statementTitleTooLong: `A statement title is ${L.statementTitle} characters at most`,
  languageInvalid: 'Language must be "he" or "en"',
  networkUnknown: `The network must be one of: ${NETWORKS.join(', ')}`,
  statementRequired: 'A holding statement needs its text',
  statementTooLong: `A holding statement is ${L.statementText} characters at most`,
  statementsMax: `A playbook has ${L.statements} holding statements at most`,
  stepTitleRequired: 'A step needs a title',
  stepTitleTooLong: `A step title is ${L.stepTitle} characters at most`,
  stepDetailsTooLong: `Step details are ${L.stepDetails} characters at most`,
  stepRoleRequired: 'Choose the role that owns this step',
  stepRoleUnknown: 'Choose one of the playbook’s roles',
  stepsMin: 'A playbook needs at least one step',
  stepsMax: `A playbook has ${L.steps} steps at most`,
  autoOpenNeedsTrigger: 'To open incidents by itself the playbook needs keywords or a radar severity',
  // Checked by the server, which knows the workspace, the brand's plan and its policy.
  notOnBrand: 'This person is not a member of the workspace who works on this brand',
  cannotSpeak: 'This person’s role cannot publish or reply for the brand',
} as const;
export type PlaybookMessageKey = keyof typeof PLAYBOOK_MESSAGES;
const M = PLAYBOOK_MESSAGES;

export { NETWORK_NAMES };

/** The message for a holding statement longer than a network allows (one sentence per network and limit). */
export function tooLongMessage(network: Network, limit: number): string {
  return `Too long for ${NETWORK_NAMES[network]} (${limit} characters at most)`;
}

const userId = z.uuid({ message: M.personRequired });
const tierLevel = z.union([z.literal(1), z.literal(2), z.literal(3)], { message: M.tierInvalid });

const keywords = z
  .array(z.string().trim().min(1, M.keywordEmpty).max(L.keyword, M.keywordTooLong))
  .max(L.keywordsPerLanguage, M.keywordsMax);

export const triggersSchema = z.strictObject({
  /** Words in mentions of the brand that raise an alert by themselves (the radar matches them). */
  keywords: z.strictObject({ he: keywords, en: keywords }),
  /** Alerts of this tier or more severe start this playbook; null: volume alerts do not. */
  radarSeverity: tierLevel.nullable(),
  /** Whether a matching alert opens the incident by itself, rather than suggesting it to a manager. */
  autoOpenIncident: z.boolean(),
});

export const tierSchema = z.strictObject({
  level: tierLevel,
  name: z.string().trim().min(1, M.tierNameRequired).max(L.tierName, M.tierNameTooLong),
  /** The first public response is due this many minutes after the incident opens. */
  responseMinutes: z
    .number({ message: M.responseMinutes })
    .int(M.responseMinutes)
    .min(1, M.responseMinutes)
    .max(L.responseMinutesMax, M.responseMinutes),
});

export const roleSchema = z.strictObject({
  /** Steps name their owner by this key; the built-in kinds use their own name, custom roles any slug. */
  key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, M.roleKeyInvalid),
  kind: z.enum(ROLE_KINDS, { message: M.roleKindUnknown }),
  /** The role's name when kind is custom ('' for the built-in kinds, which the app names). */
  customName: z.string().trim().max(L.customRoleName, M.customRoleNameTooLong),
  userId: userId.nullable(),
  backupUserId: userId.nullable(),
});

export const holdingStatementSchema = z.strictObject({
  title: z.string().trim().min(1, M.statementTitleRequired).max(L.statementTitle, M.statementTitleTooLong),
  language: z.enum(LOCALES, { message: M.languageInvalid }),
  /** The network it is written for; null: any network the brand posts on (it must fit them all). */
  network: z.enum(NETWORKS, { message: M.networkUnknown }).nullable(),
  text: z.string().trim().min(1, M.statementRequired).max(L.statementText, M.statementTooLong),
});

export const stepSchema = z.strictObject({
  title: z.string().trim().min(1, M.stepTitleRequired).max(L.stepTitle, M.stepTitleTooLong),
  details: z.string().trim().max(L.stepDetails, M.stepDetailsTooLong),
  /** The key of the role that owns the step. */
  role: z.string().min(1, M.stepRoleRequired),
  /** The mildest tier that needs this step: 3 for every incident, 1 only for the most severe (a tier the playbook leaves out counts as milder still). */
  fromTier: tierLevel,
});

/** The content's fields without the checks across them (the answers' shape, in contracts.ts, builds on it). */
export const playbookContentShape = z.strictObject({
  name: z.string().trim().min(1, M.nameRequired).max(L.name, M.nameTooLong),
  scenario: z.enum(SCENARIOS, { message: M.scenarioUnknown }),
  description: z.string().trim().max(L.description, M.descriptionTooLong),
  triggers: triggersSchema,
  tiers: z.array(tierSchema).min(1, M.tiersMin).max(3, M.tiersMax),
  roles: z.array(roleSchema).max(L.roles, M.rolesMax),
  /** The only people who may speak for the brand while the playbook runs. */
  authorizedResponders: z.array(userId).min(1, M.respondersMin).max(L.responders, M.respondersMax),
  holdingStatements: z.array(holdingStatementSchema).max(L.statements, M.statementsMax),
  steps: z.array(stepSchema).min(1, M.stepsMin).max(L.steps, M.stepsMax),
  pauseScheduledPosts: z.boolean(),
});

export const playbookContentSchema = playbookContentShape
  .superRefine((content, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const levels = new Set<number>();
    content.tiers.forEach((tier, i) => {
      if (levels.has(tier.level)) issue(['tiers', i, 'level'], M.tierTwice);
      levels.add(tier.level);
    });

    const keys = new Set<string>();
    content.roles.forEach((role, i) => {
      if (keys.has(role.key)) issue(['roles', i, 'key'], M.roleKeyTwice);
      keys.add(role.key);
      if (role.kind === 'custom' && !role.customName) issue(['roles', i, 'customName'], M.customRoleNameRequired);
      if (role.userId && role.backupUserId === role.userId) issue(['roles', i, 'backupUserId'], M.backupSameAsMember);
    });

    const responders = new Set<string>();
    content.authorizedResponders.forEach((id, i) => {
      if (responders.has(id)) issue(['authorizedResponders', i], M.responderTwice);
      responders.add(id);
    });

    content.steps.forEach((step, i) => {
      if (step.role && !keys.has(step.role)) issue(['steps', i, 'role'], M.stepRoleUnknown);
    });

    const { triggers } = content;
    if (triggers.autoOpenIncident && triggers.radarSeverity === null && triggers.keywords.he.length + triggers.keywords.en.length === 0) {
      issue(['triggers', 'autoOpenIncident'], M.autoOpenNeedsTrigger);
    }
  })
  // Tiers are kept most severe first, the order every reader (radar, drill, app) expects.
  .transform((content) => ({ ...content, tiers: [...content.tiers].sort((a, b) => a.level - b.level) }));

export type PlaybookContent = z.output<typeof playbookContentSchema>;
export type PlaybookContentInput = z.input<typeof playbookContentSchema>;
export type Tier = z.output<typeof tierSchema>;
export type PlaybookRole = z.output<typeof roleSchema>;
export type HoldingStatement = z.output<typeof holdingStatementSchema>;
export type PlaybookStep = z.output<typeof stepSchema>;

/** The steps an incident of this tier needs, with their index in the playbook. */
export function stepsForTier(content: Pick<PlaybookContent, 'steps'>, tier: TierLevel) {
  return content.steps.flatMap((step, index) => (tier <= step.fromTier ? [{ index, step }] : []));
}

/** The most severe tier the playbook defines (a drill rehearses it: every step, the tightest target). */
export function mostSevereTier(content: Pick<PlaybookContent, 'tiers'>): Tier {
  return [...content.tiers].sort((a, b) => a.level - b.level)[0]!;
}

export type PlaybookGap =
  | { kind: 'role_unassigned'; roleKey: string }
  | { kind: 'role_without_backup'; roleKey: string }
  | { kind: 'no_statement'; language: 'he' | 'en' }
  | { kind: 'no_triggers' };

/**
 * What is valid but not ready for a real incident: roles nobody holds, roles without a backup, a
 * language with no holding statement, no way for the radar to find the incident. Shown, never blocking,
 * so a team can save a copied template and fill it in over time.
 */
export function playbookGaps(content: PlaybookContent): PlaybookGap[] {
  const gaps: PlaybookGap[] = [];
  for (const role of content.roles) {
    if (!role.userId) gaps.push({ kind: 'role_unassigned', roleKey: role.key });
    else if (!role.backupUserId) gaps.push({ kind: 'role_without_backup', roleKey: role.key });
  }
  for (const language of LOCALES) {
    if (!content.holdingStatements.some((s) => s.language === language)) gaps.push({ kind: 'no_statement', language });
  }
  const { triggers } = content;
  if (triggers.radarSeverity === null && triggers.keywords.he.length + triggers.keywords.en.length === 0) gaps.push({ kind: 'no_triggers' });
  return gaps;
}

/** Every user a playbook names (roles, backups, responders), once each. */
export function peopleOf(content: Pick<PlaybookContent, 'roles' | 'authorizedResponders'>): string[] {
  const ids = new Set<string>();
  for (const role of content.roles) {
    if (role.userId) ids.add(role.userId);
    if (role.backupUserId) ids.add(role.backupUserId);
  }
  for (const id of content.authorizedResponders) ids.add(id);
  return [...ids];
}

/** Where a statement "for any network" must fit when the brand has no plan yet: the strictest networks. */
export const NETWORKS_WITHOUT_PLAN: readonly Network[] = ['bluesky', 'x'];

/**
 * A holding statement's length on each network it may go out on (the one it names, or every network
 * of the brand's plan), least room first: the first entry is the one that decides whether it fits.
 */
export function statementLengths(text: string, network: Network | null, planned: readonly Network[]) {
  const targets = network ? [network] : planned.length ? planned : NETWORKS_WITHOUT_PLAN;
  return targets
    .flatMap((target) => {
      const limit = textLimit(target);
      return limit === null ? [] : [{ network: target, count: countText(target, text), limit }];
    })
    .sort((a, b) => a.limit - a.count - (b.limit - b.count));
}
