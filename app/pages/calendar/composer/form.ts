// The composer's form as plain data, and the rules around it: what each channel will really publish
// (its own text or the post's, the link on a line of its own as the connectors add it), how long
// that is by the network's own count, what stops a submission, the schedule as the brand's clock
// reads it, and the request bodies the API takes. Pure, so it is tested without a browser.
import { countGraphemes, countText, textLimit } from '../../../../core/networks.ts';
import type { PublishMessageKey } from '../../../../core/publish/messages.ts';
import { isLocalDate, isLocalTime, utcToZoned, zonedToUtc } from '../../../../core/time/zoned.ts';
import type { Channel, CreatePostRequest, Post, ScheduleInput, UpdatePostRequest } from './api.ts';

/** An image of the post or of one channel's version: uploaded (mediaId), uploading, or refused. */
export interface MediaDraft {
  key: string;
  mediaId: string | null;
  alt: string;
  name: string;
  /** Known for files uploaded in this session, to compare with each network's limits. */
  byteSize: number | null;
  mimeType: string | null;
  state: 'uploading' | 'done' | 'failed';
  /** 0…1 while uploading. */
  progress: number;
  /** The server's refusal (too large, not an image), shown under the file. */
  error: unknown;
  /** A local preview while the file is on its way. */
  localUrl: string | null;
}

export interface VariantDraft {
  /** Whether this channel gets its own version; when off, the post's text, link and images go. */
  custom: boolean;
  text: string;
  /** Empty: the post's link. */
  link: string;
  /** Whether this channel's version has its own images rather than the post's. */
  ownMedia: boolean;
  media: MediaDraft[];
}

export interface ComposerForm {
  title: string;
  body: string;
  link: string;
  media: MediaDraft[];
  channelIds: string[];
  variants: Record<string, VariantDraft>;
  campaignId: string | null;
  paid: boolean;
  /** at: a date and time in the brand's zone (or none yet, for a draft); asap: as soon as approved. */
  when: 'at' | 'asap';
  date: string;
  time: string;
}

export const emptyVariant = (): VariantDraft => ({ custom: false, text: '', link: '', ownMedia: false, media: [] });

export function doneMedia(refs: readonly { mediaId: string; alt: string }[]): MediaDraft[] {
  return refs.map((m) => ({ key: m.mediaId, mediaId: m.mediaId, alt: m.alt, name: '', byteSize: null, mimeType: null, state: 'done', progress: 1, error: null, localUrl: null }));
}

/** A new post: the calendar may pass the day, the time and the campaign in the address. */
export function newForm(prefill: { date?: string | null; time?: string | null; campaign?: string | null }): ComposerForm {
  const date = prefill.date && isLocalDate(prefill.date) ? prefill.date : '';
  const time = prefill.time && isLocalTime(prefill.time) ? prefill.time : date ? '09:00' : '';
  return { title: '', body: '', link: '', media: [], channelIds: [], variants: {}, campaignId: prefill.campaign || null, paid: false, when: 'at', date, time };
}

/** The form for editing a saved post, its time read on the brand's clock. */
export function formOfPost(post: Post, timeZone: string): ComposerForm {
  const variants: Record<string, VariantDraft> = {};
  for (const v of post.variants) {
    variants[v.channelId] = {
      custom: v.text !== null || v.link !== null || v.media !== null,
      text: v.text ?? post.body,
      link: v.link ?? '',
      ownMedia: v.media !== null,
      media: doneMedia(v.media ?? []),
    };
  }
  const local = post.scheduledAt ? utcToZoned(new Date(post.scheduledAt), timeZone) : null;
  // A submitted post without a time was sent "as soon as approved".
  const asap = !local && post.submittedAt !== null && post.status !== 'draft' && post.status !== 'changes_requested';
  return {
    title: post.title,
    body: post.body,
    link: post.link ?? '',
    media: doneMedia(post.media),
    channelIds: post.variants.map((v) => v.channelId),
    variants,
    campaignId: post.campaignId,
    paid: post.paid,
    when: asap ? 'asap' : 'at',
    date: local?.date ?? '',
    time: local?.time ?? '',
  };
}

