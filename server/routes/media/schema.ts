import { z } from 'zod';
import { id } from '../common.ts';

export const brandParams = z.object({ brandId: id() });
export const mediaParams = brandParams.extend({ mediaId: id() });
