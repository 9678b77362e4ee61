// `npm run bench:publish`: many posts falling due within one minute on three channels — Bluesky on
// the in-process PDS, Mastodon on the stand-in, a webhook to a signing receiver — published by real
// worker processes (`serve --role worker`) on one PostgreSQL database. Prints the time until every
// variant is published, how late each one went out against its scheduled time, failures, and what
// each network received twice (must be 0). Figures only: it never fails on speed.
//
// The posts are made the way people make them, through Brandroom's API (in this process, as the
// `api` role, which sends jobs and never works them): a draft with a variant per channel, then
// submitted for its instant, which checks the policy, queues the variants (queueVariants) and sends
// their jobs to wake at the due time (sendDispatches). The workers then do the rest.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { eq, inArray, sql } from 'drizzle-orm';
import { channels, posts, postVariants, publishAttempts } from '../server/db/schema.ts';
import { DEMO_BRANDS } from '../server/demo/ids.ts';
import { startMastodonStandIn, type MastodonStandIn } from '../server/testing/mastodon.ts';
import { createThrowawayDatabase, redactUrl } from '../server/testing/pg-database.ts';
import { startTestPds, type TestPds } from '../server/testing/pds.ts';
import { freePort } from '../server/testing/process.ts';
import { createPdsAccount, newSecretKey, pdsPosts, startSetupServer, startWorker, type ApiClient, type Answer, type SetupServer, type WorkerProcess } from '../server/testing/publish-workers.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../server/testing/webhook-receiver.ts';
import { percentile } from './lib/load.ts';

const TARGET_P95_LATENESS_MS = 5000;
/** Set-up ends at least this long before the first post falls due (the workers start meanwhile). */
const LEAD_SECONDS = 30;
/** How long after the last due time the run waits for stragglers before it reports what it has. */
const GIVE_UP_AFTER_LAST_DUE_MS = 5 * 60_000;
/** Requests in flight at once while the posts are written and submitted. */
const SETUP_CONCURRENCY = 8;
const NETWORKS = ['bluesky', 'mastodon', 'webhook'] as const;
type Network = (typeof NETWORKS)[number];
/** Every non-empty set of the three channels, in turn: each channel gets 4 posts of every 7. */
const MIXES: Network[][] = [['bluesky'], ['mastodon'], ['webhook'], ['bluesky', 'mastodon'], ['bluesky', 'webhook'], ['mastodon', 'webhook'], ['bluesky', 'mastodon', 'webhook']];
const cafe = DEMO_BRANDS.cafe;

const USAGE = `Usage: npm run bench:publish -- [--posts 1000] [--workers 2] [--spread-seconds 60]
Needs PostgreSQL: an admin URL (the role needs CREATEDB) in BENCH_DATABASE_URL or TEST_DATABASE_URL;
a fresh database is created and dropped.`;

class UsageError extends Error {}

