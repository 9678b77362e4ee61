// Builds the web app when it has never been built or its sources changed since, so `npm start`
// works on a fresh clone and starts at once afterwards.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'dist/app');
const stampFile = path.join(outDir, '.sources');
const SOURCES = ['app', 'core', 'vite.config.ts', 'package-lock.json'];

function* files(p: string): Generator<string> {
  const full = path.join(root, p);
  if (!existsSync(full)) return;
  if (statSync(full).isDirectory()) {
    for (const entry of readdirSync(full)) if (!entry.endsWith('.test.ts')) yield* files(path.join(p, entry));
  } else {
    yield p;
  }
}

function sourcesHash(): string {
  const hash = createHash('sha256');
  for (const source of SOURCES) {
    for (const file of [...files(source)].sort()) {
      const s = statSync(path.join(root, file));
      hash.update(`${file}:${s.size}:${s.mtimeMs}\n`);
    }
  }
  return hash.digest('hex');
}

const current = sourcesHash();
const built = existsSync(stampFile) ? readFileSync(stampFile, 'utf8') : null;
if (built !== current || !existsSync(path.join(outDir, 'index.html'))) {
  console.log('Building the web app (only when its sources change; takes a few seconds)…');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
  writeFileSync(stampFile, current);
}
