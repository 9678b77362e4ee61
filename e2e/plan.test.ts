// The plan in a browser: a brand manager runs the first-run wizard in Hebrew for a new brand, sees
// the saved plan and its history, then reads it in English; a reader sees it without edit controls.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPage, screenshot } from './browser.ts';
import { apiAs, DEMO_BRANDS, logIn as logInAt, startJourney, WS, type Journey } from './session.ts';

const CAFE = DEMO_BRANDS.cafe;

let journey: Journey;
let brandId: string;

beforeAll(async () => {
  journey = await startJourney('plan');
  // A new brand, made through the API by the admin, so the wizard meets a brand without a plan.
  const admin = await apiAs(journey.base, 'avi@shaked.example');
  const res = await admin<{ brand: { id: string } }>('POST', `/workspaces/${WS}/brands`, { name: 'מאפיית הגפן', primaryLanguage: 'he', description: 'מאפייה שכונתית ברחובות' });
  expect(res.status).toBe(201);
  brandId = res.body.brand.id;
});

afterAll(async () => journey?.close());

const logIn = (page: Page, email: string) => logInAt(page, journey.base, email);

/** Mantine draws chips, checkboxes and switches over a hidden input; a person clicks its label. */
async function clickLabelOf(page: Page, testId: string) {
  const id = await page.getByTestId(testId).getAttribute('id');
  await page.locator(`label[for="${id}"]`).click();
}


const question = (page: Page) => page.getByTestId('plan-step-question').textContent();

