import { cleanDisplay } from '../text/normalize';
import { domToLines } from './dom-lines';

/**
 * What a page says about itself outside its body text, read once per page: its <h1>s (line by
 * line: "<h1><div>某某招聘</div>产品经理</h1>" holds two), og:title / twitter:title, <title>,
 * the meta description and og:site_name. Title and company are chosen from these together.
 */
export interface PageSignals {
  h1: string[];
  og: string;
  docTitle: string;
  description: string;
  siteName: string;
}

const MAX_H1 = 6;

function meta(doc: Document, names: string[]): string {
  for (const n of names) {
    const el = doc.querySelector(`meta[property="${n}"], meta[name="${n}"]`);
    const v = el?.getAttribute('content');
    if (v?.trim()) return cleanDisplay(v).slice(0, 500);
  }
  return '';
}

export function pageSignals(doc: Document): PageSignals {
  const h1: string[] = [];
  const els = doc.getElementsByTagName('h1');
  for (let i = 0; i < els.length && i < MAX_H1; i++) {
    for (const l of domToLines(els[i]!, { maxNodes: 200 })) if (l.text.length <= 120) h1.push(l.text);
  }
  return {
    h1,
    og: meta(doc, ['og:title', 'twitter:title']),
    docTitle: cleanDisplay(doc.title ?? '').slice(0, 500),
    description: meta(doc, ['description', 'og:description']),
    siteName: meta(doc, ['og:site_name', 'application-name']),
  };
}

export const NO_SIGNALS: PageSignals = { h1: [], og: '', docTitle: '', description: '', siteName: '' };
