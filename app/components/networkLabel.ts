import type { TFunction } from 'i18next';
import type { Network } from '../../core/networks.ts';

/** A network's name as people call it in the reader's language; null: any network. */
export const networkLabel = (t: TFunction, network: Network | null) => t(`networks.${network ?? 'any'}`);
