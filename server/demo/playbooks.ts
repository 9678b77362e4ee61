import type { Tx } from '../db/connect.ts';

/** Two or three playbooks for each demo brand. */
export async function seedDemoPlaybooks(tx: Tx): Promise<void> {
  void tx;
}
