/**
 * UTF-8 read as Latin-1 or Windows-1252 somewhere upstream (a scraper, an ATS export):
 * "Youâ\u0080\u0099ll", "BachelorÃ¢Â€Â™s", "â€™". Runs of such characters that are the bytes of one
 * valid UTF-8 sequence are decoded back; anything else is left as it is, so real Latin-1 text
 * ("café", "Zürich") never changes.
 */
const CP1252: Record<string, number> = {
  '\u20ac': 0x80, '\u201a': 0x82, '\u0192': 0x83, '\u201e': 0x84, '\u2026': 0x85, '\u2020': 0x86, '\u2021': 0x87,
  '\u02c6': 0x88, '\u2030': 0x89, '\u0160': 0x8a, '\u2039': 0x8b, '\u0152': 0x8c, '\u017d': 0x8e, '\u2018': 0x91,
  '\u2019': 0x92, '\u201c': 0x93, '\u201d': 0x94, '\u2022': 0x95, '\u2013': 0x96, '\u2014': 0x97, '\u02dc': 0x98,
  '\u2122': 0x99, '\u0161': 0x9a, '\u203a': 0x9b, '\u0153': 0x9c, '\u017e': 0x9e, '\u0178': 0x9f,
};
const CONT = `[\\u0080-\\u00bf${Object.keys(CP1252).join('')}]`;
// A lead byte (2, 3 or 4-byte sequence) followed by its continuation bytes.
const RUN = new RegExp(`[\\u00c2-\\u00df]${CONT}|[\\u00e0-\\u00ef]${CONT}{2}|[\\u00f0-\\u00f4]${CONT}{3}`, 'g');
const HINT = /[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u2018-\u201e\u2022\u2013\u2014\u2122]/;
const decoder = new TextDecoder('utf-8', { fatal: true });

export function repairMojibake(text: string): string {
  if (!HINT.test(text)) return text;
  return text.replace(RUN, (run) => {
    const bytes = Uint8Array.from([...run].map((ch) => CP1252[ch] ?? ch.charCodeAt(0)));
    try {
      return decoder.decode(bytes);
    } catch {
      return run;
    }
  });
}
