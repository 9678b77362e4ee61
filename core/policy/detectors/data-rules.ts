// Rules about what a draft contains besides its words: personal data, links, shouting, and length.
import { countText, isXLight, NETWORK_NAMES, textLimit, URL_RE, type Network } from '../../networks.ts';
import type { Localized, Rule } from '../types.ts';
import type { RuleConfig } from '../rules.ts';
import { quoteEn, quoteHe, type Detector, type RawFinding } from './detector.ts';
import { findLinks, hostMatches, withUtm } from './links.ts';
import { findPersonalData, normalizePhone, type PersonalDataKind } from './personal-data.ts';
import { calmDown, findShouting } from './shouting.ts';

const PERSONAL_DATA_WORDS: Record<PersonalDataKind, Localized> = {
  phone: { en: 'A phone number', he: 'מספר טלפון' },
  email: { en: 'An e-mail address', he: 'כתובת אימייל' },
  israeli_id: { en: 'An Israeli ID number', he: 'מספר תעודת זהות' },
  credit_card: { en: 'A credit-card number', he: 'מספר כרטיס אשראי' },
};

export function personalDataDetector(rule: Rule, config: RuleConfig<'personal_data'>): Detector {
  const allowed = new Set(config.allow.map((a) => (a.includes('@') ? a.toLowerCase() : normalizePhone(a))));
  const kinds = new Set(config.kinds);
  return {
    rule,
    lists: [],
    always: true,
    run: (ctx) =>
      findPersonalData(ctx.text, kinds)
        .filter((hit) => !allowed.has(hit.normalized))
        .map((hit) => {
          const what = PERSONAL_DATA_WORDS[hit.kind];
          const ownContact = hit.kind === 'phone' || hit.kind === 'email';
          return {
            start: hit.start,
            end: hit.end,
            describe: () => ({
              message: {
                en: `${what.en} in a public post exposes the person it belongs to, and cannot be taken back once shared.`,
                he: `פרסום ${what.he} בפוסט ציבורי חושף את מי שהפרט שייך לו, ואי אפשר לבטל אותו אחרי שיצא.`,
              },
              suggestion: ownContact
                ? {
                    en: 'Remove it. If it is the brand’s own public contact, add it to this rule’s allow list.',
                    he: 'הסירו את הפרט. אם זה פרט הקשר הציבורי של המותג, הוסיפו אותו לרשימת הפרטים המותרים בכלל.',
                  }
                : { en: 'Remove it; send personal details only in a private message.', he: 'הסירו את הפרט; פרטים אישיים שולחים רק בהודעה פרטית.' },
            }),
          };
        }),
  };
}


export function linksDetector(rule: Rule, config: RuleConfig<'links'>): Detector {
  const shorteners = new Set(config.shorteners);
  const exempt = new Set(config.utmExemptHosts);
  return {
    rule,
    lists: [],
    always: true,
    run: (ctx) => {
      const found: RawFinding[] = [];
      for (const link of findLinks(ctx.text)) {
        const span = { start: link.start, end: link.end };
        if (link.malformed) {
          if (config.flagMalformed) {
            found.push({
              ...span,
              describe: (match) => ({
                message: { en: `${quoteEn(match)} is not a valid link; readers who tap it will get an error.`, he: `${quoteHe(match)} – הקישור שגוי; מי שילחץ עליו יקבל שגיאה.` },
                suggestion:
                  link.malformed === 'scheme'
                    ? { en: 'Check the start of the address: it should be https:// followed by the domain.', he: 'בדקו את תחילת הכתובת: היא צריכה להתחיל ב-https:// ואחריו שם האתר.' }
                    : { en: 'Check the domain: it needs a name and an ending, such as example.co.il.', he: 'בדקו את שם האתר: צריך שם וסיומת, למשל example.co.il.' },
              }),
            });
          }
          continue;
        }
        if (hostMatches(link.host, shorteners)) {
          if (config.flagShortened) {
            found.push({
              ...span,
              describe: (match) => ({
                message: {
                  en: `${quoteEn(match)} is a shortened link: readers cannot see where it leads, and networks and spam filters distrust it.`,
                  he: `${quoteHe(match)} – קישור מקוצר: הקוראים לא רואים לאן הוא מוביל, והרשתות ומסנני הספאם חושדים בו.`,
                },
                suggestion: { en: 'Use the full link to the page.', he: 'השתמשו בקישור המלא לעמוד.' },
              }),
            });
          }
          continue;
        }
        if (!config.requireUtm || !ctx.input.measuresVisits || hostMatches(link.host, exempt)) continue;
        const missing = config.utmParams.filter((p) => !link.params.has(p));
        if (!missing.length) continue;
        const values: Record<string, string> = {
          utm_source: ctx.input.network ?? 'social',
          utm_medium: 'social',
          utm_campaign: 'campaign-name',
        };
        const better = withUtm(link.text, missing, values);
        found.push({
          ...span,
          describe: (match) => ({
            message: {
              en: `${quoteEn(match)} has no ${missing.join(', ')}; the plan measures visits from social, and this visit will not be counted.`,
              he: `${quoteHe(match)} – חסרים ${missing.join(', ')}; התוכנית מודדת כניסות מהרשתות, והכניסה הזאת לא תיספר.`,
            },
            suggestion: { en: `Add them, e.g. ${better}`, he: `הוסיפו אותם, למשל ${better}` },
          }),
        });
      }
      return found;
    },
  };
}

