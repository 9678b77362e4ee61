// The in-process PDS the Bluesky connector is tested against: an account is created through the PLC
// directory stand-in, and a post written in Hebrew with an emoji is there to read back, exactly once.
import { AtpAgent } from '@atproto/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPds, type TestPds } from './pds.ts';

let testPds: TestPds;
beforeAll(async () => {
  testPds = await startTestPds();
}, 60_000);
afterAll(async () => testPds?.close());

describe('the in-process Bluesky PDS', () => {
  it('creates an account, takes a post and gives it back', async () => {
    const agent = new AtpAgent({ service: testPds.url });
    await agent.createAccount({ handle: 'cafe.test', email: 'cafe@example.com', password: 'a long app password' });
    expect(agent.session?.did).toMatch(/^did:plc:/);
    const post = await agent.post({ text: 'בוקר טוב מקפה שקד ☕', createdAt: new Date().toISOString() });
    const feed = await agent.com.atproto.repo.listRecords({ repo: agent.session!.did, collection: 'app.bsky.feed.post' });
    expect(feed.data.records.map((r) => [r.uri, (r.value as { text: string }).text])).toEqual([[post.uri, 'בוקר טוב מקפה שקד ☕']]);
  });

  it('signs in again with the same password, as a connector would with an app password', async () => {
    const agent = new AtpAgent({ service: testPds.url });
    await agent.login({ identifier: 'cafe.test', password: 'a long app password' });
    expect(agent.session?.handle).toBe('cafe.test');
  });
});
