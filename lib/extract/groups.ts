import { itemScore, STRONG } from './classify';
import { leadInClauseKind } from './heading-words';
import type { HeadingKind } from './headings';
import { noiseKind } from './noise';
import { jobLike } from './job-words';
import type { Token } from './tokens';

/**
 * Tokens -> groups: one per heading, items merged per <li>. A heading the lexicon does not know
 * opens a group of its own, whose kind is then read from the heading's words and from its items
 * (resolveUnknown), so an unknown heading neither swallows nor drops what follows it.
 */
export type GroupKind = HeadingKind | 'preamble' | 'other';
export interface Item {
  text: string;
  marked: boolean;
  colon: boolean;
}
export interface Group {
  kind: GroupKind;
  items: Item[];
  /** Set on a group opened by a heading the lexicon does not know. */
  unknown?: { words: HeadingKind | null; weak: boolean; job?: boolean };
  /** The page-heading level (1-6) of the heading that opened the group, when it is one. */
  level?: number;
}
export type Field = Extract<Token, { t: 'field' }>;

const PERSONAL_ASK = /^(年龄|性别|age|gender)$/i;

export function group(tokens: Token[]): { groups: Group[]; fields: Field[]; headings: number } {
  const groups: Group[] = [{ kind: 'preamble', items: [] }];
  const fields: Field[] = [];
  let headings = 0;
  let lastLi = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const cur = groups[groups.length - 1]!;
    const leadIn = tok.t === 'item' ? leadInKind(tok, tokens[i + 1]) : null;
    if (leadIn && leadIn !== cur.kind) {
      groups.push({ kind: 'other', items: [], unknown: { words: leadIn, weak: true } });
      lastLi = 0;
      continue;
    }
    if (tok.t === 'heading') {
      if (tok.kind !== 'stop') headings++;
      groups.push({ kind: tok.kind, items: [], level: tok.level });
      lastLi = 0;
    } else if (tok.t === 'unknown') {
      const job = !tok.words && !tok.weak && jobLike(tok.text);
      groups.push({ kind: 'other', items: [], unknown: { words: tok.words, weak: tok.weak, job }, level: tok.level });
      lastLi = 0;
      if (tok.inline !== undefined) {
        // An inline blurb: its own line's items, then the interrupted group goes on (kept last).
        const blurb = groups.pop()!;
        for (const t of tokens.slice(i + 1, i + 1 + tok.inline)) if (t.t === 'item') blurb.items.push({ text: t.text, marked: t.marked, colon: t.colon });
        groups.splice(groups.length - 1, 0, blurb);
        i += tok.inline;
      }
    } else if (tok.t === 'field') {
      fields.push(tok);
      // 学历要求 / 经验 inside a requirements list are requirements too.
      // So are they under a label line whose words say requirements ("年龄要求：…" then "学历要求：…").
      const listKind = cur.unknown?.words ?? cur.kind;
      const inList = listKind === 'requirements' || listKind === 'preferred';
      // Age and sex asked inside it are asks too (the JD check reads them there), not the end of it.
      if (inList && (tok.name === 'education' || tok.name === 'experience' || PERSONAL_ASK.test(tok.label))) {
        cur.items.push({ text: tok.text, marked: false, colon: false });
      } else if (tok.name === 'salary' || tok.name === 'location' || tok.name === 'other') {
        if (cur.kind !== 'preamble') groups.push({ kind: 'stop', items: [] });
      }
    } else {
      const prev = cur.items[cur.items.length - 1];
      // A list item's further lines continue it, unless a line is numbered or bulleted itself: an
      // <li> that holds its own numbered list (<dl><dt>1.</dt><dd>…</dd></dl> per item).
      if (tok.li && tok.li === lastLi && prev && !tok.marked) {
        prev.text = `${prev.text} ${tok.text}`;
      } else {
        cur.items.push({ text: tok.text, marked: tok.marked, colon: tok.colon });
      }
      lastLi = tok.li;
    }
  }
  const named = resolveUnknown(groups);
  // A line over the ad's opening list whose words name no section and whose items are no list of
  // one kind ("产品经理-体育类", "京东招聘【运营】岗位"): a title, not a heading; the list is the
  // ad's, read as the preamble is (never dropped as a stop).
  const first = groups[1];
  const titleLine = first?.unknown?.weak && !first.unknown.words && first.kind === 'stop' && !mostlyNoise(first.items);
  // So is a page heading that names a job ("<h1>Research Engineer</h1>") over opening text its
  // items would make a list of: an introduction (or unlabelled duties), not that section. Over
  // facts and notices it stays a stop.
  const jobHeading = first?.unknown?.job && first.kind !== 'stop';
  if (titleLine || jobHeading) {
    groups[0]!.items.push(...first.items);
    groups.splice(1, 1);
  }
  return { groups, fields, headings: headings + named };
}