describe('the plan wizard and page', () => {
  it('walks a brand manager through the wizard in Hebrew, to a saved plan on the plan page', async () => {
    const page = await newPage(journey.browser, 'he');
    await logIn(page, 'noa@shaked.example');
    await page.goto(`${journey.base}/w/${WS}/plan?brand=${brandId}`);

    await page.getByTestId('plan-empty').waitFor();
    expect(await page.getByTestId('plan-empty').textContent()).toContain('עדיין אין תוכנית עבור');
    await screenshot(page, 'plan-01-empty-he');
    await page.getByTestId('plan-start').click();

    // 1. Messages: the first field has the keyboard focus, so typing starts right away.
    await page.getByTestId('plan-wizard-step-messages').waitFor();
    expect(await question(page)).toBe('מה אתם רוצים שאנשים יידעו עליכם?');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('plan-message-0');
    await page.keyboard.type('לחם מחמצת טרי כל בוקר, מקמח מקומי');
    await page.getByTestId('plan-message-add').click();
    await page.getByTestId('plan-message-1').fill('מאפייה שכונתית: מכירים אתכם בשם');
    await screenshot(page, 'plan-02-wizard-messages-he');
    // Enter continues, like any form.
    await page.keyboard.press('Enter');

    // 2. Personas.
    await page.getByTestId('plan-wizard-step-personas').waitFor();
    expect(await question(page)).toBe('עם מי אתם מדברים?');
    await page.getByTestId('plan-persona-add').click();
    await page.getByTestId('plan-persona-name-0').fill('משפחות בשכונה');
    await page.getByTestId('plan-persona-who-0').fill('הורים לילדים קטנים שגרים ליד המאפייה');
    await page.getByTestId('plan-persona-cares-0').fill('חלה טרייה לשבת, יחס אישי');
    await page.getByTestId('plan-next').click();

    // 3. Channels: continuing without one says what is missing, next to the choice.
    await page.getByTestId('plan-wizard-step-channels').waitFor();
    await page.getByTestId('plan-next').click();
    await expect.poll(() => page.getByTestId('plan-wizard-step-channels').textContent()).toContain('צריך לבחור לפחות ערוץ אחד.');
    await clickLabelOf(page, 'plan-network-instagram');
    await clickLabelOf(page, 'plan-network-facebook');
    await page.getByTestId('plan-posts-instagram').fill('4');
    for (const day of [0, 2, 4]) await clickLabelOf(page, `plan-day-instagram-${day}`);
    await expect.poll(() => page.getByTestId('plan-posts-total').textContent()).toBe('בסך הכול: 7 פוסטים בשבוע.');
    await screenshot(page, 'plan-03-wizard-channels-he');
    await page.getByTestId('plan-next').click();

    // 4. KPIs: suggested from the channels; the weekly posts target comes from the plan itself.
    await page.getByTestId('plan-wizard-step-kpis').waitFor();
    expect(await page.locator('[data-testid="plan-kpi-form"][data-checked="true"]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-metric')))).toEqual([
      'posts_per_week',
      'engagement_rate',
      'reach',
      'response_rate',
      'social_visits',
    ]);
    expect(await page.getByTestId('plan-kpi-target-posts_per_week').inputValue()).toBe('7');
    await page.getByTestId('plan-next').click();
    // A KPI without a target is refused, the message beside the field, and the focus moves there.
    const reach = page.getByTestId('plan-kpi-target-reach');
    await expect.poll(() => reach.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('plan-wizard-step-kpis').textContent()).toContain('למדד צריך יעד.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('plan-kpi-target-engagement_rate');
    await screenshot(page, 'plan-04-wizard-kpi-error-he');
    await page.getByTestId('plan-kpi-target-engagement_rate').fill('3');
    await reach.fill('5000');
    await page.getByTestId('plan-kpi-target-response_rate').fill('90');
    await clickLabelOf(page, 'plan-kpi-social_visits');
    await page.getByTestId('plan-next').click();

    // 5. Time: three hours by default; Noa takes two of four.
    await page.getByTestId('plan-wizard-step-time').waitFor();
    expect(await page.getByTestId('plan-hours-per-week').inputValue()).toBe('3');
    await page.getByTestId('plan-hours-per-week').fill('4');
    await clickLabelOf(page, 'plan-split');
    const noaRow = page.getByTestId('plan-budget-table').locator('tr', { hasText: 'נועה מזרחי' });
    await noaRow.getByTestId('plan-member-hours').fill('2');
    await expect.poll(() => page.getByTestId('plan-assigned').textContent()).toBe('חולקו 2 מתוך 4 שעות');
    await screenshot(page, 'plan-05-wizard-time-he');
    await page.getByTestId('plan-next').click();

    // 6. Review and save.
    await page.getByTestId('plan-wizard-step-review').waitFor();
    expect(await page.getByTestId('plan-messages').textContent()).toContain('לחם מחמצת טרי');
    await page.getByTestId('plan-change-note').fill('התוכנית הראשונה של המאפייה');
    await screenshot(page, 'plan-06-wizard-review-he');
    await page.getByTestId('plan-save').click();

    await page.getByTestId('plan-saved').waitFor();
    expect(await page.getByTestId('plan-saved').textContent()).toBe('התוכנית נשמרה כגרסה 1.');
    expect(await page.getByTestId('plan-messages').textContent()).toContain('מאפייה שכונתית: מכירים אתכם בשם');
    expect(await page.getByTestId('plan-persona').textContent()).toContain('משפחות בשכונה');
    expect(await page.locator('[data-testid="plan-channel"][data-network="instagram"] [data-testid="plan-channel-cadence"]').textContent()).toBe('4 פוסטים בשבוע');
    expect(await page.locator('[data-testid="plan-kpi"][data-metric="reach"] [data-testid="plan-kpi-target"]').textContent()).toBe('לפחות 5,000 בחודש');
    expect(await page.getByTestId('plan-kpis').textContent()).not.toContain('כניסות מהרשתות');
    expect(await page.getByTestId('plan-hours').textContent()).toBe('4 שעות בשבוע');
    expect(await page.getByTestId('plan-budget-members').textContent()).toContain('נועה מזרחי');
    expect(await page.getByTestId('plan-history-item').count()).toBe(1);
    expect(await page.getByTestId('plan-history').textContent()).toContain('התוכנית הראשונה של המאפייה');
    await screenshot(page, 'plan-07-page-he');

    // Edit one section: the wizard opens on that step, prefilled; saving makes version 2.
    await page.getByTestId('plan-edit-channels').click();
    await page.getByTestId('plan-wizard-step-channels').waitFor();
    expect(await page.getByTestId('plan-posts-instagram').inputValue()).toBe('4');
    await page.getByTestId('plan-posts-facebook').fill('2');
    await page.getByTestId('plan-step-review').click();
    await page.getByTestId('plan-change-note').fill('פחות פייסבוק');
    await page.getByTestId('plan-save').click();
    await page.getByTestId('plan-saved').waitFor();
    expect(await page.getByTestId('plan-saved').textContent()).toBe('התוכנית נשמרה כגרסה 2.');
    await expect.poll(() => page.getByTestId('plan-history-item').count()).toBe(2);

    // The old version still says what the plan was.
    await page.locator('[data-testid="plan-history-item"][data-version="1"] [data-testid="plan-history-open"]').click();
    await page.getByTestId('plan-old-version').waitFor();
    expect(await page.locator('[data-testid="plan-channel"][data-network="facebook"] [data-testid="plan-channel-cadence"]').textContent()).toBe('3 פוסטים בשבוע');
    expect(await page.getByTestId('plan-edit-channels').count()).toBe(0);
    await screenshot(page, 'plan-08-old-version-he');

    // The same plan in English, left to right.
    await page.getByTestId('plan-back-to-current').click();
    await page.getByTestId('plan-view').waitFor();
    await page.getByTestId('language-switch').first().click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    await expect.poll(() => page.locator('[data-testid="plan-kpi"][data-metric="reach"] [data-testid="plan-kpi-target"]').textContent()).toBe('at least 5,000 a month');
    expect(await page.getByTestId('plan-hours').textContent()).toBe('4 hours a week');
    await screenshot(page, 'plan-09-page-en');
    await page.getByTestId('plan-edit').click();
    await page.getByTestId('plan-wizard-step-messages').waitFor();
    expect(await question(page)).toBe('What do you want people to know about you?');
    await page.getByTestId('plan-step-kpis').click();
    await page.getByTestId('plan-wizard-step-kpis').waitFor();
    await screenshot(page, 'plan-10-wizard-kpis-en');
    await page.context().close();
  });

  it('shows a reader the demo café plan without edit controls', async () => {
    const page = await newPage(journey.browser, 'en');
    await logIn(page, 'maya@shaked.example');
    await page.goto(`${journey.base}/w/${WS}/plan?brand=${CAFE}`);
    await page.getByTestId('plan-view').waitFor();
    expect(await page.getByTestId('plan-edit').count()).toBe(0);
    expect(await page.locator('[data-testid^="plan-edit-"]').count()).toBe(0);
    expect(await page.getByTestId('plan-persona').count()).toBe(2);
    await expect.poll(() => page.getByTestId('plan-history-item').count()).toBe(2);
    await screenshot(page, 'plan-11-demo-cafe-reader-en');
    // The wizard's address does not open for a reader: it leads back to the plan.
    await page.goto(`${journey.base}/w/${WS}/plan/setup?brand=${CAFE}`);
    await page.getByTestId('plan-view').waitFor();
    expect(await page.getByTestId('plan-wizard').count()).toBe(0);
    await page.context().close();
  });
});
