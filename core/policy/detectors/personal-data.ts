// Personal data in a draft: phone numbers (Israeli and international), e-mail addresses, Israeli ID
// numbers (with the check digit) and credit-card numbers (Luhn). Each finder returns spans into the
// text; numbers are recognised by their shape and checksum, so prices, dates and years stay quiet.

export const PERSONAL_DATA_KINDS = ['phone', 'email', 'israeli_id', 'credit_card'] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

export interface PersonalDataHit {
  kind: PersonalDataKind;
  start: number;
  end: number;
  /** Digits only for numbers (Israeli phones in their 0… form), lower case for e-mails. */
  normalized: string;
}

/** Israeli ID check digit: weights 1,2,1,2… over the nine digits (zero-padded), digits of each product summed. */
export function isValidIsraeliId(value: string): boolean {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^\d{5,9}$/.test(digits)) return false;
  const padded = digits.padStart(9, '0');
  if (/^0+$/.test(padded)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let n = Number(padded[i]) * ((i % 2) + 1);
    if (n > 9) n -= 9;
    sum += n;
  }
  return sum % 10 === 0;
}

/** Luhn checksum over 13–19 digits (spaces and dashes allowed between them). */
export function isValidCardNumber(value: string): boolean {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^\d{13,19}$/.test(digits) || /^(\d)\1+$/.test(digits)) return false;
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let n = Number(digits[i]);
    if (double) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}

const ISRAELI_NATIONAL = /^0(?:5\d{8}|7\d{8}|[2-489]\d{7})$/;

/**
 * The number in its Israeli national form (05…, 0X…) if it is an Israeli phone, else null.
 * Accepts +972 / 00972 / 972 with or without the trunk 0.
 */
export function israeliPhoneNational(raw: string): string | null {
  let digits = raw.replace(/\D/g, '');
  if (digits.startsWith('00972')) digits = digits.slice(5);
  else if (digits.startsWith('972') && (raw.trim().startsWith('+') || digits.length >= 11)) digits = digits.slice(3);
  else if (!digits.startsWith('0')) return null;
  if (!digits.startsWith('0')) digits = `0${digits}`;
  return ISRAELI_NATIONAL.test(digits) ? digits : null;
}

/** Digits for comparing a configured allow-list phone with one found in a draft. */
export function normalizePhone(raw: string): string {
  return israeliPhoneNational(raw) ?? raw.replace(/\D/g, '');
}

// A run of digits with single separators a person types in a phone number; at least 7 digits.
const PHONE_CANDIDATE = /(?<![\p{L}\p{N}+*#@/.,(-])(?:\+|\()?\d[\d \-()]{5,20}\d(?![\p{L}\p{N}@]|[.,/-]\d)/gu;
const EMAIL = /(?<![\p{L}\p{N}._%+])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\p{L}\p{N}])/gu;
const NINE_DIGIT_ID = /(?<![\p{L}\p{N}+.,/-])(?:\d{9}|\d{8}-\d)(?![\p{L}\p{N}]|[.,/-]\d)/gu;
const SHORT_ID = /(?<![\p{L}\p{N}+.,/-])\d{5,8}(?![\p{L}\p{N}]|[.,/-]\d)/gu;
const CARD_CANDIDATE = /(?<![\p{L}\p{N}+.,/-])\d(?:[ -]?\d){12,18}(?![\p{L}\p{N}]|[.,/-]\d)/gu;
/** Words that, just before a shorter number, say it is an ID number ("ת״ז 1234567"). */
const ID_KEYWORD = /(?:ת[.״"׳']?ז|תעודת\s+זהות|מספר\s+זהות|\bID(?:\s+(?:number|no\.?|#))?|\bteudat\s+zehut)\s*[:.\-]?\s*$/iu;

function phoneKind(candidate: string): string | null {
  const national = israeliPhoneNational(candidate);
  if (national) return national;
  const digits = candidate.replace(/\D/g, '');
  // International numbers only with an explicit + or 00: without it, long digit runs are too often something else.
  const international = /^\s*(?:\+|00)/.test(candidate) && digits.length >= 8 && digits.length <= 15;
  return international ? digits.replace(/^00/, '') : null;
}

/** Phone numbers; Israeli in all their common shapes, others when written with + or 00. */
export function findPhones(text: string): PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  for (const m of text.matchAll(PHONE_CANDIDATE)) {
    const raw = m[0];
    // Doubled separators or stray brackets are two numbers side by side, not one phone number.
    if (/[\s-]{2}|\)\(|\(.*\(/.test(raw) || (raw.includes('(') !== raw.includes(')'))) continue;
    const normalized = phoneKind(raw);
    if (normalized) hits.push({ kind: 'phone', start: m.index, end: m.index + raw.length, normalized });
  }
  return hits;
}

export function findEmails(text: string): PersonalDataHit[] {
  return [...text.matchAll(EMAIL)].map((m) => ({ kind: 'email' as const, start: m.index, end: m.index + m[0].length, normalized: m[0].toLowerCase() }));
}

/** Nine-digit IDs with a valid check digit; shorter ones (zero-padded) only right after "ת״ז" / "ID". */
export function findIsraeliIds(text: string): PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  for (const m of text.matchAll(NINE_DIGIT_ID)) {
    if (isValidIsraeliId(m[0])) hits.push({ kind: 'israeli_id', start: m.index, end: m.index + m[0].length, normalized: m[0].replace('-', '') });
  }
  for (const m of text.matchAll(SHORT_ID)) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (ID_KEYWORD.test(before) && isValidIsraeliId(m[0])) {
      hits.push({ kind: 'israeli_id', start: m.index, end: m.index + m[0].length, normalized: m[0].padStart(9, '0') });
    }
  }
  return hits;
}

export function findCardNumbers(text: string): PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  for (const m of text.matchAll(CARD_CANDIDATE)) {
    if (isValidCardNumber(m[0])) hits.push({ kind: 'credit_card', start: m.index, end: m.index + m[0].length, normalized: m[0].replace(/\D/g, '') });
  }
  return hits;
}

/**
 * Every kind asked for, without overlaps: a span already taken by a more specific kind (a card, then
 * an ID, then a phone) is not reported again as another.
 */
export function findPersonalData(text: string, wanted: ReadonlySet<PersonalDataKind>): PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  const taken = (h: PersonalDataHit) => hits.some((o) => h.start < o.end && o.start < h.end);
  const add = (found: PersonalDataHit[]) => {
    for (const h of found) if (!taken(h)) hits.push(h);
  };
  // Cheap gate: without an @ there is no e-mail, without 5 digits there is no number.
  if (wanted.has('email') && text.includes('@')) add(findEmails(text));
  if (/\d(?:\D?\d){4}/.test(text)) {
    if (wanted.has('credit_card')) add(findCardNumbers(text));
    if (wanted.has('phone')) add(findPhones(text));
    if (wanted.has('israeli_id')) add(findIsraeliIds(text));
  }
  return hits.sort((a, b) => a.start - b.start);
}