/**
 * A sentence announcing the list under it ("In addition, below are some nice-to-haves:", "As far
 * as skills go, we appreciate the following:", "我们提供：") opens that kind of list. Only its last
 * clause is read, and only when a numbered or bulleted item follows.
 */
function leadInKind(tok: Extract<Token, { t: 'item' }>, next: Token | undefined): HeadingKind | null {
  if (!tok.colon || tok.marked || next?.t !== 'item' || !next.marked) return null;
  return leadInClauseKind(tok.text);
}

const LIST: ReadonlySet<GroupKind> = new Set(['duties', 'requirements', 'preferred', 'description']);
const PREFERRED = /优先|加分|尤佳|更佳|为佳|\b(a plus|preferred|nice to have|bonus|desirable|an advantage|advantageous)\b/i;

/**
 * The kind of each group opened by an unknown heading, in page order. Its words decide when they
 * say something ("Benefits offered", "工作技能"); else its items: mostly benefits, blurbs or
 * notices make it a stop, mostly 优先 items preferred, mostly strong requirement (duty) items
 * requirements (duties). Otherwise a sub-heading inside a list (bold "Architecture & Design" under
 * Key Responsibilities) continues that list; a page heading (<h2>) does so only when its items
 * read as that list too (a quarter of them will do under a deeper page heading than the list's
 * own), so "相关推荐职位" after the requirements stays out. Returns how many
 * became list headings by their words.
 */
function resolveUnknown(groups: Group[]): number {
  let prev: GroupKind | null = null;
  let named = 0;
  // The page-heading level of the heading that opened the current list (0: none, or not a page
  // heading): a deeper page heading inside it (an <h3> area under <h2>What you'll do) is its sub-heading.
  let section = 0;
  for (const g of groups) {
    const page = g.level && g.level <= 6 ? g.level : 0;
    const sub = !!prev && section > 0 && page > section;
    if (g.unknown) {
      g.kind = kindOf(g, prev, sub);
      if (g.unknown.words && g.unknown.words !== 'stop' && g.kind === g.unknown.words) named++;
    }
    if (!LIST.has(g.kind)) section = 0;
    else if (!(sub && g.kind === prev)) section = page;
    prev = LIST.has(g.kind) ? g.kind : null;
  }
  return named;
}

function kindOf(g: Group, prev: GroupKind | null, sub: boolean): GroupKind {
  const { words, weak } = g.unknown!;
  if (words) return words;
  const n = g.items.length;
  if (!n) return 'other';
  let pref = 0;
  let duty = 0;
  let req = 0;
  for (const it of g.items) {
    if (PREFERRED.test(it.text)) pref++;
    const s = itemScore(it.text);
    if (s >= STRONG) duty++;
    else if (s <= -STRONG) req++;
  }
  // A numbered list under a heading whose words say nothing (garbled "岗位职麦", "我们期望你")
  // is the ad's when a quarter of its items read plainly as duties or requirements: filed by them.
  const numbered = g.items.filter((it) => it.marked).length >= 2 && duty + req > 0 && (duty + req) * 4 >= n;
  const listed = pref * 2 >= n || (req * 2 >= n && req > duty) || (duty * 2 >= n && duty > req) || !!prev || numbered;
  // Mostly benefits, blurbs or notices: a stop (read only when it would be a list otherwise;
  // 'other' and 'stop' drop their items alike).
  if (!listed || mostlyNoise(g.items)) return 'stop';
  if (pref * 2 >= n) return 'preferred';
  if (req * 2 >= n && req > duty) return 'requirements';
  if (duty * 2 >= n && duty > req) return 'duties';
  if (!prev) return duty >= req ? 'duties' : 'requirements';
  if (weak) return prev;
  const same = prev === 'duties' ? duty : prev === 'description' ? duty + req : req + pref;
  // A sub-heading of the list's own section (an area of the duties, its paragraphs and bullets
  // mixed) needs fewer of its items to read plainly as the list: a quarter.
  return same * (sub ? 4 : 2) >= n ? prev! : 'other';
}

const mostlyNoise = (items: Item[]) => items.filter((it) => isNoise(it.text)).length * 2 >= items.length;

function isNoise(text: string): boolean {
  const kind = noiseKind(text);
  return !!kind && kind !== 'furniture';
}