/** Turns a channel's own version on or off; turning it on starts from the post's text. */
export function setCustom(form: ComposerForm, channelId: string, custom: boolean): ComposerForm {
  const current = form.variants[channelId] ?? emptyVariant();
  // Kept when switched off, so switching back restores what was written for the channel.
  const text = custom && !current.custom && current.text.trim() === '' ? form.body : current.text;
  return { ...form, variants: { ...form.variants, [channelId]: { ...current, custom, text } } };
}

export function toggleChannel(form: ComposerForm, channelId: string, on: boolean): ComposerForm {
  const has = form.channelIds.includes(channelId);
  if (on === has) return form;
  return { ...form, channelIds: on ? [...form.channelIds, channelId] : form.channelIds.filter((id) => id !== channelId) };
}

// ── What each channel publishes ─────────────────────────────────────────────────────────────

export interface ChannelContent {
  text: string;
  link: string | null;
  media: MediaDraft[];
}

export function contentFor(form: ComposerForm, channelId: string): ChannelContent {
  const v = form.variants[channelId];
  const postLink = form.link.trim() || null;
  if (!v?.custom) return { text: form.body, link: postLink, media: form.media };
  return { text: v.text, link: v.link.trim() || postLink, media: v.ownMedia ? v.media : form.media };
}

/**
 * The words as the network receives them: Bluesky and Mastodon put the link on a line of its own
 * unless the text already has it (server/connectors); a webhook gets the link as a field of its own.
 */
export function publishedText(network: Channel['network'], content: Pick<ChannelContent, 'text' | 'link'>): string {
  if (network === 'webhook' || !content.link || content.text.includes(content.link)) return content.text;
  const text = content.text.trimEnd();
  return text ? `${text}\n${content.link}` : content.link;
}

export interface Measure {
  count: number;
  limit: number | null;
  over: boolean;
}

/** The length as the channel's network counts it, against the channel's own limit (a Mastodon instance's). */
export function measure(channel: Pick<Channel, 'network' | 'capabilities'>, content: Pick<ChannelContent, 'text' | 'link'>): Measure {
  const count = countText(channel.network, publishedText(channel.network, content));
  const limit = channel.network === 'webhook' ? null : textLimit(channel.network, channel.capabilities.textLimit);
  return { count, limit, over: limit !== null && count > limit };
}

// ── What stops a submission ─────────────────────────────────────────────────────────────────

/** A reason the post cannot be submitted (or saved), worded by the page from its code. */
export type Problem =
  | { code: 'no_channels' }
  | { code: 'uploading' }
  | { code: 'upload_failed' }
  | { code: 'bad_link'; channelId: string | null }
  | { code: 'empty'; channelId: string }
  | { code: 'too_long'; channelId: string; count: number; limit: number }
  | { code: 'too_many_images'; channelId: string; count: number; limit: number }
  | { code: 'image_too_large'; channelId: string; name: string; limitBytes: number }
  | { code: 'image_type'; channelId: string; name: string }
  | { code: 'alt_too_long'; channelId: string; limit: number }
  | { code: 'no_time' }
  | { code: 'schedule'; check: ScheduleCheck };

export interface Problems {
  /** Stop saving as well as submitting. */
  save: Problem[];
  /** Stop submitting only (a draft may be unfinished). */
  submit: Problem[];
}

/** Alt text as the connector measures it: Mastodon's counts UTF-16 units, the others graphemes. */
export const altLength = (network: Channel['network'], alt: string) => (network === 'mastodon' ? alt.trim().length : countGraphemes(alt.trim()));

