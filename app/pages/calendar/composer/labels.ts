// How the composer and the post page word things: a post's status and a channel's state (the shared
// sentences of core/publish/messages.ts), a post's problem, and the reasons a submission is stopped.
import type { TFunction } from 'i18next';
import { NETWORK_NAMES } from '../../../../core/networks.ts';
import { PUBLISH_MESSAGES, publishMessage, type Language, type PublishMessageKey } from '../../../../core/publish/messages.ts';
import type { PostStatus, VariantState } from '../../../../core/publish/types.ts';
import type { Channel } from './api.ts';
import { scheduleMessage, type Problem } from './form.ts';

export const languageOf = (language: string): Language => (language === 'he' ? 'he' : 'en');

export const STATUS_COLORS: Record<PostStatus, string> = {
  draft: 'gray',
  in_review: 'orange',
  changes_requested: 'grape',
  approved: 'teal',
  scheduled: 'blue',
  publishing: 'cyan',
  published: 'green',
  failed: 'red',
};

export const VARIANT_COLORS: Record<VariantState, string> = {
  pending: 'gray',
  queued: 'blue',
  publishing: 'cyan',
  retry: 'yellow',
  published: 'green',
  failed: 'red',
  cancelled: 'gray',
};

export const statusLabel = (status: PostStatus, lang: Language) => publishMessage(`status.${status}`, lang);
export const variantLabel = (state: VariantState, lang: Language) => publishMessage(`variant.${state}`, lang);

const isMessageKey = (code: string): code is PublishMessageKey => Object.hasOwn(PUBLISH_MESSAGES, code);

/** A publish error code in plain words; an unknown one falls back to a general sentence. */
export function publishErrorText(t: TFunction, code: string, lang: Language): string {
  return isMessageKey(code) ? publishMessage(code, lang) : t('composeArea.post.unknownError');
}

/** Why a post waits or failed as a whole (its `problem`): a publish code, or one of the workflow's. */
export function postProblemText(t: TFunction, problem: string, lang: Language): string {
  if (problem === 'blocked_by_policy' || problem === 'missed_while_paused') return t(`composeArea.post.problems.${problem}`);
  return publishErrorText(t, problem, lang);
}

/** A size as people say it, as the server does (core/publish/media.ts formatFileSize, which would bring zod along). */
export function fileSize(bytes: number, lang: Language): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${Number(mb.toFixed(1))} ${lang === 'he' ? 'מ״ב' : 'MB'}`;
  return `${Math.max(1, Math.round(bytes / 1024))} ${lang === 'he' ? 'ק״ב' : 'KB'}`;
}

/** The channel as a person names it: "Bluesky · @cafe.bsky.social". */
export function channelName(channel: Pick<Channel, 'network' | 'account'>): string {
  return `${NETWORK_NAMES[channel.network]} · ${channel.account}`;
}

export function problemText(t: TFunction, problem: Problem, channels: readonly Channel[], lang: Language): string {
  const channel = 'channelId' in problem && problem.channelId ? channels.find((c) => c.id === problem.channelId) : undefined;
  const name = channel ? channelName(channel) : '';
  switch (problem.code) {
    case 'no_channels':
    case 'uploading':
    case 'upload_failed':
    case 'no_time':
      return t(`composeArea.problems.${problem.code}`);
    case 'bad_link':
      return problem.channelId ? t('composeArea.problems.bad_link_channel', { channel: name }) : t('composeArea.problems.bad_link');
    case 'empty':
      return t('composeArea.problems.empty', { channel: name });
    case 'too_long':
      return t('composeArea.problems.too_long', { channel: name, n: problem.count, limit: problem.limit });
    case 'too_many_images':
      return t('composeArea.problems.too_many_images', { channel: name, n: problem.count, limit: problem.limit });
    case 'image_too_large':
      return t('composeArea.problems.image_too_large', { channel: name, name: problem.name || t('composeArea.media.unnamed'), limit: fileSize(problem.limitBytes, lang) });
    case 'image_type':
      return t('composeArea.problems.image_type', { channel: name, name: problem.name || t('composeArea.media.unnamed') });
    case 'alt_too_long':
      return t('composeArea.problems.alt_too_long', { channel: name, limit: problem.limit });
    case 'schedule': {
      const message = scheduleMessage(problem.check);
      return message ? publishMessage(message.key, lang, message.params as never) : t('composeArea.problems.no_time');
    }
  }
}
