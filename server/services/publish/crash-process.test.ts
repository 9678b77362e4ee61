// No duplicates when a real worker process dies: `serve --role worker` is killed with SIGKILL after
// the Bluesky PDS stored the post and before the worker could record that it did (a proxy in front
// of the PDS holds the answer back and kills the worker when it arrives). A fresh worker then finds
// the post on the PDS instead of sending it again. Then two worker processes race for 20 due posts.
//
// PostgreSQL only (runs when TEST_DATABASE_URL is set): the set-up and every worker are separate
// processes sharing one database, which the embedded PGlite (one process) cannot do.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postVariants, publishAttempts } from '../../db/schema.ts';
import { DEMO_BRANDS } from '../../demo/ids.ts';
import { createThrowawayDatabase, type ThrowawayDatabase } from '../../testing/pg-database.ts';
import { startTestPds, type TestPds } from '../../testing/pds.ts';
import { freePort, waitFor } from '../../testing/process.ts';
import { createPdsAccount, newSecretKey, pdsPosts, startSetupServer, startWorker, type ApiClient, type SetupServer, type WorkerProcess } from '../../testing/publish-workers.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../../testing/webhook-receiver.ts';
import { PUBLISH_JOB } from './dispatch.ts';
import { requeueStranded } from './sweep.ts';

/** The PDS calls that store a post: their answer is the one a dying worker never reads. */
const WRITES = ['/xrpc/com.atproto.repo.createRecord', '/xrpc/com.atproto.repo.applyWrites'];

interface PdsProxy {
  url: string;
  /** The next write is passed on to the PDS; when its answer comes back, `cut` runs and the answer is never forwarded. */
  cutAfterNextWrite(cut: (status: number) => Promise<void>): void;
  close(): Promise<void>;
}

