/**
 * Wraps text that people typed (names, workspace names) in a Unicode first-strong isolate, so a
 * Hebrew name inside an English sentence (or the reverse) cannot reorder the words around it.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
