// Publishing in a browser, in Hebrew: a brand manager connects the café's Bluesky account (a real PDS
// running in this process), an editor writes a post whose phone number the policy blocks — marked in
// the text as she types — fixes it and submits; the brand manager approves in her own browser; the
// post goes out at its time to the PDS, exactly once, and the calendar shows it published with its link.
import { AtpAgent } from '@atproto/api';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPds, type TestPds } from '../server/testing/pds.ts';
import { newPage, screenshot } from './browser.ts';
import { apiAs, DEMO_BRANDS, logIn, startJourney, WS, type Journey } from './session.ts';

let journey: Journey;
let pds: TestPds;
let appPassword = '';
let did = '';
const cafe = DEMO_BRANDS.cafe;
const ZONE = 'Asia/Jerusalem';

beforeAll(async () => {
  pds = await startTestPds();
  // The PDS listens on this machine's loopback, which Brandroom refuses unless the operator allows it.
  journey = await startJourney('publish', { BRANDROOM_ALLOW_PRIVATE_NETWORK: '1' });
  const agent = new AtpAgent({ service: pds.url });
  await agent.createAccount({ handle: 'cafe.test', email: 'cafe@example.com', password: 'main password' });
  did = agent.session!.did;
  appPassword = (await agent.com.atproto.server.createAppPassword({ name: 'brandroom' })).data.password;
  // Tal, the agency's editor, acknowledges the café's current policy, as she would on her first visit.
  const tal = await apiAs(journey.base, 'tal@pixel-agency.example');
  const policy = await tal<{ policy: { id: string } }>('GET', `/brands/${cafe}/policy`);
  expect((await tal('POST', `/brands/${cafe}/policy/acknowledgements`, { policyVersionId: policy.body.policy.id })).status).toBeLessThan(300);
}, 180_000);

afterAll(async () => {
  await journey?.close();
  await pds?.close();
});

/** The date and time `minutes` from now on the brand's clock, as the composer's fields take them. */
function brandClock(minutes: number): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(Date.now() + minutes * 60_000))
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

const markedWords = (page: Page) => page.getByTestId('finding-mark').allTextContents();

async function postsOnPds(): Promise<{ text: string; uri: string }[]> {
  const agent = new AtpAgent({ service: pds.url });
  const res = await agent.com.atproto.repo.listRecords({ repo: did, collection: 'app.bsky.feed.post', limit: 100 });
  return res.data.records.map((r) => ({ text: String((r.value as { text?: string }).text ?? ''), uri: r.uri }));
}

let channelId = '';

