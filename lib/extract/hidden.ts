/**
 * What a page hides from its reader: elements hidden by inline style, by the page's own <style>
 * rules (boards hide decoy text with class rules to trip up copiers) or visually hidden for screen
 * readers; and stylesheet text that leaked into a description. Used by dom-lines.ts.
 */
// Hidden, or visually hidden for screen readers (a 1px clip: "- job post" after a title, "Dismiss").
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d])|clip\s*:\s*rect\(\s*0(px)?[\s,]+0|clip-path\s*:\s*inset\(\s*50%/i;
// Class names that frameworks give visually hidden text.
const SR_HINT = /only|hidden|screen-reader|assistive/;
const SR_ONLY = /^(sr-only|visually-hidden|visuallyhidden|screen-reader-text|screen-reader-only|a11y-hidden|u-visually-hidden|assistive-text)$/;
const HIDDEN_DECL = new RegExp(HIDDEN_STYLE.source, 'gi');
// Text that is CSS (a board's side panel puts a stylesheet's text inside the description).
const CSS_AT_RULE = /^\s*@(media|font-face|keyframes|import|supports|charset)\b/;
const CSS_RULE = /^\s*[.#]?[\w-]{1,60}[^{}\n]{0,200}\{[^{}]*:[^{}]*\}\s*/;

/** The line without the CSS rules it starts with ('' when it is all CSS). */
export function withoutCss(text: string): string {
  if (!text.includes('{')) return text;
  if (CSS_AT_RULE.test(text)) return '';
  let t = text;
  for (let i = 0; i < 50; i++) {
    const m = CSS_RULE.exec(t);
    if (!m) break;
    t = t.slice(m[0].length);
  }
  return t.trim();
}

export interface HiddenSelectors {
  classes: Set<string>;
  ids: Set<string>;
}

/** Class names and ids that the document's <style> rules hide. */
export function hiddenSelectors(root: ParentNode): HiddenSelectors {
  const classes = new Set<string>();
  const ids = new Set<string>();
  // By tag name where the node offers it: no selector to compile (linkedom compiles on every query).
  const byTag = (root as Partial<Element>).getElementsByTagName;
  const styles = byTag ? byTag.call(root, 'style') : root.querySelectorAll('style');
  for (let i = 0; i < styles.length && i < 200; i++) {
    const css = (styles[i]!.textContent ?? '').slice(0, 500_000);
    // Find the hiding declarations first, then read their rule's selector backwards: linear time.
    for (const m of css.matchAll(HIDDEN_DECL)) {
      const open = css.lastIndexOf('{', m.index);
      if (open < 0 || css.lastIndexOf('}', m.index) > open) continue;
      const from = Math.max(css.lastIndexOf('}', open), css.lastIndexOf('{', open - 1), open - 400) + 1;
      for (const sel of css.slice(from, open).split(',')) {
        const s = sel.trim();
        const cls = /^[a-z0-9]*\.([\w-]+)$/i.exec(s);
        if (cls) classes.add(cls[1]!);
        const id = /^#([\w-]+)$/.exec(s);
        if (id) ids.add(id[1]!);
      }
    }
  }
  return { classes, ids };
}


export function isHidden(el: Element, hidden: HiddenSelectors): boolean {
  if (el.hasAttribute?.('hidden')) return true;
  const style = el.getAttribute?.('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  const cls = el.getAttribute?.('class');
  if (cls && (hidden.classes.size || SR_HINT.test(cls))) {
    for (const c of cls.split(/\s+/)) if (hidden.classes.has(c) || SR_ONLY.test(c)) return true;
  }
  if (hidden.ids.size && el.id && hidden.ids.has(el.id)) return true;
  return false;
}

// A form's fields for a person to fill in (its search, login and application forms).
const FIELDS = 'input:not([type]), input[type="text"], input[type="email"], input[type="file"], input[type="tel"], input[type="password"], textarea, select';
const MAX_FORM_TEXT = 600;

/**
 * A form of fields after the ad ("Online Submission: First Name *, Résumé *, Only the file types…")
 * or in the page's header (a search box): its labels are no text of the ad. A form that wraps a
 * page (ASP.NET puts the whole page in one) is longer, or holds the ad's sections (`sections`), and
 * is read.
 */
export function fieldForm(el: Element, sections: RegExp): boolean {
  const raw = el.textContent ?? '';
  if (raw.length > 50_000) return false;
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text.length > MAX_FORM_TEXT || sections.test(text)) return false;
  try {
    return !!el.querySelector(FIELDS);
  } catch {
    return false;
  }
}