const HTTP_URL = /^https?:\/\/[^\s/$.?#][^\s]*$/i;
const allMedia = (form: ComposerForm) => [...form.media, ...form.channelIds.flatMap((id) => (form.variants[id]?.ownMedia ? form.variants[id]!.media : []))];

/**
 * `timeChanged`: whether the time differs from the saved one. An unchanged time that has passed does
 * not stop saving other changes (an edit does not send the time again), only a submission at it.
 */
export function problemsOf(form: ComposerForm, channels: readonly Channel[], schedule: ScheduleCheck, timeChanged = true): Problems {
  const save: Problem[] = [];
  const submit: Problem[] = [];
  if (form.channelIds.length === 0) save.push({ code: 'no_channels' });
  const media = allMedia(form);
  if (media.some((m) => m.state === 'uploading')) save.push({ code: 'uploading' });
  if (media.some((m) => m.state === 'failed')) save.push({ code: 'upload_failed' });
  if (form.link.trim() && !HTTP_URL.test(form.link.trim())) save.push({ code: 'bad_link', channelId: null });
  for (const channelId of form.channelIds) {
    const v = form.variants[channelId];
    if (v?.custom && v.link.trim() && !HTTP_URL.test(v.link.trim())) save.push({ code: 'bad_link', channelId });
    const channel = channels.find((c) => c.id === channelId);
    if (!channel) continue;
    const content = contentFor(form, channelId);
    const images = content.media.filter((m) => m.state === 'done');
    if (content.text.trim() === '' && !content.link && images.length === 0) submit.push({ code: 'empty', channelId });
    const length = measure(channel, content);
    if (length.over) submit.push({ code: 'too_long', channelId, count: length.count, limit: length.limit! });
    const caps = channel.capabilities;
    if (images.length > caps.maxImages) submit.push({ code: 'too_many_images', channelId, count: images.length, limit: caps.maxImages });
    for (const m of images) {
      if (m.byteSize !== null && m.byteSize > caps.imageMaxBytes) submit.push({ code: 'image_too_large', channelId, name: m.name, limitBytes: caps.imageMaxBytes });
      if (m.mimeType !== null && caps.imageTypes.length > 0 && !caps.imageTypes.includes(m.mimeType)) submit.push({ code: 'image_type', channelId, name: m.name });
    }
    if (images.some((m) => altLength(channel.network, m.alt) > caps.altTextMax)) submit.push({ code: 'alt_too_long', channelId, limit: caps.altTextMax });
  }
  if (form.when === 'at') {
    if (schedule.kind === 'none') submit.push({ code: 'no_time' });
    else if (schedule.kind === 'gap' || schedule.kind === 'past' || schedule.kind === 'invalid') (timeChanged ? save : submit).push({ code: 'schedule', check: schedule });
  }
  return { save, submit: [...save, ...submit] };
}

// ── The schedule on the brand's clock ───────────────────────────────────────────────────────

export type ScheduleCheck =
  | { kind: 'asap' }
  /** No date and time yet: fine for a draft. */
  | { kind: 'none' }
  | { kind: 'ok'; instant: Date }
  /** Happens twice (the clocks go back): the first is taken, as the server does. */
  | { kind: 'overlap'; instant: Date; date: string; time: string; from: string; to: string }
  /** Does not exist (the clocks jump forward): `suggested` is the same moment on the new clock. */
  | { kind: 'gap'; date: string; time: string; from: string; to: string; suggested: string }
  | { kind: 'past'; date: string; time: string }
  | { kind: 'invalid' };

/** Mirrors the server's tolerance (core/publish/schedule.ts PAST_TOLERANCE_MS): the time it takes to press the button. */
const PAST_TOLERANCE_MS = 60_000;

export function checkSchedule(form: Pick<ComposerForm, 'when' | 'date' | 'time'>, timeZone: string, now: Date): ScheduleCheck {
  if (form.when === 'asap') return { kind: 'asap' };
  if (!form.date && !form.time) return { kind: 'none' };
  if (!isLocalDate(form.date) || !isLocalTime(form.time)) return form.date && form.time ? { kind: 'invalid' } : { kind: 'none' };
  const local = { date: form.date, time: form.time };
  const resolved = zonedToUtc(local, timeZone);
  if (resolved.instant.getTime() < now.getTime() - PAST_TOLERANCE_MS) return { kind: 'past', ...local };
  if (resolved.kind === 'gap') return { kind: 'gap', ...local, from: resolved.transition.from, to: resolved.transition.to, suggested: resolved.shiftedTo.time };
  if (resolved.kind === 'overlap') return { kind: 'overlap', instant: resolved.instant, ...local, from: resolved.transition.from, to: resolved.transition.to };
  return { kind: 'ok', instant: resolved.instant };
}

/** The sentence (core/publish/messages.ts) that explains a schedule check, when there is one to say. */
export function scheduleMessage(check: ScheduleCheck): { key: PublishMessageKey; params: Record<string, string> } | null {
  switch (check.kind) {
    case 'gap':
      return { key: 'nonexistent_time', params: { date: check.date, time: check.time, from: check.from, to: check.to, suggested: check.suggested } };
    case 'overlap':
      return { key: 'ambiguous_earlier', params: { date: check.date, time: check.time, from: check.from, to: check.to } };
    case 'past':
      return { key: 'time_in_past', params: { date: check.date, time: check.time } };
    case 'invalid':
      return { key: 'invalid_time', params: {} };
    default:
      return null;
  }
}

/** The instant the policy check should judge the text at (Shabbat, memorial days, blackouts). */
export function checkInstant(check: ScheduleCheck): string | null {
  return check.kind === 'ok' || check.kind === 'overlap' ? check.instant.toISOString() : null;
}

export function scheduleInputOf(form: Pick<ComposerForm, 'when' | 'date' | 'time'>): ScheduleInput | null {
  if (form.when === 'asap') return { asap: true };
  return isLocalDate(form.date) && isLocalTime(form.time) ? { date: form.date, time: form.time } : null;
}

// ── Request bodies ──────────────────────────────────────────────────────────────────────────

const refs = (media: readonly MediaDraft[]) => media.flatMap((m) => (m.state === 'done' && m.mediaId ? [{ mediaId: m.mediaId, alt: m.alt.trim() }] : []));

function variantsBody(form: ComposerForm): CreatePostRequest['variants'] {
  return form.channelIds.map((channelId) => {
    const v = form.variants[channelId];
    if (!v?.custom) return { channelId, text: null, link: null, media: null };
    return { channelId, text: v.text, link: v.link.trim() || null, media: v.ownMedia ? refs(v.media) : null };
  });
}

export function createBody(form: ComposerForm): CreatePostRequest {
  return {
    title: form.title.trim(),
    body: form.body,
    link: form.link.trim() || null,
    media: refs(form.media),
    paid: form.paid,
    campaignId: form.campaignId,
    variants: variantsBody(form),
    schedule: scheduleInputOf(form),
  };
}

/**
 * An edit of a saved post, from the revision it was opened at. The time goes only when it changed,
 * since moving a submitted post's time checks the policy again for the new time.
 */
export function updateBody(form: ComposerForm, initial: ComposerForm, revision: number): UpdatePostRequest {
  const { schedule, ...rest } = createBody(form);
  const before = scheduleInputOf(initial);
  const moved = schedule !== null && JSON.stringify(schedule) !== JSON.stringify(before);
  return { ...rest, revision, ...(moved ? { schedule } : {}) };
}

/** Whether the form's time differs from the saved one's. */
export const timeChanged = (form: ComposerForm, initial: ComposerForm) => form.when !== initial.when || form.date !== initial.date || form.time !== initial.time;

/** What a submission sends: the schedule as the form has it (the server resolves it again). */
export function submitBody(form: ComposerForm, overrideReason: string | null): { schedule?: ScheduleInput; override?: { reason: string } } {
  const schedule = scheduleInputOf(form);
  return { ...(schedule ? { schedule } : {}), ...(overrideReason ? { override: { reason: overrideReason.trim() } } : {}) };
}

/**
 * Whether what is published changed (text, link, images, paid, channels and their versions): on a
 * submitted post that starts a new revision, and its approvals are asked for again. The title,
 * the campaign and the time are not part of it.
 */
export function contentChanged(form: ComposerForm, initial: ComposerForm): boolean {
  const content = (f: ComposerForm) => {
    const { title: _title, campaignId: _campaign, schedule: _schedule, ...rest } = createBody(f);
    return JSON.stringify(rest);
  };
  return content(form) !== content(initial);
}

/** Whether the form differs from what was saved (for "leave without saving?" and the save button). */
export function isDirty(form: ComposerForm, initial: ComposerForm): boolean {
  return JSON.stringify(createBody(form)) !== JSON.stringify(createBody(initial)) || allMedia(form).some((m) => m.state !== 'done');
}
