import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueEmail, SEND_EMAIL_JOB } from '../../services/mail/outbox.ts';
import { DEMO_WORKSPACE_ID as WS, startTestServer, type Session, type TestServer } from '../../testing/harness.ts';
import { freePort } from '../../testing/process.ts';
import { startSmtpServer } from '../../testing/smtp.ts';

// The mailer points at a port where nothing listens yet, so sending mail fails for real; later an
// SMTP server opens on that port, so a retried job can succeed.
let server: TestServer;
let smtpPort: number;
let smtp: Awaited<ReturnType<typeof startSmtpServer>> | null = null;
let admin: Session;
let owner: Session;
let editor: Session;

beforeAll(async () => {
  smtpPort = await freePort();
  server = await startTestServer({ smtpUrl: `smtp://127.0.0.1:${smtpPort}` });
  [owner, admin, editor] = await Promise.all([
    server.login('dana@shaked.example'),
    server.login('avi@shaked.example'),
    server.login('tal@pixel-agency.example'),
  ]);
});
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

const FAILED = `/api/v1/workspaces/${WS}/jobs/failed`;

interface FailedJob {
  id: string;
  name: string;
  error: string;
  data: Record<string, unknown>;
  createdOn: string;
  failedOn: string | null;
  retryCount: number;
}

async function failedIds(as: Session = admin): Promise<string[]> {
  const res = await as.as.get(`${FAILED}?limit=100`);
  expect(res.status).toBe(200);
  return res.body.items.map((j: FailedJob) => j.id);
}

async function until<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Queues a mail and an email job that may not retry, so the first delivery failure is final. */
async function failingMailJob(workspaceId: string, to = 'ops@example.com') {
  const emailId = await queueEmail(server.runtime.ctx.db, { workspaceId, to, subject: 'Weekly report', text: `Report for ${to}` });
  const jobId = await server.runtime.ctx.jobs.boss.send(SEND_EMAIL_JOB, { emailId, workspaceId }, { retryLimit: 0 });
  return { emailId, jobId: jobId! };
}

describe('failed jobs', () => {
  let jobId: string;
  let emailId: string;

  it('shows a job that failed for good to admins, with the reason', async () => {
    ({ jobId, emailId } = await failingMailJob(WS));
    const job = await until('the job to fail', async () => {
      const res = await admin.as.get(FAILED);
      return (res.body.items as FailedJob[]).find((j) => j.id === jobId);
    });
    expect(job).toMatchObject({ name: 'email.send', data: { emailId, workspaceId: WS }, retryCount: 0 });
    expect(job.error).toMatch(/ECONNREFUSED|connect/i);
    expect(job.failedOn).not.toBeNull();
    expect(await failedIds(owner)).toContain(jobId);
  });

  it('refuses editors (403) for the list and for retries', async () => {
    const list = await editor.as.get(FAILED);
    expect(list.status).toBe(403);
    expect(list.body.error.code).toBe('forbidden');
    const retry = await editor.as.post(`/api/v1/workspaces/${WS}/jobs/${jobId}/retry`);
    expect(retry.status).toBe(403);
    expect(await failedIds()).toContain(jobId);
  });

  it('keeps another workspace\'s failed jobs out of the list and out of reach', async () => {
    const other = await owner.as.post('/api/v1/workspaces', { name: 'Dana Side Project', kind: 'company' });
    const otherId: string = other.body.workspace.id;
    const { jobId: foreignJob } = await failingMailJob(otherId, 'side@example.com');
    await until('the other workspace\'s job to fail', async () => (await owner.as.get(`/api/v1/workspaces/${otherId}/jobs/failed`)).body.items.some((j: FailedJob) => j.id === foreignJob));
    expect(await failedIds()).not.toContain(foreignJob);
    const retry = await admin.as.post(`/api/v1/workspaces/${WS}/jobs/${foreignJob}/retry`);
    expect(retry.status).toBe(404);
    expect(retry.body.error.code).toBe('not_found');
    const unknown = await admin.as.post(`/api/v1/workspaces/${WS}/jobs/00000000-0000-4000-8000-000000000000/retry`);
    expect(unknown.status).toBe(404);
  });

  it('keeps jobs that belong to no workspace out of every workspace\'s list', async () => {
    const emailId = await queueEmail(server.runtime.ctx.db, { workspaceId: null, to: 'system@example.com', subject: 'x', text: 'x' });
    const systemJob = (await server.runtime.ctx.jobs.boss.send(SEND_EMAIL_JOB, { emailId }, { retryLimit: 0 }))!;
    await until('the system job to fail', async () => {
      const { rows } = await server.runtime.ctx.database.executeSql(`select state from pgboss.job where id = $1`, [systemJob]);
      return rows[0]?.state === 'failed' ? true : undefined;
    });
    expect(await failedIds()).not.toContain(systemJob);
  });

  it('pages through failed jobs with the cursor, each exactly once, even jobs made in the same instant', async () => {
    // One insert gives the three jobs the same creation time, down to the microsecond.
    const more = await Promise.all(['a', 'b', 'c'].map(async (who) => ({
      id: randomUUID(),
      name: SEND_EMAIL_JOB,
      data: { emailId: await queueEmail(server.runtime.ctx.db, { workspaceId: WS, to: `${who}@example.com`, subject: 'Digest', text: 'Digest' }), workspaceId: WS },
      retryLimit: 0,
    })));
    await server.runtime.ctx.jobs.boss.insert(more);
    await until('three more jobs to fail', async () => {
      const ids = await failedIds();
      return more.every((m) => ids.includes(m.id));
    });
    const all = await failedIds();
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: { status: number; body: { items: FailedJob[]; nextCursor: string | null } } = await admin.as.get(`${FAILED}?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((j) => j.id));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor && pages < 20);
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(all.length);
  });

  it('retries a failed job: 202, it leaves the failed list, the mail goes out, and the retry is audited', async () => {
    smtp = await startSmtpServer({ port: smtpPort });

    const res = await admin.as.post(`/api/v1/workspaces/${WS}/jobs/${jobId}/retry`);
    expect(res.status).toBe(202);
    expect(await failedIds()).not.toContain(jobId);
    await until('the retried mail to arrive', async () => smtp!.received.some((m) => m.to.includes('ops@example.com')));
    await until('the retried job to complete', async () => (await server.runtime.ctx.jobs.boss.getJobById(SEND_EMAIL_JOB, jobId))?.state === 'completed');
    expect(await failedIds()).not.toContain(jobId);

    const audit = await owner.as.get(`/api/v1/workspaces/${WS}/audit?action=job.retry`);
    expect(audit.body.items).toEqual([expect.objectContaining({ targetType: 'job', targetId: jobId, actor: expect.objectContaining({ email: 'avi@shaked.example' }) })]);
    // It is no longer a failed job, so it cannot be retried again.
    expect((await admin.as.post(`/api/v1/workspaces/${WS}/jobs/${jobId}/retry`)).status).toBe(404);
  });
});