describe('publishing in a browser', () => {
  it('connects the café’s Bluesky account from the channels page', async () => {
    const page = await newPage(journey.browser, 'he');
    await logIn(page, journey.base, 'noa@shaked.example');
    await page.goto(`${journey.base}/w/${WS}/settings/channels?brand=${cafe}`);
    await page.getByTestId('channel-connect').click();
    await page.getByTestId('channel-network-bluesky').click();
    await page.getByTestId('channel-field-handle').fill('cafe.test');
    await page.getByTestId('channel-field-appPassword').fill(appPassword);
    await page.getByTestId('channel-field-pdsUrl').fill(pds.url);
    await screenshot(page, 'publish-01-connect-bluesky-he');
    await page.getByTestId('channel-connect-submit').click();
    const row = page.getByTestId('channel-row-bluesky').filter({ hasText: '@cafe.test' });
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('active');
    channelId = (await row.getAttribute('data-channel-id')) ?? '';
    expect(channelId).not.toBe('');
    await screenshot(page, 'publish-02-channels-he');
    await page.context().close();
  });

  it('takes a post from a blocked draft, through approval, to the PDS exactly once, and shows it published', async () => {
    const at = brandClock(2);
    const text = 'עוגת הגבינה חזרה לוויטרינה! מחכים לכם בסניף דיזנגוף.';

    // The editor writes; the phone number is marked as she types, and the post cannot be submitted.
    const editor = await newPage(journey.browser, 'he');
    await logIn(editor, journey.base, 'tal@pixel-agency.example');
    await editor.goto(`${journey.base}/w/${WS}/calendar/posts/new?brand=${cafe}`);
    await editor.getByTestId(`composer-channel-${channelId}`).check();
    await editor.getByTestId('composer-text').pressSequentially(`${text} להזמנות: 050-1234567`, { delay: 5 });
    await expect.poll(async () => (await markedWords(editor)).some((w) => w.includes('050-1234567'))).toBe(true);
    expect(await editor.getByTestId('composer-text-check').getAttribute('data-status')).toBe('blocked');
    await screenshot(editor, 'publish-03-composer-blocked-he');

    // She takes the number out: the mark goes, and she schedules it for two minutes from now.
    await editor.getByTestId('composer-text').fill(text);
    await expect.poll(() => editor.getByTestId('composer-text-check').getAttribute('data-status')).toBe('clean');
    expect(await markedWords(editor)).toEqual([]);
    await editor.getByTestId('composer-when-at').check();
    await editor.getByTestId('composer-date').fill(at.date);
    await editor.getByTestId('composer-time').fill(at.time);
    await editor.getByTestId('composer-submit').click();
    await editor.getByTestId('post-status').waitFor();
    expect(await editor.getByTestId('post-status').getAttribute('data-status')).toBe('in_review');
    const postId = new URL(editor.url()).pathname.split('/').pop()!;
    await screenshot(editor, 'publish-04-submitted-he');

    // The brand manager, in her own browser, approves it: it is scheduled.
    const manager = await newPage(journey.browser, 'he');
    await logIn(manager, journey.base, 'noa@shaked.example');
    await manager.goto(`${journey.base}/w/${WS}/calendar/posts/${postId}?brand=${cafe}`);
    await manager.getByTestId('post-approve').click();
    await expect.poll(() => manager.getByTestId('post-status').getAttribute('data-status')).toBe('scheduled');
    await screenshot(manager, 'publish-05-approved-he');

    // At its time it goes out to the PDS, once.
    await expect.poll(async () => (await postsOnPds()).filter((p) => p.text === text).length, { timeout: 200_000, interval: 2_000 }).toBe(1);
    await editor.reload();
    await expect.poll(() => editor.getByTestId('post-status').getAttribute('data-status'), { timeout: 30_000 }).toBe('published');
    const link = editor.getByTestId(`post-variant-link-${channelId}`);
    expect(await link.getAttribute('href')).toMatch(/^https:\/\/bsky\.app\/profile\/.+\/post\/.+/);

    // The calendar shows it on its day as published.
    await editor.goto(`${journey.base}/w/${WS}/calendar?brand=${cafe}`);
    const event = editor.getByTestId(`calendar-event-${postId}`);
    await event.waitFor();
    expect(await event.getAttribute('data-status')).toBe('published');
    await screenshot(editor, 'publish-06-calendar-published-he');
    expect((await postsOnPds()).filter((p) => p.text === text)).toHaveLength(1);
    await editor.context().close();
    await manager.context().close();
  }, 300_000);

  it('plans in English: the month with its posts, a freeze with its reason shown everywhere, and resume', async () => {
    const page = await newPage(journey.browser, 'en');
    await logIn(page, journey.base, 'dana@shaked.example');
    // Dana's account is in Hebrew; she switches to English for the English brand.
    await page.getByTestId('language-switch').first().click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.goto(`${journey.base}/w/${WS}/calendar?brand=${DEMO_BRANDS.roasters}`);
    await page.getByTestId('calendar').waitFor();
    // The demo month: published posts behind, drafts and posts in review ahead.
    await expect.poll(async () => page.locator('[data-testid^="calendar-event-"]').count()).toBeGreaterThan(3);
    const statuses = await page.locator('[data-testid^="calendar-event-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    expect(statuses).toEqual(expect.arrayContaining(['published', 'in_review']));
    await page.getByTestId('cadence-panel').waitFor();
    await screenshot(page, 'publish-07-calendar-month-en');

    await page.getByTestId('brand-pause').click();
    await page.getByTestId('pause-reason').fill('Supplier recall under review');
    await page.getByTestId('pause-confirm').click();
    await page.getByTestId('paused-banner').waitFor();
    expect(await page.getByTestId('paused-banner').textContent()).toContain('Supplier recall under review');
    // Paused shows on every page of the brand, not only the calendar.
    await page.goto(`${journey.base}/w/${WS}/policy?brand=${DEMO_BRANDS.roasters}`);
    await page.getByTestId('paused-strip').waitFor();
    expect(await page.getByTestId('paused-strip').textContent()).toContain('Supplier recall under review');
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'publish-08-paused-strip-en');

    await page.goto(`${journey.base}/w/${WS}/calendar?brand=${DEMO_BRANDS.roasters}`);
    await page.getByTestId('brand-resume').click();
    await page.getByTestId('confirm-button').click();
    await page.getByTestId('resume-result').waitFor();
    await screenshot(page, 'publish-09-resumed-en');
    await page.getByTestId('resume-result-close').click();
    await page.getByTestId('paused-banner').waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('refuses 02:30 on the night Israel’s clocks jump forward, says why, and offers 03:30', async () => {
    const page = await newPage(journey.browser, 'he');
    await logIn(page, journey.base, 'noa@shaked.example');
    await page.goto(`${journey.base}/w/${WS}/calendar/posts/new?brand=${cafe}`);
    await page.getByTestId('composer-when-at').check();
    await page.getByTestId('composer-date').fill('2027-03-26');
    await page.getByTestId('composer-time').fill('02:30');
    const message = page.getByTestId('composer-schedule-message');
    await message.waitFor();
    expect(await message.textContent()).toContain('03:30');
    await screenshot(page, 'publish-10-dst-gap-he');
    await page.getByTestId('composer-use-suggested').click();
    expect(await page.getByTestId('composer-time').inputValue()).toBe('03:30');
    await page.context().close();
  });
});
