import { itemScore, STRONG } from './classify';
import { group, type Field, type Group, type GroupKind, type Item } from './groups';
import { textToLines, type Line } from './lines';
import { labelRequirements } from './label-post';
import { withoutContents } from './contents';
import { endOfList } from './section-ends';
import { noiseKind } from './noise';
import { LEAD_IN, unflatten } from './flat';
import { tokenize } from './tokens';
import { contentScore, unheadedItems, unlabelledDuties } from './unheaded';

/**
 * The section splitter: lines (or plain text) in, duties / requirements / preferred out.
 *
 * Headings decide first. Content evidence (classify.ts) decides where headings are missing (text
 * with no heading, one heading over everything, a 职位描述 container) and overrides a heading only
 * on strong evidence: a run of requirement items closing a duties list that began with real duties
 * (the missing 任职要求 heading), or a plain duty ("负责…") listed under 加分项.
 */
export interface Sections {
  duties: string[];
  requirements: string[];
  preferred: string[];
  /** "label：value" lines seen outside the lists (招聘岗位、薪资、学历要求 …). */
  fields: Field[];
  /** Number of section headings found (0: the lists come from content alone). */
  headings: number;
}

const MAX_ITEMS = 200;
const MAX_ITEM = 4000;

/**
 * Lines that introduce a list are not items: an unmarked line ending in a colon right before
 * marked items or last in its section (what it announces sits under the next heading: links, a
 * form), and unmarked prose (a long paragraph that reads as neither duty nor requirement)
 * standing before a numbered list that makes up the rest of the section (a blurb under 任职资格).
 */
function dropLeadIns(items: Item[]): Item[] {
  const firstMarked = items.findIndex((it) => it.marked);
  const listAfter = firstMarked > 0 && items.length - firstMarked >= 2 && items.slice(firstMarked).every((it) => it.marked);
  return items.filter(
    (it, i) =>
      !(it.colon && !it.marked && (items[i + 1]?.marked || i === items.length - 1)) &&
      !(listAfter && i < firstMarked && it.text.length >= INTRO_LENGTH && Math.abs(itemScore(it.text)) < STRONG) &&
      !LEAD_IN_EN.test(it.text),
  );
}
const INTRO_LENGTH = 40;
// A sentence that announces the list ("Responsibilities may include the following and other duties
// may be assigned."): corporate boilerplate before the items, never one of them.
const LEAD_IN_EN = new RegExp(String.raw`^${LEAD_IN}\b[^.]{0,60}\.?$`, 'i');

type Cls = 'duties' | 'requirements' | 'preferred';

/**
 * Per-item classes for items under no reliable heading: strong evidence decides, others follow.
 * Items before the first strong one follow it when each of them leans its way ("Technology
 * experience that includes …" opening a list of requirements), else the fallback.
 */
function byContent(items: Item[], fallback: 'duties' | 'requirements', score = itemScore): Cls[] {
  const scores = items.map((it) => score(it.text));
  const out: Cls[] = [];
  const at = scores.findIndex((s) => Math.abs(s) >= STRONG);
  const opening = at < 0 ? fallback : scores[at]! > 0 ? 'duties' : 'requirements';
  // A neutral item (no lean at all) is no agreement: "用户画像：基于…" before the first strong
  // requirement stays with the fallback.
  const agrees = (s: number) => (opening === 'duties' ? s > 0 : s < 0);
  let current: 'duties' | 'requirements' = scores.slice(0, Math.max(0, at)).every(agrees) ? opening : fallback;
  for (const s of scores) {
    if (s >= STRONG) current = 'duties';
    else if (s <= -STRONG) current = 'requirements';
    out.push(current);
  }
  return out;
}

/**
 * A headed list whose tail is a run (2+) of items with strong evidence for the other class, after
 * items that do read as the heading says: the ad forgot the next heading. Returns where the run starts.
 */
function tailRun(items: Item[], own: 'duties' | 'requirements'): number {
  const sign = own === 'duties' ? 1 : -1;
  const scores = items.map((it) => sign * itemScore(it.text));
  let start = items.length;
  while (start > 0 && scores[start - 1]! <= -STRONG) start--;
  if (items.length - start < 2) return items.length;
  const ownBefore = scores.slice(0, start).some((s) => s >= STRONG);
  return ownBefore ? start : items.length;
}

export interface SplitOptions {
  /**
   * Let content evidence move items (default true). False trusts headings alone: the eval
   * compares both to show what the evidence costs or gains.
   */
  contentEvidence?: boolean;
  /**
   * The caller knows the text is a job ad (it came with the job's title): text without headings
   * then needs less evidence to be read as one (a single plain duty will do).
   */
  knownJob?: boolean;
  /**
   * The text was given as an ad (pasted, or selected on a page): a numbered list without headings
   * needs one plain duty or requirement, and some evidence on half its items.
   */
  givenAsAd?: boolean;
}

