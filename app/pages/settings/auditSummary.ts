// A readable "before → after" line per changed field of an audit event, in the user's language.
import type { TFunction } from 'i18next';
import { ROLES } from '../../../core/permissions.ts';
import type { AuditEvent, Brand } from '../../api/types.ts';

export interface ChangeLine {
  field: string;
  before: string | null;
  after: string | null;
}

function isRole(value: unknown): value is (typeof ROLES)[number] {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

function formatValue(t: TFunction, field: string, value: unknown, brands: Map<string, string>): string {
  if (value === null || value === undefined || value === '') return t('common.none');
  if (field === 'brandIds' && Array.isArray(value)) {
    return value.map((id) => brands.get(String(id)) ?? t('common.unknownBrand')).join(', ') || t('common.none');
  }
  if (field === 'role' && isRole(value)) return t(`roles.${value}`);
  if ((field === 'primaryLanguage' || field === 'locale') && (value === 'he' || value === 'en')) return t(`language.${value}`);
  if (field === 'kind' && (value === 'company' || value === 'agency')) return t(`kinds.${value}`);
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function summarizeChange(t: TFunction, event: AuditEvent, brandList: readonly Brand[] | undefined): ChangeLine[] {
  const brands = new Map((brandList ?? []).map((brand) => [brand.id, brand.name]));
  const before = event.summary.before ?? {};
  const after = event.summary.after ?? {};
  const hasBefore = event.summary.before !== undefined;
  const hasAfter = event.summary.after !== undefined;
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const lines: ChangeLine[] = [];
  for (const field of fields) {
    // Internal ids (userId, …) say nothing to a reader; the row already names who and what.
    if (/Id$/.test(field)) continue;
    const b = before[field];
    const a = after[field];
    if (hasBefore && hasAfter && JSON.stringify(a) === JSON.stringify(b)) continue;
    const label = t(`fields.${field}`, { defaultValue: field });
    // brandIds null means "every brand", which is worth saying rather than showing a dash.
    const show = (value: unknown, present: boolean) =>
      !present ? null : field === 'brandIds' && value === null ? t('settings.audit.allBrandsValue') : formatValue(t, field, value, brands);
    lines.push({ field: label, before: show(b, hasBefore && field in before), after: show(a, hasAfter && field in after) });
  }
  return lines;
}

/** The audit actions the app knows how to name; others are shown by their code. */
export const KNOWN_AUDIT_ACTIONS = [
  'workspace.create',
  'workspace.update',
  'brand.create',
  'brand.update',
  'brand.archive',
  'member.update',
  'member.remove',
  'member.leave',
  'invitation.create',
  'invitation.accept',
  'invitation.revoke',
  'job.retry',
];

export function auditActionLabel(t: TFunction, action: string): string {
  return t(`auditActions.${action}`, { defaultValue: action });
}