function parseOptions() {
  const { values } = parseArgs({
    options: {
      posts: { type: 'string', default: '1000' },
      workers: { type: 'string', default: '2' },
      'spread-seconds': { type: 'string', default: '60' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const count = (name: string, raw: string, min: number) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be a whole number ≥ ${min} (got "${raw}").`);
    return n;
  };
  return {
    posts: count('posts', values.posts, 1),
    workers: count('workers', values.workers, 1),
    spreadSeconds: count('spread-seconds', values['spread-seconds'], 0),
    adminUrl: process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || null,
  };
}
type Options = ReturnType<typeof parseOptions>;

const log = (line: string) => process.stderr.write(`${line}\n`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function must(answer: Answer, status: number, what: string) {
  if (answer.status !== status) throw new Error(`${what}: expected ${status}, got ${answer.status}: ${JSON.stringify(answer.body).slice(0, 800)}`);
  return answer.body;
}

/** Runs fn on every item, `limit` at a time. */
async function eachLimited<T>(items: T[], limit: number, fn: (item: T, index: number) => Promise<void>) {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      await fn(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

interface Networks {
  pds: TestPds;
  mastodon: MastodonStandIn;
  receiver: WebhookReceiver;
  did: string;
  mastodonAccount: string;
  channelIds: Record<Network, string>;
}

async function connectChannels(noa: ApiClient, cleanups: (() => Promise<void>)[]): Promise<Networks> {
  const [pds, mastodon] = await Promise.all([startTestPds(), startMastodonStandIn({ requestsPerWindow: null })]);
  cleanups.push(() => pds.close(), () => mastodon.close());
  const bluesky = await createPdsAccount(pds.url, 'bench.test');
  const account = mastodon.createAccount('bench');
  const port = await freePort();
  const bsky = must(await noa.post(`/api/v1/brands/${cafe}/channels`, { network: 'bluesky', handle: 'bench.test', appPassword: bluesky.appPassword, pdsUrl: pds.url }), 201, 'Connect Bluesky');
  const masto = must(await noa.post(`/api/v1/brands/${cafe}/channels`, { network: 'mastodon', instanceUrl: mastodon.url, accessToken: account.token }), 201, 'Connect Mastodon');
  const hook = must(await noa.post(`/api/v1/brands/${cafe}/channels`, { network: 'webhook', url: `http://127.0.0.1:${port}/hook` }), 201, 'Connect the webhook');
  const receiver = await startWebhookReceiver({ secret: hook.webhookSecret, port });
  cleanups.push(() => receiver.close());
  return {
    pds,
    mastodon,
    receiver,
    did: bluesky.did,
    mastodonAccount: account.id,
    channelIds: { bluesky: bsky.channel.id, mastodon: masto.channel.id, webhook: hook.channel.id },
  };
}

/** Writes every post as a draft, then submits each for its instant: the first about LEAD_SECONDS after set-up ends, the rest spread evenly after it. */
async function schedulePosts(opts: Options, noa: ApiClient, networks: Networks) {
  const run = Date.now().toString(36);
  const drafts: string[] = new Array(opts.posts);
  const draftsStart = Date.now();
  await eachLimited([...drafts.keys()], SETUP_CONCURRENCY, async (i) => {
    const mix = MIXES[i % MIXES.length]!;
    const body = `Bench ${run} post ${i + 1} of ${opts.posts}: a good cup of coffee to start the morning.`;
    drafts[i] = must(await noa.post(`/api/v1/brands/${cafe}/posts`, { body, variants: mix.map((n) => ({ channelId: networks.channelIds[n] })) }), 201, 'Write a post').post.id;
  });
  const draftsMs = Date.now() - draftsStart;
  // Submitting (the policy check, queueing, a job per variant) took about three times as long as
  // writing the drafts on the machine this was written on; four keeps the first due time at least
  // LEAD_SECONDS after the last submission. The report says how long the lead really was.
  const firstDue = Date.now() + LEAD_SECONDS * 1000 + 4 * draftsMs;
  const spreadMs = opts.spreadSeconds * 1000;
  const dueOf = (i: number) => new Date(firstDue + (opts.posts > 1 ? Math.round((i * spreadMs) / (opts.posts - 1)) : 0));
  log(`Wrote ${opts.posts} drafts in ${seconds(draftsMs)}; submitting them for ${dueOf(0).toISOString()} … ${dueOf(opts.posts - 1).toISOString()}.`);
  await eachLimited(drafts, SETUP_CONCURRENCY, async (postId, i) => {
    const post = must(await noa.post(`/api/v1/brands/${cafe}/posts/${postId}/submit`, { schedule: { instant: dueOf(i).toISOString() } }), 200, 'Submit a post').post;
    if (post.status !== 'scheduled') throw new Error(`Submit a post: it is ${post.status}, not scheduled: ${JSON.stringify(post.findings)}`);
  });
  return { postIds: drafts, firstDue, lastDue: dueOf(opts.posts - 1).getTime() };
}

/** Where the variants stand: how many are settled (published or failed) of all. */
async function settled(setup: SetupServer, postIds: string[]) {
  const rows = await setup.runtime.ctx.db
    .select({ state: postVariants.state, n: sql<number>`count(*)::int` })
    .from(postVariants)
    .where(inArray(postVariants.postId, postIds))
    .groupBy(postVariants.state);
  const n = (state: string) => rows.find((r) => r.state === state)?.n ?? 0;
  return { published: n('published'), failed: n('failed'), total: rows.reduce((sum, r) => sum + r.n, 0) };
}

async function waitForAll(setup: SetupServer, postIds: string[], lastDue: number) {
  const deadline = lastDue + GIVE_UP_AFTER_LAST_DUE_MS;
  let shown = 0;
  for (;;) {
    const s = await settled(setup, postIds);
    if (s.published + s.failed === s.total) return true;
    if (Date.now() > deadline) return false;
    if (Date.now() - shown > 5000) {
      shown = Date.now();
      log(`  ${s.published} published, ${s.failed} failed of ${s.total} variants`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

interface Spread {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

interface Figures {
  variants: number;
  byNetwork: Record<Network, number>;
  published: number;
  failed: number;
  waiting: number;
  lateness: Spread;
  confirmed: Spread;
  latenessByNetwork: Record<Network, Spread>;
  /** One attempt, from the claim to its outcome recorded: mostly the network's answer. */
  attemptByNetwork: Record<Network, Spread>;
  firstDueToAllMs: number | null;
  lastDueToAllMs: number | null;
  outcomes: Record<string, number>;
  workers: Record<string, number>;
  duplicates: Record<Network, { received: number; expected: number; twice: number; note: string }>;
}

function spreadOf(values: number[]): Spread {
  const sorted = Float64Array.from(values).sort();
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted.length ? sorted[sorted.length - 1]! : Number.NaN };
}

/** The excess copies in a list of keys: n items with k distinct keys hold n − k twins. */
const twins = (keys: (string | null)[]) => keys.length - new Set(keys).size;

async function collect(setup: SetupServer, networks: Networks, postIds: string[], firstDue: number, lastDue: number): Promise<Figures> {
  const { db } = setup.runtime.ctx;
  const rows = await db
    .select({
      id: postVariants.id,
      state: postVariants.state,
      network: channels.network,
      key: postVariants.idempotencyKey,
      scheduledAt: posts.scheduledAt,
      publishedAt: postVariants.publishedAt,
      confirmedAt: postVariants.updatedAt,
    })
    .from(postVariants)
    .innerJoin(posts, eq(posts.id, postVariants.postId))
    .innerJoin(channels, eq(channels.id, postVariants.channelId))
    .where(inArray(postVariants.postId, postIds));
  const done = rows.filter((r) => r.state === 'published');
  const late = done.map((r) => r.publishedAt!.getTime() - r.scheduledAt!.getTime());
  const confirmed = done.map((r) => r.confirmedAt.getTime() - r.scheduledAt!.getTime());
  const lastConfirmed = done.length === rows.length ? Math.max(...done.map((r) => r.confirmedAt.getTime())) : null;
  const attempts = await db
    .select({ outcome: publishAttempts.outcome, worker: publishAttempts.worker, network: channels.network, startedAt: publishAttempts.startedAt, finishedAt: publishAttempts.finishedAt })
    .from(publishAttempts)
    .innerJoin(postVariants, eq(postVariants.id, publishAttempts.variantId))
    .innerJoin(channels, eq(channels.id, postVariants.channelId))
    .where(inArray(postVariants.postId, postIds));
  const tally = (by: 'outcome' | 'worker') => attempts.reduce<Record<string, number>>((acc, a) => ({ ...acc, [a[by]]: (acc[a[by]] ?? 0) + 1 }), {});
  const perNetwork = <T>(fn: (network: Network) => T) => Object.fromEntries(NETWORKS.map((n) => [n, fn(n)])) as Record<Network, T>;
  const expected = (network: Network) => rows.filter((r) => r.network === network).length;

  const records = await pdsPosts(networks.pds.url, networks.did);
  const statuses = networks.mastodon.statuses(networks.mastodonAccount);
  const deliveries = networks.receiver.deliveries();
  return {
    variants: rows.length,
    byNetwork: { bluesky: expected('bluesky'), mastodon: expected('mastodon'), webhook: expected('webhook') },
    published: done.length,
    failed: rows.filter((r) => r.state === 'failed').length,
    waiting: rows.filter((r) => r.state !== 'published' && r.state !== 'failed').length,
    lateness: spreadOf(late),
    confirmed: spreadOf(confirmed),
    latenessByNetwork: perNetwork((n) => spreadOf(done.filter((r) => r.network === n).map((r) => r.publishedAt!.getTime() - r.scheduledAt!.getTime()))),
    attemptByNetwork: perNetwork((n) => spreadOf(attempts.filter((a) => a.network === n).map((a) => a.finishedAt.getTime() - a.startedAt.getTime()))),
    firstDueToAllMs: lastConfirmed === null ? null : lastConfirmed - firstDue,
    lastDueToAllMs: lastConfirmed === null ? null : lastConfirmed - lastDue,
    outcomes: tally('outcome'),
    workers: tally('worker'),
    duplicates: {
      bluesky: { received: records.length, expected: expected('bluesky'), twice: twins(records.map((r) => r.brandroomKey ?? r.uri)), note: 'records in the repository, by idempotency key' },
      mastodon: { received: statuses.length, expected: expected('mastodon'), twice: twins(statuses.map((s) => s.idempotencyKey ?? s.id)), note: 'statuses of the account, by Idempotency-Key' },
      webhook: {
        received: deliveries.length,
        expected: expected('webhook'),
        twice: twins(deliveries.map((d) => String(d.body.variantId))) + networks.receiver.duplicates(),
        note: `deliveries kept, by variant; plus ${networks.receiver.duplicates()} repeated delivery id(s)`,
      },
    },
  };
}

// Taken before anything starts: other programs busy on the machine change every figure.
const LOAD_AT_START = os.loadavg();

function print(opts: Options, f: Figures, serverVersion: string, setupMs: number, leadMs: number) {
  const cpus = os.cpus();
  const ms = (n: number) => (Number.isFinite(n) ? `${(n / 1000).toFixed(2)} s` : '–');
  const command = `BENCH_DATABASE_URL=${redactUrl(opts.adminUrl!)} npm run bench:publish -- --posts ${opts.posts} --workers ${opts.workers} --spread-seconds ${opts.spreadSeconds}`;
  console.log('');
  console.log(`Machine: ${cpus.length} CPU${cpus.length === 1 ? '' : 's'} (${cpus[0]?.model.trim() ?? 'unknown'}), ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}`);
  console.log(`Node ${process.version}; PostgreSQL ${serverVersion}; ${new Date().toISOString()}; load average before the run ${LOAD_AT_START.map((n) => n.toFixed(2)).join(' ')} (1, 5, 15 min)`);
  console.log(
    `Run: ${opts.posts} posts → ${f.variants} variants (Bluesky ${f.byNetwork.bluesky}, Mastodon ${f.byNetwork.mastodon}, webhook ${f.byNetwork.webhook}; each post to 1–3 channels, every mix in turn), ` +
      `due over ${opts.spreadSeconds} s; ${opts.workers} worker process${opts.workers === 1 ? '' : 'es'} (serve --role worker, 16 publish jobs at once each).`,
  );
  console.log(`Networks in the benchmark's own process: the Bluesky PDS, the Mastodon stand-in (no rate limit), the webhook receiver.`);
  console.log(`Posts made through the API (write a draft, submit it for its instant); set-up took ${seconds(setupMs)}; the first post fell due ${seconds(leadMs)} after it ended.`);
  console.log('');
  console.log(`Published ${f.published} of ${f.variants}; failed ${f.failed}; still waiting ${f.waiting}.`);
  console.log(`Time from the first due time until every variant was published: ${f.firstDueToAllMs === null ? 'not reached' : ms(f.firstDueToAllMs)} (the last one ${f.lastDueToAllMs === null ? '–' : ms(f.lastDueToAllMs)} after the last due time).`);
  console.log('Lateness (published − scheduled)          p50       p95       p99       max');
  const row = (label: string, s: Spread) => console.log(`${label.padEnd(40)} ${ms(s.p50).padStart(8)}  ${ms(s.p95).padStart(8)}  ${ms(s.p99).padStart(8)}  ${ms(s.max).padStart(8)}`);
  row('  as the network dated it', f.lateness);
  row('  until Brandroom recorded it', f.confirmed);
  for (const network of NETWORKS) row(`  ${network}, as the network dated it`, f.latenessByNetwork[network]);
  console.log(`One attempt, claim → outcome recorded (p50 / p95): ${NETWORKS.map((n) => `${n} ${ms(f.attemptByNetwork[n].p50)} / ${ms(f.attemptByNetwork[n].p95)}`).join('; ')}.`);
  console.log(`Target (p95 lateness < ${TARGET_P95_LATENESS_MS / 1000} s): ${f.lateness.p95 < TARGET_P95_LATENESS_MS ? 'met' : 'not met'} (${ms(f.lateness.p95)}).`);
  console.log(`Publish attempts by outcome: ${Object.entries(f.outcomes).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}.`);
  console.log(`Attempts by worker process: ${Object.values(f.workers).join(' / ') || 'none'}.`);
  console.log('Duplicates (must be 0):');
  for (const network of NETWORKS) {
    const d = f.duplicates[network];
    console.log(`  ${network.padEnd(9)} ${String(d.twice).padStart(3)}   (${d.received} received for ${d.expected} variants; ${d.note})`);
  }
  console.log(`  $ ${command}`);
}

async function runCleanups(cleanups: (() => Promise<void>)[]) {
  while (cleanups.length > 0) {
    await cleanups
      .pop()!()
      .catch((err: unknown) => log(`Cleanup failed: ${(err as Error).message}`));
  }
}

async function main() {
  const opts = parseOptions();
  if (!opts.adminUrl) {
    console.log('Publish benchmark skipped: it needs PostgreSQL. Set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to an admin URL, e.g.');
    console.log('  BENCH_DATABASE_URL=postgres://brandroom:brandroom@127.0.0.1:5432/brandroom npm run bench:publish');
    return;
  }
  const cleanups: (() => Promise<void>)[] = [];
  process.once('SIGINT', () => {
    log('Interrupted: stopping the workers and dropping the database…');
    void runCleanups(cleanups).finally(() => process.exit(130));
  });
  try {
    const database = await createThrowawayDatabase(opts.adminUrl, 'brandroom_bench');
    cleanups.push(database.drop);
    log(`PostgreSQL ${database.serverVersion}: created a fresh database.`);
    const secretKey = newSecretKey();
    const setupStart = Date.now();
    const setup = await startSetupServer({ databaseUrl: database.url, secretKey });
    cleanups.push(() => setup.close());
    const noa = await setup.login('noa@shaked.example');
    // The demo brand asks for approval; here every post goes straight to its time.
    must(await noa.put(`/api/v1/brands/${cafe}/approval-flow`, { steps: [] }), 200, 'Remove the approval flow');
    const networks = await connectChannels(noa, cleanups);
    const { postIds, firstDue, lastDue } = await schedulePosts(opts, noa, networks);
    const setupEnd = Date.now();
    log(`Set-up done in ${seconds(setupEnd - setupStart)}; starting ${opts.workers} worker process(es); the first post falls due in ${seconds(firstDue - setupEnd)}.`);

    const workers: WorkerProcess[] = await Promise.all(Array.from({ length: opts.workers }, () => startWorker({ databaseUrl: database.url, secretKey })));
    cleanups.push(async () => {
      await Promise.all(workers.map((w) => w.kill('SIGKILL')));
    });
    if (Date.now() > firstDue) log('WARNING: the workers started after the first post fell due; its lateness includes their start-up.');

    const all = await waitForAll(setup, postIds, lastDue);
    if (!all) {
      log(`Not every variant settled within ${seconds(GIVE_UP_AFTER_LAST_DUE_MS)} after the last due time; the figures below count what did. The workers said:`);
      for (const w of workers) log(w.output().slice(-2000));
    }
    // Everything the networks will receive has arrived: a variant is settled only after its answer.
    const figures = await collect(setup, networks, postIds, firstDue, lastDue);
    print(opts, figures, database.serverVersion, setupEnd - setupStart, firstDue - setupEnd);
  } finally {
    await runCleanups(cleanups);
  }
}

main().catch((err: unknown) => {
  if (err instanceof UsageError) {
    console.error(`${err.message}\n${USAGE}`);
    process.exit(2);
  }
  console.error(`The publish benchmark could not run: ${(err as Error).stack ?? err}`);
  process.exit(1);
});
