import type { Tx } from '../db/connect.ts';

/** The demo brands' action plans. */
export async function seedDemoPlans(tx: Tx): Promise<void> {
  void tx;
}