export function shoutingDetector(rule: Rule, config: RuleConfig<'shouting'>): Detector {
  return {
    rule,
    lists: [],
    always: true,
    run: (ctx) =>
      findShouting(ctx.text, config).map((hit) => ({
        start: hit.start,
        end: hit.end,
        describe: (match) =>
          hit.reason === 'marks' || !/[A-Za-z]/.test(match)
            ? {
                message: { en: `${quoteEn(match)} reads as shouting.`, he: `${quoteHe(match)} – נקרא כמו צעקה.` },
                suggestion: { en: 'One exclamation or question mark is enough.', he: 'סימן קריאה או שאלה אחד מספיק.' },
              }
            : {
                message: { en: `${quoteEn(match)} in capitals reads as shouting.`, he: `${quoteHe(match)} – אותיות גדולות נקראות כמו צעקה.` },
                suggestion: { en: `Write it in normal case: ${quoteEn(calmDown(match))}.`, he: `כתבו באותיות רגילות: ${quoteHe(calmDown(match))}.` },
              },
      })),
  };
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

// Segmenting graphemes costs about a microsecond per character, and most drafts are far from the
// limit; an upper bound from code units settles those without it, with countText's own link and
// light-character rules (core/networks.ts).

/** At least countText(network, text): a grapheme has at least one code unit and weighs at most 2 on X. */
export function countUpperBound(network: Network, text: string): number {
  if (network !== 'x' && network !== 'mastodon') return text.length;
  let links = 0;
  const rest = text.replace(URL_RE, () => {
    links++;
    return '';
  });
  let count = links * 23;
  if (network === 'mastodon') return count + rest.length;
  // Per code unit: a surrogate half weighs 2, so a pair (one grapheme, at most 2) is over-counted, never under.
  for (let i = 0; i < rest.length; i++) count += isXLight(rest.charCodeAt(i)) ? 1 : 2;
  return count;
}

/** Where the text stops fitting: the longest prefix (whole graphemes) the network still accepts. */
function fittingLength(network: Network, text: string, limit: number): number {
  const bounds: number[] = [];
  for (const { index } of graphemes.segment(text)) bounds.push(index);
  bounds.push(text.length);
  let lo = 0;
  let hi = bounds.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (countText(network, text.slice(0, bounds[mid])) <= limit) lo = mid;
    else hi = mid - 1;
  }
  return bounds[lo]!;
}

export function lengthDetector(rule: Rule, config: RuleConfig<'length'>): Detector {
  return {
    rule,
    lists: [],
    always: true,
    run: (ctx) => {
      const network = ctx.input.network;
      if (!network) return [];
      const limit = textLimit(network, config.limits[network]);
      if (limit === null || countUpperBound(network, ctx.text) <= limit) return [];
      const count = countText(network, ctx.text);
      if (count <= limit) return [];
      const name = NETWORK_NAMES[network];
      const over = count - limit;
      return [
        {
          start: fittingLength(network, ctx.text, limit),
          end: ctx.text.length,
          describe: () => ({
            message: {
              en: `The post is ${count} characters long; ${name} allows ${limit}. The highlighted end does not fit.`,
              he: `הפוסט באורך ${count} תווים, ו-${name} מאפשרת ${limit}. הסוף המסומן לא נכנס.`,
            },
            suggestion: { en: `Shorten it by ${over} characters.`, he: `קצרו אותו ב-${over} תווים.` },
          }),
        },
      ];
    },
  };
}
