import type { Tx } from '../db/connect.ts';

/** The demo workspace's policy document and rules. */
export async function seedDemoPolicy(tx: Tx): Promise<void> {
  void tx;
}
