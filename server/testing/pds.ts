// A real Bluesky PDS (@atproto/pds) in the test process, fully offline: its PLC directory is a small
// in-memory HTTP server that checks each DID's signed genesis operation with @did-plc/lib and answers
// the DID documents the PDS asks for. Connector tests publish to it and read back what it holds.
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Secp256k1Keypair } from '@atproto/crypto';
import * as pds from '@atproto/pds';
import * as plc from '@did-plc/lib';
import { freePort } from './process.ts';

export interface TestPds {
  /** Base URL of the PDS, e.g. http://localhost:41234 */
  url: string;
  close: () => Promise<void>;
}

type PlcOperation = Parameters<typeof plc.opToData>[1];

/** The PLC directory's part the PDS uses: create a DID (POST /:did), resolve it (GET /:did, /:did/data). */
async function startPlcDirectory(): Promise<{ url: string; close: () => Promise<void> }> {
  const log = new Map<string, PlcOperation[]>();
  const server = http.createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const [didPart = '', rest = ''] = (req.url ?? '/').slice(1).split(/\/(.*)/s);
    const did = decodeURIComponent(didPart);
    if (req.method === 'POST') {
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      req.on('end', () => {
        void (async () => {
          try {
            const op = JSON.parse(raw) as PlcOperation;
            const ops = log.get(did) ?? [];
            // A DID is created only by its own validly signed genesis operation; later ones follow it.
            if (ops.length === 0) await plc.assureValidCreationOp(did, op as Parameters<typeof plc.assureValidCreationOp>[1]);
            log.set(did, [...ops, op]);
            send(200, {});
          } catch (err) {
            send(400, { message: (err as Error).message });
          }
        })();
      });
      return;
    }
    const ops = log.get(did);
    if (!ops) return send(404, { message: `DID not registered: ${did}` });
    const data = plc.opToData(did, ops[ops.length - 1]!);
    if (rest === 'data') return send(200, data);
    if (rest === 'log/last') return send(200, ops[ops.length - 1]);
    return send(200, plc.formatDidDoc(data!));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function startTestPds(): Promise<TestPds> {
  const directory = await startPlcDirectory();
  const dataDirectory = mkdtempSync(path.join(tmpdir(), 'brandroom-pds-'));
  const rotationKey = await Secp256k1Keypair.create({ exportable: true });
  const port = await freePort();
  const env: pds.ServerEnvironment = {
    port,
    hostname: 'localhost',
    devMode: true,
    dataDirectory,
    blobstoreDiskLocation: path.join(dataDirectory, 'blobs'),
    didPlcUrl: directory.url,
    jwtSecret: 'brandroom-test-jwt-secret',
    adminPassword: 'brandroom-test-admin',
    inviteRequired: false,
    plcRotationKeyK256PrivateKeyHex: Buffer.from(await rotationKey.export()).toString('hex'),
    serviceHandleDomains: ['.test'],
    crawlers: [],
  };
  const server = await pds.PDS.create(pds.envToCfg(env), pds.envToSecrets(env));
  await server.start();
  return {
    url: `http://localhost:${port}`,
    close: async () => {
      await server.destroy();
      await directory.close();
      rmSync(dataDirectory, { recursive: true, force: true });
    },
  };
}
