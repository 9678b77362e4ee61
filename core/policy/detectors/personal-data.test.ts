import { describe, expect, it } from 'vitest';
import { findCardNumbers, findEmails, findIsraeliIds, findPersonalData, findPhones, isValidCardNumber, isValidIsraeliId } from './personal-data.ts';

const spans = (text: string, hits: { start: number; end: number }[]) => hits.map((h) => text.slice(h.start, h.end));

describe('Israeli ID numbers', () => {
  it('accepts numbers with a valid check digit, zero-padded when shorter', () => {
    expect(isValidIsraeliId('000000018')).toBe(true);
    expect(isValidIsraeliId('123456782')).toBe(true);
    expect(isValidIsraeliId('12345678-2')).toBe(true);
    expect(isValidIsraeliId('18')).toBe(false); // too short to be an ID at all
    expect(isValidIsraeliId('1234566')).toBe(true); // 001234566
  });

  it('rejects a wrong check digit and all zeros', () => {
    expect(isValidIsraeliId('123456789')).toBe(false);
    expect(isValidIsraeliId('123456783')).toBe(false);
    expect(isValidIsraeliId('000000000')).toBe(false);
  });

  it('finds nine-digit IDs in text, and shorter ones only after ת״ז or ID', () => {
    const text = 'הלקוח ת"ז 1234566 ביקש החזר; מספר הזמנה 1234566; ת.ז. של הזוכה: 123456782';
    expect(spans(text, findIsraeliIds(text))).toEqual(['123456782', '1234566']);
    expect(findIsraeliIds('Order 123456789 shipped')).toEqual([]);
  });
});

describe('credit-card numbers', () => {
  it('checks the Luhn digit over 13–19 digits', () => {
    expect(isValidCardNumber('4580 0000 0000 0001')).toBe(false);
    expect(isValidCardNumber('4111 1111 1111 1111')).toBe(true);
    expect(isValidCardNumber('4111-1111-1111-1112')).toBe(false);
    expect(isValidCardNumber('378282246310005')).toBe(true); // Amex, 15 digits
    expect(isValidCardNumber('0000 0000 0000 0000')).toBe(false);
    expect(isValidCardNumber('411111111111')).toBe(false); // 12 digits
  });

  it('finds a card written with spaces or dashes', () => {
    const text = 'Pay with 4111 1111 1111 1111 or 5500-0000-0000-0004 today';
    expect(spans(text, findCardNumbers(text))).toEqual(['4111 1111 1111 1111', '5500-0000-0000-0004']);
  });
});

describe('phone numbers', () => {
  it('finds Israeli mobile, landline and +972 numbers in their usual shapes', () => {
    const text = 'נייד 050-1234567, בית 03-6123456, (02) 623-4567, +972-52-765-4321, 972547654321, 054 765 4321, 0771234567.';
    expect(spans(text, findPhones(text))).toEqual(['050-1234567', '03-6123456', '(02) 623-4567', '+972-52-765-4321', '972547654321', '054 765 4321', '0771234567']);
  });

  it('finds international numbers only with + or 00', () => {
    const text = 'Call +1 212 555 0123 or 0044 20 7946 0958; order 2125550123';
    expect(spans(text, findPhones(text))).toEqual(['+1 212 555 0123', '0044 20 7946 0958']);
  });

  it('leaves prices, dates, years, hours and business star numbers alone', () => {
    for (const text of ['מחיר: 1,200 ש"ח', 'on 20.04.2026', 'from 2025-2026', 'open 08:00-22:00', 'חייגו *2345', 'call 1-800-500-500', 'קוד 50123']) {
      expect(findPhones(text), text).toEqual([]);
    }
  });
});

describe('e-mail addresses', () => {
  it('finds addresses and normalizes them to lower case', () => {
    const hits = findEmails('כתבו ל-Dana.Levi@Gmail.com או hello@shaked.co.il.');
    expect(hits.map((h) => h.normalized)).toEqual(['dana.levi@gmail.com', 'hello@shaked.co.il']);
  });

  it('does not take a handle or a half address', () => {
    expect(findEmails('follow @shaked_cafe and name@ localhost')).toEqual([]);
  });
});

describe('all kinds together', () => {
  it('reports a card once, not also as a phone or an ID', () => {
    const text = 'card 4111111111111111, id 123456782, tel 050-1234567, mail a@b.co';
    expect(findPersonalData(text, new Set(['phone', 'email', 'israeli_id', 'credit_card'] as const)).map((h) => h.kind)).toEqual(['credit_card', 'israeli_id', 'phone', 'email']);
  });

  it('looks only for the kinds asked for', () => {
    expect(findPersonalData('050-1234567 a@b.co', new Set(['email'] as const)).map((h) => h.kind)).toEqual(['email']);
  });
});
