// What every browser journey starts with: a real Brandroom on a fresh embedded database with the demo
// workspace, Chromium, signing in through the login page, and API calls as a demo user for set-up.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { freePort, startBrandroom } from '../server/testing/process.ts';
import { launchChromium } from './browser.ts';

export const WS = '00000000-0000-4000-8000-00000000d3e0';
export const DEMO_BRANDS = { cafe: '00000000-0000-4000-8000-0000000cafe1', roasters: '00000000-0000-4000-8000-0000000cafe2' };
export const PASSWORD = 'brandroom-demo';

export interface Journey {
  base: string;
  browser: Browser;
  close: () => Promise<void>;
}

/** `env` adds settings, e.g. BRANDROOM_ALLOW_PRIVATE_NETWORK for channels on a local test PDS. */
export async function startJourney(name: string, env: Record<string, string> = {}): Promise<Journey> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `brandroom-e2e-${name}-`));
  const server = await startBrandroom({ ...env, PORT: String(await freePort()), BRANDROOM_DATA_DIR: dataDir });
  const browser = await launchChromium();
  return {
    base: server.base,
    browser,
    close: async () => {
      await browser.close();
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function logIn(page: Page, base: string, email: string) {
  await page.goto(`${base}/login`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('home-title').waitFor();
}

/** Signs a demo user in over the API; the returned function sends JSON requests as them. */
export async function apiAs(base: string, email: string) {
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (!login.ok) throw new Error(`Could not sign ${email} in: ${login.status}`);
  const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async <T>(method: string, url: string, body?: unknown): Promise<{ status: number; body: T }> => {
    const res = await fetch(`${base}/api/v1${url}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (res.status === 204 ? undefined : await res.json()) as T };
  };
}
