import { parseHTML } from 'linkedom';

/**
 * The CLI's DOM: linkedom (the fastest of the three installed; the benchmark uses it too, for
 * extractPostings and for the Readability baseline alike). Bytes are decoded by the page's
 * declared charset, since older Chinese boards (51job) serve GBK.
 */
export function decodeHtml(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  let charset = declared && declared !== 'utf8' ? declared : 'utf-8';
  if (/^(gb2312|gbk|gb_2312-80|x-gbk)$/.test(charset)) charset = 'gb18030'; // a superset of both
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
