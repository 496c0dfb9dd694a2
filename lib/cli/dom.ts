import { parseHTML } from 'linkedom';

/**
 * The CLI's DOM: linkedom (the fastest of the three installed; the benchmark uses it too, for
 * extractPostings and for the Readability baseline alike). Bytes are decoded by the page's
 * byte-order mark or declared charset, since older Chinese boards (51job) serve GBK; a page that
 * declares none is UTF-8 when its bytes are valid UTF-8, else GB18030 (a superset of GBK and
 * GB2312), as a browser guesses for Chinese pages.
 */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  let charset = declared && declared !== 'utf8' ? declared : declared ? 'utf-8' : '';
  if (/^(gb2312|gbk|gb_2312-80|x-gbk)$/.test(charset)) charset = 'gb18030'; // a superset of both
  if (!charset) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      charset = 'gb18030';
    }
  }
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

export function parseDocument(html: string): Document {
  // linkedom needs a root element to build a full document (head and body) around fragments.
  const source = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}
