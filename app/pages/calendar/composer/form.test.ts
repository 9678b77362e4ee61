import { describe, expect, it } from 'vitest';
import type { Channel, Post } from './api.ts';
import {
  checkSchedule,
  createBody,
  formOfPost,
  measure,
  newForm,
  problemsOf,
  publishedText,
  setCustom,
  submitBody,
  timeChanged,
  toggleChannel,
  updateBody,
  type ComposerForm,
  type MediaDraft,
} from './form.ts';

const JERUSALEM = 'Asia/Jerusalem';

function channel(id: string, network: Channel['network'], caps: Partial<Channel['capabilities']> = {}): Channel {
  return {
    id,
    brandId: 'b',
    network,
    account: `@${network}`,
    displayName: network,
    endpoint: '',
    status: 'active',
    authFailures: 0,
    lastError: null,
    lastErrorAt: null,
    demo: false,
    capabilities: {
      textLimit: network === 'bluesky' ? 300 : network === 'mastodon' ? 500 : null,
      maxImages: 4,
      imageMaxBytes: 1_000_000,
      imageTypes: ['image/jpeg', 'image/png'],
      altTextMax: 2000,
      reply: true,
      statusCheck: 'exact',
      ...caps,
    },
    lastPublishedAt: null,
    createdAt: '2026-01-01T00:00:00.000Z',
  };
}

const bsky = channel('11111111-1111-4111-8111-111111111111', 'bluesky');
const masto = channel('22222222-2222-4222-8222-222222222222', 'mastodon', { textLimit: 20 });
const hook = channel('33333333-3333-4333-8333-333333333333', 'webhook');
const channels = [bsky, masto, hook];

const image = (over: Partial<MediaDraft> = {}): MediaDraft => ({
  key: 'k',
  mediaId: '44444444-4444-4444-8444-444444444444',
  alt: 'a cup',
  name: 'cup.png',
  byteSize: 1000,
  mimeType: 'image/png',
  state: 'done',
  progress: 1,
  error: null,
  localUrl: null,
  ...over,
});

function form(over: Partial<ComposerForm> = {}): ComposerForm {
  return { ...newForm({}), body: 'שלום', channelIds: [bsky.id], ...over };
}

const NOW = new Date('2026-12-01T10:00:00Z');

describe('what a channel publishes and how long it is', () => {
  it('puts the link on a line of its own for Bluesky and Mastodon, unless the text has it; a webhook gets it apart', () => {
    expect(publishedText('bluesky', { text: 'Cheesecake is back  ', link: 'https://shaked.example/menu' })).toBe('Cheesecake is back\nhttps://shaked.example/menu');
    expect(publishedText('mastodon', { text: 'See https://shaked.example/menu', link: 'https://shaked.example/menu' })).toBe('See https://shaked.example/menu');
    expect(publishedText('webhook', { text: 'hi', link: 'https://shaked.example' })).toBe('hi');
  });

  it('counts Hebrew with niqqud and emoji as people see them, and Mastodon links as 23', () => {
    // "שָׁלוֹם" is 4 letters with 4 marks: 4 graphemes; the family emoji is one.
    expect(measure(bsky, { text: 'שָׁלוֹם 👨‍👩‍👧', link: null })).toEqual({ count: 6, limit: 300, over: false });
    const long = 'https://shaked.example/a/very/long/address/that/goes/on';
    expect(measure(masto, { text: 'hi', link: long }).count).toBe(2 + 1 + 23);
    expect(measure(bsky, { text: 'hi', link: long }).count).toBe(3 + long.length);
  });

  it('turns red past the channel’s own limit (a Mastodon instance’s), and a webhook has none', () => {
    expect(measure(masto, { text: 'x'.repeat(21), link: null })).toMatchObject({ limit: 20, over: true });
    expect(measure(bsky, { text: 'x'.repeat(300), link: null }).over).toBe(false);
    expect(measure(bsky, { text: 'x'.repeat(301), link: null }).over).toBe(true);
    expect(measure(hook, { text: 'x'.repeat(100_000), link: null })).toMatchObject({ limit: null, over: false });
  });
});

