/**
 * Lenient JSON for ld+json blocks. Pages ship JSON that JSON.parse rejects: raw newlines and
 * control characters inside strings (猎聘), HTML comments or CDATA around it, trailing commas,
 * several objects one after another. Returns null when even the repaired text is not JSON.
 */

const MAX_JSON = 2_000_000;

/** Escapes control characters inside strings and drops trailing commas, in one pass. */
export function repairJson(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const code = ch.charCodeAt(0);
    if (inString) {
      if (ch === '\\') {
        out += ch + (text[i + 1] ?? '');
        i++;
      } else if (ch === '"') {
        inString = false;
        out += ch;
      } else if (code < 0x20) {
        out += ch === '\n' ? '\\n' : ch === '\r' ? '\\r' : ch === '\t' ? '\\t' : ' ';
      } else out += ch;
      continue;
    }
    if (ch === '"') inString = true;
    if (ch === ',') {
      // A comma before a closing bracket is dropped.
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j]!)) j++;
      if (text[j] === '}' || text[j] === ']') continue;
    }
    out += ch;
  }
  return out;
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function parseLenientJson(raw: string): unknown {
  if (typeof raw !== 'string' || !raw.trim() || raw.length > MAX_JSON) return null;
  const direct = tryParse(raw);
  if (direct !== undefined) return direct;
  const stripped = raw
    .replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
    .trim();
  const repaired = repairJson(stripped);
  const once = tryParse(repaired);
  if (once !== undefined) return once;
  // Several objects in a row: {…}{…} or {…}\n{…}.
  const joined = tryParse(`[${repaired.replace(/\}\s*\{/g, '},{')}]`);
  return joined === undefined ? null : joined;
}
