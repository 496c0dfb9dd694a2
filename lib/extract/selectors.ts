/**
 * Site adapters' field selectors, all answered in one walk of the page. On a DOM written in
 * JavaScript (linkedom in the CLI and the benchmark, happy-dom in tests) every querySelectorAll
 * compiles its selector again and walks the whole document: six fields did that six times, about a
 * quarter of an adapter page's time. Adapters use a small subset of CSS (tag, #id, .class,
 * [attr], [attr="v"], [attr*="v"], [attr^="v"], [attr$="v"], :first-child, descendant
 * combinators), compiled once per process here. A browser's native querySelectorAll is faster
 * than any walk written in script, so there (and for any selector outside the subset) the DOM's
 * own query is used.
 */

interface AttrTest {
  name: string;
  op: '' | '=' | '*=' | '^=' | '$=';
  value: string;
}
interface Compound {
  tag?: string; // lower case, as localName
  id?: string;
  classes: string[];
  attrs: AttrTest[];
  firstChild: boolean;
}
/** Compounds joined by descendant combinators, leftmost first. */
type Chain = Compound[];

const COMPOUND = /^([a-zA-Z][\w-]*|\*)?((?:[.#][\w-]+|\[[\w-]+(?:[*^$]?="[^"\]]*")?\]|:first-child)*)$/;
const PART = /[.#][\w-]+|\[([\w-]+)(?:([*^$]?=)"([^"\]]*)")?\]|:first-child/g;

const compiled = new Map<string, Chain | null>();

/** The selector as compounds, or null when it uses anything outside the subset. */
export function compileSelector(selector: string): Chain | null {
  let chain = compiled.get(selector);
  if (chain !== undefined) return chain;
  chain = compile(selector);
  compiled.set(selector, chain);
  return chain;
}

function compile(selector: string): Chain | null {
  const words = selector.trim().split(/\s+/);
  if (!words[0]) return null;
  const chain: Chain = [];
  for (const word of words) {
    const m = COMPOUND.exec(word);
    if (!m) return null;
    const c: Compound = { classes: [], attrs: [], firstChild: false };
    if (m[1] && m[1] !== '*') c.tag = m[1].toLowerCase();
    for (const p of m[2]!.matchAll(PART)) {
      const s = p[0];
      if (s === ':first-child') c.firstChild = true;
      else if (s[0] === '.') c.classes.push(s.slice(1));
      else if (s[0] === '#') c.id = s.slice(1);
      else c.attrs.push({ name: p[1]!.toLowerCase(), op: (p[2] ?? '') as AttrTest['op'], value: p[3] ?? '' });
    }
    chain.push(c);
  }
  return chain;
}

/** What one element offers to the tests: read once per element. */
interface Info {
  el: Element;
  tag: string;
  id: string;
  classes: string[];
}

function matches(c: Compound, info: Info): boolean {
  if (c.tag && c.tag !== info.tag) return false;
  if (c.id !== undefined && c.id !== info.id) return false;
  for (const cls of c.classes) if (!info.classes.includes(cls)) return false;
  for (const a of c.attrs) {
    const v = info.el.getAttribute(a.name);
    if (v === null) return false;
    if (a.op === '=' ? v !== a.value : a.op === '*=' ? !a.value || !v.includes(a.value) : a.op === '^=' ? !a.value || !v.startsWith(a.value) : a.op === '$=' ? !a.value || !v.endsWith(a.value) : false) return false;
  }
  return !c.firstChild || !info.el.previousElementSibling;
}

/** Whether the chain's ancestors match the open elements (descendant combinators: greedy is exact). */
function ancestorsMatch(chain: Chain, open: Info[]): boolean {
  let i = chain.length - 2;
  for (let d = open.length - 1; i >= 0 && d >= 0; d--) if (matches(chain[i]!, open[d]!)) i--;
  return i < 0;
}

interface Entry {
  chain: Chain;
  list: number;
  rank: number;
}

/** Each selector filed under its rightmost compound's rarest part, so most elements test nothing. */
interface Plan {
  byId: Map<string, Entry[]>;
  byClass: Map<string, Entry[]>;
  byTag: Map<string, Entry[]>;
  any: Entry[];
  sizes: number[];
  /** Whether any compound names an id (else ids are not read). */
  ids: boolean;
}

const plans = new Map<string, Plan | null>();

function planOf(lists: (string[] | undefined)[]): Plan | null {
  const key = lists.map((l) => (l ?? []).join('\n')).join('\u0000');
  let plan = plans.get(key);
  if (plan !== undefined) return plan;
  plan = makePlan(lists);
  if (plans.size > 100) plans.clear();
  plans.set(key, plan);
  return plan;
}

function makePlan(lists: (string[] | undefined)[]): Plan | null {
  const plan: Plan = { byId: new Map(), byClass: new Map(), byTag: new Map(), any: [], sizes: [], ids: false };
  const add = (map: Map<string, Entry[]>, key: string, e: Entry) => {
    const at = map.get(key);
    if (at) at.push(e);
    else map.set(key, [e]);
  };
  for (let list = 0; list < lists.length; list++) {
    const sels = lists[list] ?? [];
    plan.sizes.push(sels.length);
    for (let rank = 0; rank < sels.length; rank++) {
      const chain = compileSelector(sels[rank]!);
      if (!chain) return null;
      const last = chain[chain.length - 1]!;
      const e = { chain, list, rank };
      if (chain.some((c) => c.id !== undefined)) plan.ids = true;
      if (last.id !== undefined) add(plan.byId, last.id, e);
      else if (last.classes.length) add(plan.byClass, last.classes[0]!, e);
      else if (last.tag) add(plan.byTag, last.tag, e);
      else plan.any.push(e);
    }
  }
  return plan;
}

/**
 * For each list of selectors, the elements matching each of its selectors in document order
 * (`found[list][rank]`), from one walk; null when the DOM is native or a selector is outside the
 * subset (the caller then asks the DOM).
 */
export function matchAll(doc: Document, lists: (string[] | undefined)[]): Element[][][] | null {
  if (isNative(doc)) return null;
  const plan = planOf(lists);
  if (!plan) return null;
  const found = plan.sizes.map((n) => Array.from({ length: n }, (): Element[] => []));
  const open: Info[] = [];
  const test = (entries: Entry[] | undefined, info: Info) => {
    if (!entries) return;
    for (const e of entries) {
      if (matches(e.chain[e.chain.length - 1]!, info) && ancestorsMatch(e.chain, open)) {
        const at = found[e.list]![e.rank]!;
        if (at[at.length - 1] !== info.el) at.push(info.el);
      }
    }
  };
  // Depth first by element links; `open` holds the ancestors of the element being tested.
  let el: Element | null = doc.documentElement;
  while (el) {
    // Most elements have no attributes: a cheap test before reading them (the id only when asked for).
    const attrs = el.hasAttributes();
    const cls = attrs ? el.getAttribute('class') : null;
    const id = attrs && plan.ids ? el.getAttribute('id') : null;
    const info: Info = { el, tag: el.localName, id: id ?? '', classes: !cls ? NONE : SPACE.test(cls) ? cls.split(SPACE) : [cls] };
    if (info.id) test(plan.byId.get(info.id), info);
    for (const c of info.classes) if (c) test(plan.byClass.get(c), info);
    test(plan.byTag.get(info.tag), info);
    if (plan.any.length) test(plan.any, info);
    const child: Element | null = el.firstElementChild;
    if (child) {
      open.push(info);
      el = child;
      continue;
    }
    let next: Element | null = el.nextElementSibling;
    while (!next && open.length) next = open.pop()!.el.nextElementSibling;
    el = next;
  }
  return found;
}

const NONE: string[] = [];
const SPACE = /[ \t\n\f\r]+/;

/** A browser's own query (compiled and cached in C++) rather than a DOM written in script. */
function isNative(doc: Document): boolean {
  return /\[native code\]\s*\}\s*$/.test(Function.prototype.toString.call(doc.querySelectorAll));
}