describe('what stops a submission', () => {
  const ok = checkSchedule({ when: 'asap', date: '', time: '' }, JERUSALEM, NOW);

  it('names the channel whose text is too long, and only that one', () => {
    const f = form({ body: 'x'.repeat(25), channelIds: [bsky.id, masto.id] });
    const { save, submit } = problemsOf(f, channels, ok);
    expect(save).toEqual([]);
    expect(submit).toEqual([{ code: 'too_long', channelId: masto.id, count: 25, limit: 20 }]);
  });

  it('a shorter version for the channel clears it', () => {
    let f = form({ body: 'x'.repeat(25), channelIds: [bsky.id, masto.id] });
    f = setCustom(f, masto.id, true);
    expect(f.variants[masto.id]!.text).toBe('x'.repeat(25));
    f = { ...f, variants: { ...f.variants, [masto.id]: { ...f.variants[masto.id]!, text: 'short' } } };
    expect(problemsOf(f, channels, ok).submit).toEqual([]);
  });

  it('asks for a channel, waits for uploads, and refuses a link that is not a web address', () => {
    expect(problemsOf(form({ channelIds: [] }), channels, ok).save).toEqual([{ code: 'no_channels' }]);
    expect(problemsOf(form({ media: [image({ state: 'uploading' })] }), channels, ok).save).toEqual([{ code: 'uploading' }]);
    expect(problemsOf(form({ link: 'shaked.example/menu' }), channels, ok).save).toEqual([{ code: 'bad_link', channelId: null }]);
  });

  it('checks images against each network: how many, how large, which types, and alt text length', () => {
    const small = channel(bsky.id, 'bluesky', { maxImages: 1, imageMaxBytes: 500, altTextMax: 5 });
    const f = form({ media: [image({ name: 'a.gif', mimeType: 'image/gif' }), image({ key: 'k2', alt: 'a cup of coffee' })] });
    expect(problemsOf(f, [small], ok).submit.map((p) => p.code)).toEqual(['too_many_images', 'image_too_large', 'image_type', 'image_too_large', 'alt_too_long']);
  });

  it('lets a draft have no time yet, but not a submission', () => {
    const f = form();
    const none = checkSchedule(f, JERUSALEM, NOW);
    expect(none).toEqual({ kind: 'none' });
    expect(problemsOf(f, channels, none)).toEqual({ save: [], submit: [{ code: 'no_time' }] });
  });

  it('refuses an empty post on a channel', () => {
    expect(problemsOf(form({ body: '  ' }), channels, ok).submit).toEqual([{ code: 'empty', channelId: bsky.id }]);
    expect(problemsOf(form({ body: '', media: [image()] }), channels, ok).submit).toEqual([]);
  });
});

describe('the schedule on the brand’s clock', () => {
  it('refuses 02:30 on the night Israel’s clocks jump, and suggests 03:30', () => {
    const check = checkSchedule({ when: 'at', date: '2027-03-26', time: '02:30' }, JERUSALEM, NOW);
    expect(check).toEqual({ kind: 'gap', date: '2027-03-26', time: '02:30', from: '02:00', to: '03:00', suggested: '03:30' });
    expect(problemsOf(form(), channels, check).save).toEqual([{ code: 'schedule', check }]);
  });

  it('lets an old draft whose time passed be saved unchanged, but not submitted at that time', () => {
    const saved = form({ date: '2026-11-30', time: '09:00' });
    const check = checkSchedule(saved, JERUSALEM, NOW);
    expect(problemsOf(saved, channels, check, timeChanged(saved, saved))).toEqual({ save: [], submit: [{ code: 'schedule', check }] });
    const moved = { ...saved, time: '08:00' };
    expect(problemsOf(moved, channels, checkSchedule(moved, JERUSALEM, NOW), timeChanged(moved, saved)).save).toHaveLength(1);
  });

  it('takes the first 01:30 on the night the clocks go back', () => {
    const check = checkSchedule({ when: 'at', date: '2027-10-31', time: '01:30' }, JERUSALEM, NOW);
    expect(check).toMatchObject({ kind: 'overlap', from: '02:00', to: '01:00' });
    expect(check.kind === 'overlap' && check.instant.toISOString()).toBe('2027-10-30T22:30:00.000Z');
  });

  it('keeps 09:00 at 09:00 in winter and in summer, and refuses a time that passed', () => {
    expect(checkSchedule({ when: 'at', date: '2027-01-12', time: '09:00' }, JERUSALEM, NOW)).toEqual({ kind: 'ok', instant: new Date('2027-01-12T07:00:00Z') });
    expect(checkSchedule({ when: 'at', date: '2027-06-15', time: '09:00' }, JERUSALEM, NOW)).toEqual({ kind: 'ok', instant: new Date('2027-06-15T06:00:00Z') });
    expect(checkSchedule({ when: 'at', date: '2026-11-30', time: '09:00' }, JERUSALEM, NOW)).toMatchObject({ kind: 'past' });
  });
});

