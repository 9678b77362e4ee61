// The `brandroom check` command, run as a user would: a real process, the draft on standard input.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function check(args: string[], draft: string) {
  const result = spawnSync(process.execPath, ['scripts/brandroom.mjs', 'check', ...args], {
    input: draft,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C' },
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('brandroom check', () => {
  it('explains the embassy’s tweet in the chosen language, with the line and the words', () => {
    const { code, out } = check(['--lang', 'he'], 'טניסאית ישראלית מחסלת מטרה בדובאי\n');
    expect(out).toContain('מחסלת');
    expect(out).toMatch(/שורה 1:\d+/);
    // Military language needs a manager's approval; nothing blocks, so the exit code is 0.
    expect(out).toContain('[דורש אישור]');
    expect(code).toBe(0);
  });

  it('exits 1 when something blocks, and prints JSON with --json', () => {
    const { code, out } = check(['--json', '--network', 'x'], 'Pay with 4111 1111 1111 1111 today');
    expect(code).toBe(1);
    const result = JSON.parse(out);
    expect(result.blocked).toBe(true);
    expect(result.findings.some((f: { kind: string }) => f.kind === 'personal_data')).toBe(true);
    expect(result.length.limit).toBe(280);
  });

  it('checks the time rules with --at, and prints that nothing was found for a clean draft', () => {
    expect(check(['--at', '2026-04-21T10:00:00+03:00'], 'Huge SALE today: 50% off every bag!').out).toMatch(/Yom HaZikaron/);
    const clean = check([], 'Good morning! Today’s coffee is a washed Ethiopian, bright and floral.');
    expect(clean).toMatchObject({ code: 0, out: 'No findings.\n' });
  });

  it('refuses bad options with exit code 2 and a message', () => {
    const bad = check(['--network', 'myspace'], 'hello');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--network must be one of');
    expect(check(['--at', 'tomorrow'], 'hello').code).toBe(2);
    expect(check(['--colour'], 'hello').code).toBe(2);
  });
});