export function splitSections(input: string | Line[], options: SplitOptions = {}): Sections {
  const evidence = options.contentEvidence !== false;
  const lines = unflatten(typeof input === 'string' ? textToLines(input) : withoutContents(input));
  const { groups, fields, headings } = group(tokenize(lines));
  if (evidence) relabelByItems(groups);
  if (evidence) introBeforeDuties(groups);
  const has = (k: GroupKind) => groups.some((g) => g.kind === k);
  const hasDuties = has('duties');
  const hasReq = has('requirements');
  const out: Record<Cls, string[]> = { duties: [], requirements: [], preferred: [] };
  // Numbered items that open an ad whose only headings come later (任职要求, 职位描述, 加分项)
  // are its duties, unlabelled.
  const pre = groups[0]!;
  const lead =
    headings && !hasDuties && (hasReq || has('preferred') || has('description')) ? endOfList(unlabelledDuties(dropLeadIns(pre.items), evidence)) : [];
  const put = (cls: Cls, items: Item[], classes?: Cls[]) =>
    items.forEach((it, i) => out[classes?.[i] ?? cls].push(it.text));

  for (const g of groups) {
    // The preamble is cut by content only where it becomes a list (below).
    const items = g.kind === 'preamble' ? dropLeadIns(g.items) : endOfList(dropLeadIns(g.items));
    if (!items.length) continue;
    switch (g.kind) {
      case 'duties':
      case 'requirements': {
        const own = g.kind;
        const other = own === 'duties' ? 'requirements' : 'duties';
        // One heading over everything: the items decide, the heading breaks ties.
        if (!evidence) {
          put(own, items);
          break;
        }
        if ((own === 'requirements' && !hasDuties && !has('description') && !lead.length) || (own === 'duties' && !hasReq)) {
          put(own, items, byContent(items, own));
          break;
        }
        const cut = tailRun(items, own);
        put(own, items.slice(0, cut));
        put(other, items.slice(cut));
        break;
      }
      case 'preferred':
        put('preferred', items, evidence ? items.map((it) => (itemScore(it.text) >= STRONG + 1 ? 'duties' : 'preferred')) : undefined);
        break;
      case 'description':
        // 职位描述 before the ad's duties is an introduction; after them (a 岗位职责 list or an
        // unlabelled numbered list), a list of its own (some ads put their requirements under
        // 职位描述): the items decide. One that a duties list follows (a summary box's duties, then
        // "Position summary", then the full "What you'll do") introduces that list.
        if (hasDuties || lead.length) {
          const at = groups.indexOf(g);
          const dutiesAt = hasDuties ? groups.findIndex((x) => x.kind === 'duties') : 0;
          const dutiesAfter = groups.slice(at + 1).some((x) => x.kind === 'duties');
          if (evidence && dutiesAt < at && !dutiesAfter) put('requirements', items, byContent(items, 'requirements'));
          break;
        }
        if (hasReq || !evidence) put('duties', items);
        else put('duties', items, byContent(items, 'duties'));
        break;
      case 'preamble':
        // Text before any heading: an introduction, unless the ad has no heading at all, or
        // numbered items open the ad and only a requirements heading follows (duties unlabelled).
        if (!headings) {
          const pool = endOfList(unheadedItems(items, options.knownJob === true, options.givenAsAd === true));
          if (pool.length) put('duties', pool, byContent(pool, 'duties', contentScore));
        } else if (lead.length) {
          put('duties', lead, evidence ? byContent(lead, 'duties') : undefined);
        }
        break;
      default:
        break; // stop and other: benefits, company, contact … never duties or requirements
    }
  }
  out.requirements.unshift(...labelRequirements(groups, fields, out.duties, out.requirements));
  return {
    duties: cap(out.duties),
    requirements: cap(out.requirements),
    preferred: cap(out.preferred),
    fields,
    headings,
  };
}

/**
 * A section's kind from what its items say, where the heading says otherwise and the ad has no
 * list of the kind the items are: "具体岗位职责：" over a list of qualities and skills, after the
 * one duty the ad wrote before it, is the requirements (and what stands before it, the duties).
 * Only a list where half the items lean to requirements (two plainly) and none to duties is moved.
 */
function relabelByItems(groups: Group[]): void {
  if (groups.some((g) => g.kind === 'requirements')) return;
  for (const g of groups) {
    if (g.kind !== 'duties' || g.items.length < 2) continue;
    const scores = g.items.map((it) => itemScore(it.text));
    const strong = scores.filter((s) => s <= -STRONG).length;
    const leaning = scores.filter((s) => s < 0).length;
    if (strong >= 2 && leaning * 2 >= g.items.length && !scores.some((s) => s >= 1)) g.kind = 'requirements';
  }
}

/**
 * A duties section followed by another, whose text is the employer speaking: none of its items
 * plainly a task, most in the employer's voice (the pitch under "A Day in the Life", before
 * "Responsibilities may include …" and the tasks). It introduces the duties, as 职位描述 before
 * 岗位职责 does.
 */
function introBeforeDuties(groups: Group[]): void {
  groups.forEach((g, i) => {
    if (g.kind !== 'duties' || !g.items.length || !groups.slice(i + 1).some((x) => x.kind === 'duties')) return;
    if (g.items.some((it) => itemScore(it.text) >= STRONG)) return;
    if (g.items.filter((it) => employerSpeaks(it.text)).length * 2 <= g.items.length) return;
    g.kind = 'description';
  });
}

// "We …", or what the noise cues read as the employer's pitch, blurb or benefits. ("Our Shift Lead
// keeps …" speaks of the role.)
const employerSpeaks = (text: string) => /^we\b/i.test(text) || ['company', 'pitch', 'benefit'].includes(noiseKind(text) ?? '');

function cap(items: string[]): string[] {
  return items.slice(0, MAX_ITEMS).map((t) => (t.length > MAX_ITEM ? t.slice(0, MAX_ITEM) : t));
}
