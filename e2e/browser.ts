// Drives the system's Chromium (Debian's package) with playwright-core; never downloads a browser.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from '../server/testing/process.ts';

export const SHOTS_DIR = path.join(ROOT, 'test-results/e2e');

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      // This machine has no network: without these Chromium keeps trying to reach its services.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh browser profile whose language is Hebrew (Israel) or English (US). */
export async function newPage(browser: Browser, language: 'he' | 'en'): Promise<Page> {
  const context = await browser.newContext({
    locale: language === 'he' ? 'he-IL' : 'en-US',
    timezoneId: 'Asia/Jerusalem',
    viewport: { width: 1366, height: 860 },
  });
  return context.newPage();
}

/** A full-page shot, taken from the top: scrolled, it would draw the fixed header mid-page. */
export async function screenshot(page: Page, name: string) {
  mkdirSync(SHOTS_DIR, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`), fullPage: true });
}
