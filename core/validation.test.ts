import { describe, expect, it } from 'vitest';
import { emailSchema, passwordSchema, timeZoneSchema } from './validation.ts';

describe('shared input rules', () => {
  it('normalizes emails and explains a bad one', () => {
    expect(emailSchema.parse('  Dana@Example.COM ')).toBe('dana@example.com');
    const bad = emailSchema.safeParse('dana@');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/valid email/);
  });

  it('asks for a password of at least 10 characters', () => {
    expect(passwordSchema.safeParse('short').error?.issues[0]?.message).toMatch(/at least 10/);
    expect(passwordSchema.safeParse('long enough pass').success).toBe(true);
  });

  it('knows IANA time zones', () => {
    expect(timeZoneSchema.safeParse('Asia/Jerusalem').success).toBe(true);
    expect(timeZoneSchema.safeParse('Mars/Olympus').success).toBe(false);
  });
});
