// Playbooks in a browser: a brand manager copies a library playbook in Hebrew, chooses who may speak
// for the brand, saves, and runs a short drill to its summary; then the same pages in English.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPage, screenshot, SHOTS_DIR } from './browser.ts';
import { DEMO_BRANDS, logIn as logInAt, startJourney, WS, type Journey } from './session.ts';

const CAFE = DEMO_BRANDS.cafe;
const ROASTERS = DEMO_BRANDS.roasters;

let journey: Journey;
beforeAll(async () => {
  journey = await startJourney('playbooks');
});
afterAll(async () => journey?.close());

const logIn = (page: Page, email: string) => logInAt(page, journey.base, email);

/** What a person sees with the given part of the page at the top of the window. */
async function viewShot(page: Page, name: string, testId: string) {
  await page.getByTestId(testId).evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => window.scrollBy(0, -72));
  mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`) });
}

const direction = (page: Page) => page.evaluate(() => document.documentElement.dir);

describe('playbooks', () => {
  let playbookUrl = '';

  it('copies a library playbook in Hebrew, needs someone to speak for the brand, saves it and runs a drill', async () => {
    const page = await newPage(journey.browser, 'he');
    await logIn(page, 'noa@shaked.example');
    await page.goto(`${journey.base}/w/${WS}/playbooks?brand=${CAFE}`);
    await page.getByTestId('playbooks-list').waitFor();
    expect(await direction(page)).toBe('rtl');
    // The demo café's playbooks, one of them drilled.
    await expect.poll(() => page.getByTestId('playbook-card').count()).toBe(3);
    expect(await page.getByTestId('playbooks-list').textContent()).toContain('בטיחות מזון או ריקול מוצר');
    expect(await page.getByTestId('playbook-last-drill').first().textContent()).toMatch(/תרגול אחרון/);
    await screenshot(page, 'playbooks-01-list-he');

    await page.locator('[data-testid="template-card"][data-template="offensive_post"] [data-testid="template-use"]').click();
    await page.getByTestId('playbook-editor').waitFor();
    expect(await page.getByTestId('playbook-name-input').inputValue()).toBe('פוסט פוגע שפרסמנו');
    expect(await page.getByTestId('playbook-from-template').textContent()).toContain('הועתק מהספרייה');

    // Nobody may speak for the brand: the error sits beside the field and nothing is saved.
    await page.getByTestId('playbook-responders').click();
    await page.getByTestId('playbook-responders').press('Backspace');
    await page.keyboard.press('Escape');
    await page.getByTestId('playbook-save').click();
    await page.getByTestId('playbook-invalid').waitFor();
    const responders = page.getByTestId('section-responders');
    await expect.poll(() => responders.textContent()).toContain('לפחות אדם אחד שמורשה לדבר בשם המותג');
    await viewShot(page, 'playbooks-02e-editor-error-he', 'section-responders');

    // Noa and Yossi (the responder) may speak for the café while the playbook runs.
    await page.getByTestId('playbook-responders').click();
    await page.getByRole('option', { name: 'נועה מזרחי' }).click();
    await page.getByRole('option', { name: 'יוסי פרץ' }).click();
    await page.keyboard.press('Escape');
    const lead = page.locator('[data-testid="role-row"][data-role="incident_lead"]');
    await lead.getByTestId('role-person').click();
    await page.getByRole('option', { name: 'נועה מזרחי' }).click();
    await lead.getByTestId('role-backup').click();
    await page.getByRole('option', { name: 'אבי כהן' }).click();
    // The live count measures each statement against the strictest network of the café's plan.
    expect(await page.getByTestId('statement-count').first().textContent()).toMatch(/^\d+ \/ \d+ ב־/);
    await screenshot(page, 'playbooks-02-editor-he');
    await viewShot(page, 'playbooks-02a-editor-scenario-he', 'section-scenario');
    await viewShot(page, 'playbooks-02b-editor-roles-he', 'section-roles');
    await viewShot(page, 'playbooks-02c-editor-statements-he', 'section-statements');
    await viewShot(page, 'playbooks-02d-editor-steps-he', 'section-steps');

    await page.getByTestId('playbook-save').click();
    await page.waitForURL(/\/playbooks\/[0-9a-f-]{36}\?brand=/);
    playbookUrl = page.url();
    await page.getByTestId('playbook-editor').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('פוסט פוגע שפרסמנו');
    const responderChips = await page.getByTestId('section-responders').textContent();
    expect(responderChips).toContain('נועה מזרחי');
    expect(responderChips).toContain('יוסי פרץ');

    await page.getByTestId('playbook-drill').click();
    await page.getByTestId('drill').waitFor();
    const steps = page.getByTestId('drill-step');
    await expect.poll(() => steps.count()).toBe(7);
    await page.getByTestId('drill-step-note').fill('צילום המסך נשמר בתיקייה המשותפת');
    await page.getByTestId('drill-step-done').first().click();
    await expect.poll(() => steps.nth(0).getAttribute('data-done')).toBe('true');
    await page.getByTestId('drill-step-done').first().click();
    await expect.poll(() => steps.nth(1).getAttribute('data-done')).toBe('true');
    expect(await steps.nth(0).textContent()).toContain('נועה מזרחי');
    await screenshot(page, 'playbooks-03-drill-he');

    await page.getByTestId('drill-finish').click();
    await page.getByTestId('drill-notes').fill('תרגול קצר: שני הצעדים הראשונים בלבד.');
    await page.getByTestId('drill-finish-confirm').click();
    await page.getByTestId('drill-summary').waitFor();
    const rows = page.getByTestId('drill-summary-row');
    await expect.poll(() => rows.count()).toBe(7);
    expect(await rows.nth(2).textContent()).toContain('דולג');
    expect(await page.getByTestId('drill-summary').textContent()).toContain('לא הכול בוצע בתוך היעד');
    await screenshot(page, 'playbooks-04-drill-summary-he');
    await page.context().close();
  });

  it('shows the same pages in English, left to right', async () => {
    const page = await newPage(journey.browser, 'en');
    await logIn(page, 'noa@shaked.example');
    await page.getByTestId('language-switch').first().click();
    await expect.poll(() => direction(page)).toBe('ltr');

    await page.goto(`${journey.base}/w/${WS}/playbooks?brand=${ROASTERS}`);
    await page.getByTestId('playbooks-list').waitFor();
    expect(await page.getByTestId('playbooks-list').textContent()).toContain('Product recall');
    expect(await page.getByTestId('playbook-library').textContent()).toContain('Use this playbook');
    await screenshot(page, 'playbooks-05-list-en');

    await page.locator('[data-testid="playbook-card"]', { hasText: 'Product recall' }).getByTestId('playbook-open').click();
    await page.getByTestId('playbook-editor').waitFor();
    expect(await page.locator('[data-role="food_safety_officer"] input').first().inputValue()).toBe('Food safety officer');
    await screenshot(page, 'playbooks-06-editor-en');
    await viewShot(page, 'playbooks-06a-editor-tiers-en', 'section-tiers');
    await viewShot(page, 'playbooks-06b-editor-statements-en', 'section-statements');

    // The café's food-safety drill from the demo, in English.
    await page.goto(`${journey.base}/w/${WS}/playbooks?brand=${CAFE}`);
    await page.locator('[data-testid="playbook-card"]', { hasText: 'בטיחות מזון' }).getByRole('link', { name: 'Drill', exact: true }).click();
    await page.getByTestId('drills-table').waitFor();
    await page.getByTestId('drill-row').first().getByRole('link', { name: 'Open' }).click();
    await page.getByTestId('drill-summary').waitFor();
    expect(await page.getByTestId('drill-total').textContent()).toBe('43:00');
    expect(await page.getByTestId('drill-summary').textContent()).toContain('After target');
    await screenshot(page, 'playbooks-07-drill-summary-en');

    // The playbook copied in Hebrew reads the same in English, with its version history.
    await page.goto(playbookUrl);
    await page.getByTestId('playbook-history').click();
    await page.getByTestId('playbook-versions').waitFor();
    expect(await page.getByTestId('playbook-versions').textContent()).toContain('Version 1');
    await page.context().close();
  });

  it('tells an editor that someone saved meanwhile, and starts again from the newest version', async () => {
    // Noa chose English in the test before: the choice is kept with her account.
    const context = (await newPage(journey.browser, 'en')).context();
    const first = context.pages()[0]!;
    await logIn(first, 'noa@shaked.example');
    const second = await context.newPage();
    for (const page of [first, second]) {
      await page.goto(playbookUrl);
      await page.getByTestId('playbook-editor').waitFor();
    }
    await first.getByTestId('playbook-change-note').fill('Scheduled posts go on');
    await first.locator('label', { has: first.getByTestId('playbook-pause') }).click();
    await first.getByTestId('playbook-save').click();
    await first.getByRole('status').filter({ hasText: 'Saved as version 2.' }).waitFor();

    await second.getByTestId('playbook-name-input').fill('פוסט פוגע שפרסמנו – גרסת הצוות');
    await second.getByTestId('playbook-save').click();
    await second.getByTestId('playbook-stale').waitFor();
    await second.getByTestId('playbook-stale').getByRole('button').click();
    await expect.poll(() => second.getByTestId('playbook-name-input').inputValue()).toBe('פוסט פוגע שפרסמנו');
    expect(await second.getByTestId('playbook-pause').isChecked()).toBe(false);
    await second.getByTestId('playbook-name-input').fill('פוסט פוגע שפרסמנו – גרסת הצוות');
    await second.getByTestId('playbook-save').click();
    await second.getByRole('status').filter({ hasText: 'Saved as version 3.' }).waitFor();
    await context.close();
  });

  it('lets a responder read a playbook without edit controls', async () => {
    const page = await newPage(journey.browser, 'he');
    await logIn(page, 'yossi@shaked.example');
    await page.goto(playbookUrl);
    await page.getByTestId('playbook-view').waitFor();
    expect(await page.getByTestId('playbook-editor').count()).toBe(0);
    expect(await page.getByTestId('playbook-drill').count()).toBe(0);
    expect(await page.getByTestId('playbook-view').textContent()).toContain('יוסי פרץ');
    await screenshot(page, 'playbooks-08-view-he');
    await page.context().close();
  });
});
