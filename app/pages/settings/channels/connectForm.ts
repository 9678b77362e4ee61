// The connect form's fields, the request body they make for each network, and where the server's
// answer puts its errors: a validation issue names its field; a refused connection says whether the
// address or the credentials were at fault (server/services/publish/channels.ts connectFailure).
import type { Channel, ConnectChannelBody } from '../../../../core/publish/contracts.ts';
import type { ChannelNetwork } from '../../../../core/publish/types.ts';
import { ApiError } from '../../../api/client.ts';

/** Where a Bluesky account lives when no PDS is given (the server's DEFAULT_PDS_URL). */
export const DEFAULT_PDS_URL = 'https://bsky.social';

export interface ConnectForm {
  handle: string;
  appPassword: string;
  pdsUrl: string;
  instanceUrl: string;
  accessToken: string;
  url: string;
  name: string;
}
export type ConnectField = keyof ConnectForm;

export const EMPTY_FORM: ConnectForm = { handle: '', appPassword: '', pdsUrl: '', instanceUrl: '', accessToken: '', url: '', name: '' };

/** How a Mastodon account is connected: by signing in on the instance, or with a pasted token. */
export type MastodonWay = 'oauth' | 'token';

/** People type "mastodon.social"; the server wants a full address, so https is assumed. */
export function withScheme(address: string): string {
  const trimmed = address.trim();
  if (!trimmed || /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) return trimmed;
  return `https://${trimmed}`;
}

export function connectBody(network: ChannelNetwork, form: ConnectForm): ConnectChannelBody {
  switch (network) {
    case 'bluesky': {
      const pds = withScheme(form.pdsUrl);
      return { network, handle: form.handle.trim().replace(/^@/, ''), appPassword: form.appPassword.trim(), ...(pds ? { pdsUrl: pds } : {}) };
    }
    case 'mastodon':
      return { network, instanceUrl: withScheme(form.instanceUrl), accessToken: form.accessToken.trim() };
    case 'webhook': {
      const name = form.name.trim();
      return { network, url: withScheme(form.url), ...(name ? { name } : {}) };
    }
  }
}

/** The fields that must be filled before anything is sent (checked here, so an empty one never leaves). */
export function missingFields(network: ChannelNetwork, form: ConnectForm, way: MastodonWay = 'token'): ConnectField[] {
  const required: ConnectField[] =
    network === 'bluesky' ? ['handle', 'appPassword'] : network === 'mastodon' ? (way === 'oauth' ? ['instanceUrl'] : ['instanceUrl', 'accessToken']) : ['url'];
  return required.filter((field) => !form[field].trim());
}

const ADDRESS_FIELD: Record<ChannelNetwork, ConnectField> = { bluesky: 'pdsUrl', mastodon: 'instanceUrl', webhook: 'url' };
const CREDENTIALS_FIELD: Record<ChannelNetwork, ConnectField> = { bluesky: 'appPassword', mastodon: 'accessToken', webhook: 'url' };

/** A connection the network refused: which field to mark, why (a publish error code) and the network's own words. */
export interface ConnectRefusal {
  field: ConnectField;
  /** What the server blamed: the address (unreachable, refused URL) or the login. */
  where: 'address' | 'credentials';
  /** 'address' or 'credentials' when the server gave no code. */
  code: string;
  /** The network's answer: untrusted text, shown as text. */
  detail: string;
}

export interface ConnectProblems {
  /** Validation messages by field, already in the reader's language (the server translates them). */
  fields: Partial<Record<ConnectField, string>>;
  refusal: ConnectRefusal | null;
}

const FIELDS = new Set<string>(Object.keys(EMPTY_FORM));

export function connectProblems(network: ChannelNetwork, error: unknown): ConnectProblems {
  const problems: ConnectProblems = { fields: {}, refusal: null };
  if (!(error instanceof ApiError)) return problems;
  if (error.code === 'validation_failed') {
    for (const issue of error.issues) {
      const field = issue.path.split('.')[0] ?? '';
      if (FIELDS.has(field)) problems.fields[field as ConnectField] ??= issue.message;
    }
  } else if (error.code === 'connect_failed') {
    const where = error.details['field'] === 'credentials' ? 'credentials' : 'address';
    const code = typeof error.details['code'] === 'string' ? error.details['code'] : where;
    const detail = typeof error.details['detail'] === 'string' ? error.details['detail'] : '';
    problems.refusal = { field: where === 'credentials' ? CREDENTIALS_FIELD[network] : ADDRESS_FIELD[network], where, code, detail };
  }
  return problems;
}

/** What a reconnection starts from: the channel's own address and account (never its secrets). */
export function formForChannel(channel: Channel): ConnectForm {
  switch (channel.network) {
    case 'bluesky':
      return { ...EMPTY_FORM, handle: channel.account.replace(/^@/, ''), pdsUrl: channel.endpoint === DEFAULT_PDS_URL ? '' : channel.endpoint };
    case 'mastodon':
      return { ...EMPTY_FORM, instanceUrl: channel.endpoint };
    case 'webhook':
      return { ...EMPTY_FORM, url: channel.endpoint, name: channel.displayName === channel.account ? '' : channel.displayName };
  }
}
