// Browser journeys of the foundation: Hebrew right-to-left and English left-to-right, inviting a
// member who accepts, and an agency member who cannot see a brand outside their scope.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPage, screenshot } from './browser.ts';
import { logIn as logInAt, startJourney, WS, type Journey } from './session.ts';

let journey: Journey;
beforeAll(async () => {
  journey = await startJourney('workspace');
});
afterAll(async () => journey?.close());

const logIn = (page: Page, email: string) => logInAt(page, journey.base, email);

const direction = (page: Page) => page.evaluate(() => [document.documentElement.dir, document.documentElement.lang]);
/** Where the navigation sits: 'right' in Hebrew, 'left' in English. */
async function sidebarSide(page: Page) {
  const box = await page.getByTestId('sidebar').boundingBox();
  const width = page.viewportSize()!.width;
  return box!.x + box!.width / 2 > width / 2 ? 'right' : 'left';
}

describe('the foundation in a browser', () => {
  it('logs in in Hebrew right-to-left and switches to English left-to-right', async () => {
    const page = await newPage(journey.browser, 'he');
    await page.goto(`${journey.base}/`);
    await page.getByTestId('login-form').waitFor();
    expect(await direction(page)).toEqual(['rtl', 'he']);
    await expect.poll(() => page.getByTestId('login-submit').textContent()).toMatch(/[א-ת]/);
    await screenshot(page, '01-login-he');

    await logIn(page, 'dana@shaked.example');
    expect(page.url()).toContain(`/w/${WS}`);
    expect(await direction(page)).toEqual(['rtl', 'he']);
    expect(await sidebarSide(page)).toBe('right');
    expect(await page.getByTestId('nav-team').textContent()).toMatch(/[א-ת]/);
    await screenshot(page, '02-home-he');

    await page.getByTestId('language-switch').first().click();
    await expect.poll(() => direction(page)).toEqual(['ltr', 'en']);
    expect(await sidebarSide(page)).toBe('left');
    await expect.poll(() => page.getByTestId('nav-team').textContent()).toMatch(/Team/);
    await screenshot(page, '03-home-en');

    // The choice is saved to the account: it survives a reload.
    await page.reload();
    await page.getByTestId('home-title').waitFor();
    await expect.poll(() => direction(page)).toEqual(['ltr', 'en']);
    await page.context().close();
  });

  it('invites a member by link, who accepts and lands in the workspace', async () => {
    const admin = await newPage(journey.browser, 'he');
    await logIn(admin, 'avi@shaked.example');
    await admin.goto(`${journey.base}/w/${WS}/settings/invitations`);
    await admin.getByTestId('invite-email').fill('new.editor@example.com');
    await admin.getByTestId('invite-role').click();
    await admin.getByRole('option', { name: 'עורך/ת תוכן' }).click();
    await admin.getByTestId('invite-submit').click();
    const result = admin.getByTestId('invite-result');
    await result.waitFor();
    expect(await result.getAttribute('data-emailed')).toBe('false');
    const link = await admin.getByTestId('invite-link').inputValue();
    expect(link).toMatch(/\/invite\/[\w-]{20,}$/);
    await screenshot(admin, '04-invitation-created-he');

    const invitee = await newPage(journey.browser, 'en');
    await invitee.goto(link);
    await invitee.getByTestId('accept-form').waitFor();
    expect(await invitee.getByTestId('invitation-summary').textContent()).toContain('Shaked Group');
    await invitee.getByTestId('accept-name').fill('Noam Editor');
    await invitee.getByTestId('accept-password').fill('a long enough password');
    await screenshot(invitee, '05-invitation-accept-en');
    await invitee.getByTestId('accept-submit').click();
    await invitee.getByTestId('home-title').waitFor();
    expect(invitee.url()).toContain(`/w/${WS}`);
    expect(await invitee.getByTestId('home-role').textContent()).toMatch(/Content editor/);
    await screenshot(invitee, '06-invitee-home-en');

    await admin.goto(`${journey.base}/w/${WS}/settings/members`);
    await expect.poll(() => admin.getByTestId('members-table').textContent()).toContain('new.editor@example.com');
    await admin.goto(`${journey.base}/w/${WS}/settings/invitations`);
    await expect
      .poll(() => admin.locator('[data-testid="invitation-row"][data-email="new.editor@example.com"] [data-testid="invitation-status"]').textContent())
      .toMatch(/התקבלה|accepted/i);
    await admin.context().close();
    await invitee.context().close();
  });

  it('shows an agency editor only the brand they serve', async () => {
    const page = await newPage(journey.browser, 'he');
    await logIn(page, 'tal@pixel-agency.example');
    const cards = page.getByTestId('brand-card');
    await expect.poll(() => cards.count()).toBe(1);
    expect(await cards.first().textContent()).toContain('קפה שקד');
    expect(await page.content()).not.toContain('Shaked Roasters');
    await screenshot(page, '07-agency-home-he');

    // Even asked directly, the other brand does not exist for them.
    const status = await page.evaluate(
      (url) => fetch(url, { credentials: 'same-origin' }).then((r) => r.status),
      `/api/v1/workspaces/${WS}/brands/00000000-0000-4000-8000-0000000cafe2`,
    );
    expect(status).toBe(404);
    await page.context().close();
  });
});
