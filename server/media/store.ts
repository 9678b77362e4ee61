// Where uploaded files' bytes live: the data directory by default, or an S3-compatible bucket when
// configured (several Brandroom processes on several machines then share one store). The database
// keeps each file's row and its key; the store only keeps bytes under keys (server/media/keys.ts).
import path from 'node:path';
import type { Config } from '../config.ts';
import { directoryStore } from './directory.ts';
import { s3Store } from './s3.ts';

export interface MediaStore {
  readonly kind: 'directory' | 's3';
  /** Writes the whole file or nothing: a reader never sees half of it. */
  put(key: string, bytes: Uint8Array, mimeType: string): Promise<void>;
  /** null: there is no file under this key. */
  get(key: string): Promise<Uint8Array | null>;
  /** Removing a key that holds nothing is not an error. */
  delete(key: string): Promise<void>;
}

export function createMediaStore(config: Pick<Config, 'dataDir' | 's3'>): MediaStore {
  return config.s3 ? s3Store(config.s3) : directoryStore(path.join(config.dataDir, 'media'));
}

const stores = new WeakMap<Config, MediaStore>();

/** The store of a running Brandroom, made once from its configuration (it holds no other state). */
export function mediaStoreFor(config: Config): MediaStore {
  let store = stores.get(config);
  if (!store) {
    store = createMediaStore(config);
    stores.set(config, store);
  }
  return store;
}