describe('the requests the form sends', () => {
  it('sends a channel’s own version only when it is customised, and null for "use the post’s"', () => {
    let f = form({ title: '  עוגה ', link: ' https://shaked.example ', channelIds: [bsky.id, masto.id], media: [image({ alt: ' cup ' }), image({ key: 'up', mediaId: null, state: 'failed' })] });
    f = setCustom(f, masto.id, true);
    f = { ...f, variants: { ...f.variants, [masto.id]: { ...f.variants[masto.id]!, text: 'Cheesecake', link: '' } } };
    expect(createBody(f)).toEqual({
      title: 'עוגה',
      body: 'שלום',
      link: 'https://shaked.example',
      media: [{ mediaId: image().mediaId, alt: 'cup' }],
      paid: false,
      campaignId: null,
      variants: [
        { channelId: bsky.id, text: null, link: null, media: null },
        { channelId: masto.id, text: 'Cheesecake', link: null, media: null },
      ],
      schedule: null,
    });
  });

  it('a channel switched off leaves the post, and one switched back keeps what was written for it', () => {
    let f = setCustom(form({ channelIds: [bsky.id, masto.id] }), masto.id, true);
    f = { ...f, variants: { ...f.variants, [masto.id]: { ...f.variants[masto.id]!, text: 'own words' } } };
    f = toggleChannel(f, masto.id, false);
    expect(createBody(f).variants.map((v) => v.channelId)).toEqual([bsky.id]);
    f = toggleChannel(f, masto.id, true);
    expect(createBody(f).variants[1]).toMatchObject({ text: 'own words' });
  });

  it('an edit carries its revision, and the time only when it moved', () => {
    const initial = form({ when: 'at', date: '2027-01-12', time: '09:00' });
    expect(updateBody({ ...initial, body: 'חדש' }, initial, 3)).not.toHaveProperty('schedule');
    expect(updateBody({ ...initial, time: '10:00' }, initial, 3)).toMatchObject({ revision: 3, schedule: { date: '2027-01-12', time: '10:00' } });
    expect(updateBody({ ...initial, when: 'asap' }, initial, 3)).toMatchObject({ schedule: { asap: true } });
  });

  it('a submission sends the schedule and a manager’s written override', () => {
    expect(submitBody(form({ when: 'asap' }), null)).toEqual({ schedule: { asap: true } });
    expect(submitBody(form({ date: '2027-01-12', time: '09:00' }), '  our public line  ')).toEqual({ schedule: { date: '2027-01-12', time: '09:00' }, override: { reason: 'our public line' } });
  });

  it('reads a saved post back on the brand’s clock, with each channel’s own version', () => {
    const post = {
      title: 't',
      body: 'main',
      link: null,
      media: [],
      paid: true,
      campaignId: null,
      status: 'scheduled',
      scheduledAt: '2027-06-15T06:00:00.000Z',
      submittedAt: '2027-06-01T06:00:00.000Z',
      variants: [
        { channelId: bsky.id, text: null, link: null, media: null },
        { channelId: masto.id, text: 'own', link: null, media: null },
      ],
    } as unknown as Post;
    const f = formOfPost(post, JERUSALEM);
    expect(f).toMatchObject({ when: 'at', date: '2027-06-15', time: '09:00', paid: true, channelIds: [bsky.id, masto.id] });
    expect(f.variants[bsky.id]!.custom).toBe(false);
    expect(f.variants[masto.id]).toMatchObject({ custom: true, text: 'own' });
    expect(formOfPost({ ...post, scheduledAt: null } as Post, JERUSALEM).when).toBe('asap');
  });
});
