// The policy in a browser: the live test box marks the embassy's words as they are typed, a rule edit
// changes what the checker finds, and a new policy version is acknowledged by the person it asks.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPage, screenshot } from './browser.ts';
import { DEMO_BRANDS, logIn, startJourney, WS, type Journey } from './session.ts';

let journey: Journey;
beforeAll(async () => {
  journey = await startJourney('policy');
});
afterAll(async () => journey?.close());

const policyPage = (page: Page, sub: string, brand: string = DEMO_BRANDS.cafe) => page.goto(`${journey.base}/w/${WS}/policy${sub}?brand=${brand}`);

/** The draft's marked words, as the backdrop shows them under the text. */
const markedWords = (page: Page) => page.getByTestId('finding-mark').allTextContents();

describe('the policy in a browser', () => {
  it('marks the embassy’s words in the live test box as they are typed, in Hebrew', async () => {
    const page = await newPage(journey.browser, 'he');
    await logIn(page, journey.base, 'noa@shaked.example');
    await policyPage(page, '/check');
    await page.getByTestId('policy-check-text').pressSequentially('טניסאית ישראלית מחסלת מטרה בדובאי', { delay: 15 });
    await expect.poll(async () => (await markedWords(page)).some((w) => w.includes('מחסלת'))).toBe(true);
    const finding = page.locator('[data-testid="finding"][data-kind="context"]');
    await finding.waitFor();
    expect(await finding.textContent()).toMatch(/צבאית/);
    expect(await page.getByTestId('policy-check-status').getAttribute('data-status')).toBe('approval');
    // The mark is drawn inside the draft box, behind the text (the backdrop mirrors the textarea).
    const mark = await page.getByTestId('finding-mark').first().boundingBox();
    const box = await page.getByTestId('policy-check-text').boundingBox();
    expect(mark!.x).toBeGreaterThan(box!.x);
    expect(mark!.x + mark!.width).toBeLessThan(box!.x + box!.width);
    await screenshot(page, 'policy-01-live-check-he');

    // Fixing the draft clears the finding.
    await page.getByTestId('policy-check-text').fill('טניסאית ישראלית ניצחה בדובאי');
    await expect.poll(() => page.getByTestId('policy-check-status').getAttribute('data-status')).toBe('clean');
    expect(await markedWords(page)).toEqual([]);
    await page.context().close();
  });

  it('changes what the checker finds when a manager edits a rule', async () => {
    const page = await newPage(journey.browser, 'en');
    await logIn(page, journey.base, 'noa@shaked.example');
    await policyPage(page, '/rules', DEMO_BRANDS.roasters);
    const competitors = page.locator('[data-testid="rule-row"][data-template="competitors"][data-scope="brand"]');
    await competitors.getByTestId('rule-edit').click();
    const editor = page.getByTestId('rule-terms');
    await editor.waitFor();
    await editor.fill(`${await editor.inputValue()}\nBlue Bottle`);
    await screenshot(page, 'policy-02-rule-edit-en');
    await page.getByTestId('rule-save').click();
    await page.getByTestId('rule-terms').waitFor({ state: 'detached' });

    await policyPage(page, '/check', DEMO_BRANDS.roasters);
    await page.getByTestId('policy-check-text').fill('Smoother than Blue Bottle’s espresso, we promise.');
    await expect.poll(async () => (await markedWords(page)).some((w) => w.startsWith('Blue Bottle'))).toBe(true);
    await screenshot(page, 'policy-03-check-after-rule-en');
    await page.context().close();
  });

  it('asks a responder to acknowledge a new version, and shows the manager who has', async () => {
    const manager = await newPage(journey.browser, 'he');
    await logIn(manager, journey.base, 'noa@shaked.example');
    await policyPage(manager, '/edit');
    const body = manager.getByTestId('policy-section-body').first();
    await body.fill(`${await body.inputValue()}\nבלי אימוג׳י של כעס בתגובות ללקוחות.`);
    await manager.getByTestId('policy-change-note').fill('בלי אימוג׳י כועסים');
    await manager.getByTestId('policy-save').click();
    await manager.getByTestId('policy-sections').waitFor();
    await expect.poll(() => manager.getByTestId('policy-version').textContent()).toContain('3');

    const responder = await newPage(journey.browser, 'he');
    await logIn(responder, journey.base, 'yossi@shaked.example');
    await policyPage(responder, '');
    await responder.getByTestId('policy-ack-banner').waitFor();
    expect(await responder.getByTestId('policy-sections').textContent()).toContain('בלי אימוג׳י של כעס');
    await screenshot(responder, 'policy-04-ack-banner-he');
    await responder.getByTestId('policy-acknowledge').click();
    await responder.getByTestId('policy-acknowledged').waitFor();
    expect(await responder.getByTestId('policy-ack-banner').count()).toBe(0);

    await policyPage(manager, '/acknowledgements');
    const row = manager.locator('[data-testid="ack-row"][data-email="yossi@shaked.example"]');
    await row.waitFor();
    await expect.poll(() => row.textContent()).not.toContain('עדיין לא');
    expect(await manager.locator('[data-testid="ack-row"][data-email="tal@pixel-agency.example"]').textContent()).toContain('עדיין לא');
    await screenshot(manager, 'policy-05-acknowledgements-he');
    await manager.context().close();
    await responder.context().close();
  });
});
