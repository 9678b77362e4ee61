import { describe, expect, it } from 'vitest';
import { countText, NETWORKS } from '../../networks.ts';
import { CORPUS_DRAFTS } from '../corpus/drafts.ts';
import { countUpperBound } from './data-rules.ts';

describe('the cheap length bound', () => {
  it('is never below the network’s own count, so a draft it lets through really fits', () => {
    const samples = [
      ...CORPUS_DRAFTS.map((d) => d.text),
      'שָׁלוֹם עוֹלָם 👨‍👩‍👧 🇮🇱 👍🏽 e\u0301 \r\n',
      'short https://a.co and http://b.io/x?y=1 links',
      '日本語のテキスト、絵文字😀と混ざる',
      '',
    ];
    for (const text of samples) for (const network of NETWORKS) expect(countUpperBound(network, text), `${network}: ${text}`).toBeGreaterThanOrEqual(countText(network, text));
  });
});