/** Passes every request on to the PDS unchanged, except the write it was told to cut. */
async function startPdsProxy(target: string): Promise<PdsProxy> {
  const upstream = new URL(target);
  let cut: ((status: number) => Promise<void>) | null = null;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const forward = http.request(new URL(req.url ?? '/', upstream), { method: req.method, headers: { ...req.headers, host: upstream.host } }, (answer) => {
        const parts: Buffer[] = [];
        answer.on('data', (c: Buffer) => parts.push(c));
        answer.on('end', () => {
          const body = Buffer.concat(parts);
          if (cut && WRITES.some((w) => req.url?.startsWith(w))) {
            const run = cut;
            cut = null;
            void run(answer.statusCode ?? 0).finally(() => res.destroy());
            return;
          }
          const { 'transfer-encoding': _, connection: __, ...headers } = answer.headers;
          res.writeHead(answer.statusCode ?? 502, { ...headers, 'content-length': String(body.length) });
          res.end(body);
        });
      });
      forward.on('error', (err) => {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(err.message);
      });
      forward.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    cutAfterNextWrite(next) {
      cut = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const adminUrl = process.env.TEST_DATABASE_URL;
const cafe = DEMO_BRANDS.cafe;

describe.skipIf(!adminUrl)('worker processes on PostgreSQL', () => {
  const secretKey = newSecretKey();
  const workers: WorkerProcess[] = [];
  let database: ThrowawayDatabase;
  let setup: SetupServer;
  let pds: TestPds;
  let proxy: PdsProxy;
  let receiver: WebhookReceiver;
  let noa: ApiClient;
  let did = '';
  const channel = { bluesky: '', webhook: '' };

  const worker = async () => {
    const started = await startWorker({ databaseUrl: database.url, secretKey });
    workers.push(started);
    return started;
  };

  const variantRow = async (variantId: string) => (await setup.runtime.ctx.db.select().from(postVariants).where(eq(postVariants.id, variantId)))[0]!;

  async function draft(body: string, channels: string[]): Promise<string> {
    const created = await noa.post(`/api/v1/brands/${cafe}/posts`, { body, variants: channels.map((channelId) => ({ channelId })) });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.post.id;
  }

  /** Submits the post for `at`; the brand has no approval flow, so it is scheduled at once. */
  async function submit(postId: string, at: Date) {
    const submitted = await noa.post(`/api/v1/brands/${cafe}/posts/${postId}/submit`, { schedule: { instant: at.toISOString() } });
    expect(submitted.body.post?.status, JSON.stringify(submitted.body)).toBe('scheduled');
    return submitted.body.post as { id: string; variants: { id: string; channelId: string }[] };
  }

  beforeAll(async () => {
    [database, pds] = await Promise.all([createThrowawayDatabase(adminUrl!, 'brandroom_crash'), startTestPds()]);
    setup = await startSetupServer({ databaseUrl: database.url, secretKey });
    proxy = await startPdsProxy(pds.url);
    noa = await setup.login('noa@shaked.example');
    // The demo brand has an approval flow; here every post goes straight to its time.
    expect((await noa.put(`/api/v1/brands/${cafe}/approval-flow`, { steps: [] })).status).toBe(200);
    const account = await createPdsAccount(pds.url, 'crash.test');
    did = account.did;
    // The channel's PDS address is the proxy: every worker reaches the PDS through it.
    const bluesky = await noa.post(`/api/v1/brands/${cafe}/channels`, { network: 'bluesky', handle: 'crash.test', appPassword: account.appPassword, pdsUrl: proxy.url });
    expect(bluesky.status, JSON.stringify(bluesky.body)).toBe(201);
    channel.bluesky = bluesky.body.channel.id;
    const port = await freePort();
    const hook = await noa.post(`/api/v1/brands/${cafe}/channels`, { network: 'webhook', url: `http://127.0.0.1:${port}/hook` });
    expect(hook.status, JSON.stringify(hook.body)).toBe(201);
    channel.webhook = hook.body.channel.id;
    receiver = await startWebhookReceiver({ secret: hook.body.webhookSecret, port });
  }, 90_000);

  afterAll(async () => {
    // Killed, not stopped: nothing of theirs needs to finish, and the database is dropped next.
    await Promise.all(workers.map((w) => w.kill('SIGKILL')));
    await setup?.close();
    await database?.drop();
    await Promise.all([proxy?.close(), pds?.close(), receiver?.close()]);
  }, 30_000);

  it('a worker killed after the PDS stored the post: a fresh worker finds it there and posts nothing again', async () => {
    const text = 'Fresh roast of the week, sent once';
    const post = await submit(await draft(text, [channel.bluesky]), new Date());
    const variantId = post.variants[0]!.id;

    const first = await worker();
    const cut = new Promise<number>((resolve) =>
      proxy.cutAfterNextWrite(async (status) => {
        resolve(status);
        await first.kill('SIGKILL');
      }),
    );
    const timeout = new Promise((resolve) => setTimeout(() => resolve('no write reached the PDS in 20 s'), 20_000));
    expect(await Promise.race([cut, first.exited.then((code) => `the worker exited on its own (${code})`), timeout])).toBe(200);
    await first.exited;

    // The PDS has the post; the database still says a worker holds it, with no outcome recorded.
    const stored = (await pdsPosts(pds.url, did)).filter((p) => p.text === text);
    expect(stored).toHaveLength(1);
    const orphaned = await variantRow(variantId);
    expect([orphaned.state, orphaned.remoteId, orphaned.attempts]).toEqual(['publishing', null, 1]);
    expect(await setup.runtime.ctx.db.select().from(publishAttempts).where(eq(publishAttempts.variantId, variantId))).toEqual([]);

    // Time passes: the dead worker's lease (LEASE_SECONDS) runs out. Moved back here rather than waited for.
    await setup.runtime.ctx.db.update(postVariants).set({ leaseUntil: sql`now() - interval '1 second'` }).where(eq(postVariants.id, variantId));
    const second = await worker();
    // The sweep a worker runs every minute, run now: it wakes a job for the variant whose lease ran out.
    expect(await requeueStranded(setup.runtime.ctx)).toBeGreaterThanOrEqual(1);
    await waitFor('the fresh worker to settle the post', async () => ((await variantRow(variantId)).state === 'published' ? true : undefined), 30_000).catch((err: Error) => {
      throw new Error(`${err.message}\n${second.output()}`);
    });

    const published = await variantRow(variantId);
    expect(published.remoteId).toBe(stored[0]!.uri);
    expect(published.remoteUrl).toBe(`https://bsky.app/profile/crash.test/post/${stored[0]!.uri.split('/').pop()}`);
    expect([published.attempts, published.outcomeUnknown]).toEqual([2, false]);
    const page = await noa.get(`/api/v1/brands/${cafe}/posts/${post.id}`);
    expect([page.body.post.status, page.body.post.variants[0].remoteUrl]).toEqual(['published', published.remoteUrl]);
    expect((await pdsPosts(pds.url, did)).filter((p) => p.text === text)).toHaveLength(1);
    // The history: the killed worker wrote nothing; its attempt (the first) is only counted. The second
    // found the post by the status check, in the fresh worker.
    const history = await setup.runtime.ctx.db.select().from(publishAttempts).where(eq(publishAttempts.variantId, variantId));
    expect(history.map((a) => [a.attempt, a.outcome, a.worker])).toEqual([[2, 'found', second.name]]);
  }, 90_000);

  it('two workers racing for 20 due posts: each post reaches each network exactly once', async () => {
    await Promise.all(workers.splice(0).map((w) => w.kill('SIGKILL')));
    const racing = await Promise.all([worker(), worker()]);
    const drafts = await Promise.all(Array.from({ length: 20 }, (_, i) => draft(`Race ${i + 1} of 20`, [channel.bluesky, channel.webhook])));
    // A moment ahead, so that both workers are polling when the posts fall due together.
    const due = new Date(Date.now() + 3000);
    const posts = await Promise.all(drafts.map((postId) => submit(postId, due)));
    const variantIds = posts.flatMap((p) => p.variants.map((v) => v.id));
    // A second wake-up per variant (as the sweep sends when it takes a waiting variant for a lost one),
    // so both workers really try to claim the same variants at the same moment.
    await Promise.all(variantIds.map((variantId) => setup.runtime.ctx.jobs.send(PUBLISH_JOB, { variantId }, { startAfter: due })));

    await waitFor(
      'every variant published',
      async () => {
        const rows = await setup.runtime.ctx.db.select({ state: postVariants.state }).from(postVariants).where(inArray(postVariants.id, variantIds));
        return rows.every((r) => r.state === 'published') ? true : undefined;
      },
      40_000,
    ).catch((err: Error) => {
      throw new Error(`${err.message}\n${racing.map((w) => w.output()).join('\n')}`);
    });

    const onPds = (await pdsPosts(pds.url, did)).filter((p) => p.text.startsWith('Race '));
    expect(onPds).toHaveLength(20);
    expect(new Set(onPds.map((p) => p.text)).size).toBe(20);
    const delivered = receiver.deliveries().filter((d) => String(d.body.text).startsWith('Race '));
    expect(delivered).toHaveLength(20);
    expect(new Set(delivered.map((d) => d.body.variantId)).size).toBe(20);
    expect(receiver.duplicates()).toBe(0);
    // One attempt per variant: the worker that lost a claim did nothing and wrote nothing.
    const history = await setup.runtime.ctx.db
      .select({ variantId: publishAttempts.variantId, outcome: publishAttempts.outcome, worker: publishAttempts.worker })
      .from(publishAttempts)
      .where(inArray(publishAttempts.variantId, variantIds));
    expect(history).toHaveLength(variantIds.length);
    expect(new Set(history.map((h) => h.outcome))).toEqual(new Set(['published']));
    // Both processes did publish: the claims were really contested across processes.
    expect(new Set(history.map((h) => h.worker))).toEqual(new Set(racing.map((w) => w.name)));
  }, 90_000);
});
