import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { hebrewIssueMessage, localeFromAcceptLanguage } from './input-messages.ts';
import { emailSchema } from './validation.ts';

const issueOf = (schema: z.ZodType, value: unknown) => {
  const { path: _path, ...issue } = schema.safeParse(value).error!.issues[0]!;
  return issue as { code: string; message: string };
};

describe('input messages in Hebrew', () => {
  it('translates our own messages', () => {
    expect(hebrewIssueMessage(issueOf(emailSchema, 'dana@'))).toBe('יש להזין כתובת אימייל תקינה, למשל name@example.com');
  });

  it("translates zod's own messages, including the type that was received", () => {
    expect(hebrewIssueMessage(issueOf(z.strictObject({}), { extra: 1 }))).toBe('מפתח לא מזוהה: "extra"');
    expect(hebrewIssueMessage(issueOf(z.string(), 5))).toBe('קלט לא תקין: צריך להיות מחרוזת, התקבל מספר');
  });

  it('keeps a custom message it has no translation for', () => {
    expect(hebrewIssueMessage(issueOf(z.string().min(3, 'Three letters at least'), 'a'))).toBe('Three letters at least');
  });

  it('reads the preferred language from Accept-Language', () => {
    expect(localeFromAcceptLanguage('he-IL,he;q=0.9,en-US;q=0.8')).toBe('he');
    expect(localeFromAcceptLanguage('en-US,en;q=0.9,he;q=0.8')).toBe('en');
    expect(localeFromAcceptLanguage('fr-FR,en;q=0.5,he;q=0.9')).toBe('he');
    expect(localeFromAcceptLanguage(undefined)).toBe('en');
  });
});
