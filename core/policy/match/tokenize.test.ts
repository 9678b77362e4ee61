import { describe, expect, it } from 'vitest';
import { prepareText } from './tokenize.ts';

function words(text: string): string[] {
  return prepareText(text).tokens.map((t) => t.text);
}

describe('prepareText', () => {
  it('gives offsets that point at the words exactly as typed, niqqud included', () => {
    const text = 'טֶנִיסָאִית מְחַסֶּלֶת מַטָּרָה!';
    const { tokens } = prepareText(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['טֶנִיסָאִית', 'מְחַסֶּלֶת', 'מַטָּרָה']);
    expect(tokens.map((t) => t.norm)).toEqual(['טניסאית', 'מחסלת', 'מטרה']);
  });

  it('counts offsets in UTF-16 units after emoji and astral letters', () => {
    const text = '🎾🎾 𝐤𝐢𝐥𝐥 eliminated';
    const { tokens } = prepareText(text);
    const last = tokens[tokens.length - 1];
    expect(last && text.slice(last.start, last.end)).toBe('eliminated');
    expect(tokens.map((t) => t.norm)).toEqual(['🎾', '🎾', 'kill', 'eliminated']);
  });

  it('keeps acronyms and contractions whole, but not surrounding quotes', () => {
    expect(words('"צה"ל" לא don\'t ג׳ ו-dont')).toEqual(['צה"ל', 'לא', "don't", 'ג׳', 'ו', 'dont']);
  });

  it('keeps an emoji with its skin tone, variation selector or ZWJ sequence as one token', () => {
    const { tokens } = prepareText('🔫🏽 🔫️ 👨‍👩‍👧 🇮🇱');
    expect(tokens.map((t) => t.text)).toEqual(['🔫🏽', '🔫️', '👨‍👩‍👧', '🇮🇱']);
    expect(tokens.map((t) => t.norm)).toEqual(['🔫', '🔫', '👨‍👩‍👧', '🇮🇱']);
    expect(tokens.every((t) => t.script === 'emoji')).toBe(true);
  });

  it('splits Hebrew from Latin letters and digits, and keeps a prefix glued to a Latin word with it', () => {
    const text = 'קניתי בNike ושלוםworld ב2024';
    const { tokens } = prepareText(text);
    expect(tokens.map((t) => [t.text, t.norm])).toEqual([
      ['קניתי', 'קניתי'],
      ['בNike', 'nike'],
      ['ושלום', 'ושלומ'],
      ['world', 'world'],
      ['ב2024', '2024'],
    ]);
    expect(tokens[1]?.stems[0]?.prefix).toBe('ב');
  });

  it('marks hashtags and punctuation that breaks a phrase', () => {
    const { tokens } = prepareText('#ad great, really. new');
    expect(tokens.map((t) => [t.text, t.hashtag, t.breakBefore])).toEqual([
      ['ad', true, false],
      ['great', false, false],
      ['really', false, true],
      ['new', false, true],
    ]);
  });

  it('does not end a word with a direction mark', () => {
    const text = 'שלום\u200f world';
    expect(words(text)).toEqual(['שלום', 'world']);
  });

  it('makes % and currency signs tokens of their own, and ignores other punctuation', () => {
    expect(words('100% ₪50 — (wow)!')).toEqual(['100', '%', '₪', '50', 'wow']);
  });

  it('reads a Hebrew word with each real prefix cut off, and no cut into a word of its own', () => {
    const forms = (word: string) => prepareText(word).tokens[0]?.stems.map((s) => `${s.prefix}+${s.form}`);
    // ו+כ ("and like") is a real combination too, so וכ+שהמחבלים is one more reading.
    expect(forms('וכשהמחבלים')).toEqual(['+וכשהמחבלימ', 'ו+כשהמחבלימ', 'וכ+שהמחבלימ', 'וכש+המחבלימ', 'וכשה+מחבלימ']);
    expect(forms('מזינה')).toEqual(['+מזינה']);
    expect(forms('והזינו')).toEqual(['+והזינו', 'ו+הזינו']);
    expect(forms('הוורד')).toEqual(['+הוורד', 'ה+וורד', 'ה+ורד']);
  });
});
