import { opensLikeItem } from './classify';
import { headingKindByWords } from './heading-words';
import { headingKindOf, type HeadingKind } from './headings';
import type { Line } from './lines';

/**
 * A description flattened into one paragraph (Workday and other ATS pages give their ad only as
 * JSON-LD text with every list break lost): "… A Day in the Life Data engineers … Key
 * Responsibilities Investigate and correct … Required Qualifications Bachelor's degree … 3+ years
 * of … Experience with …". Its inline headings are the Title-Case phrases the heading lexicon or
 * the open vocabulary reads, standing where a heading can (after a sentence, a bracket or a
 * lower-case word) and followed by content that starts with a capital. The text between them is
 * cut into items at sentence ends, bullets, and capitals that open an item after a lower-case word.
 */
const MIN_FLAT = 100;
const MAX_PHRASE = 6;
const CONNECTOR = /^(and|of|in|the|to|for|a|an|with|on|at|&|\/|-|–)$/;
// Words that open a sentence, not end a heading ("A Day in the Life The QA Rep is …").
const OPENER = /^(The|A|An|This|These|Our|We|You|Your|It|Its|At|In|As|For|With|Each|Every|All|If|When)$/;
const PHRASE_OPENER = /^(the|a|an|of|for|in|on|to|with|and|or|as|like|including|our|your|its|their|this|that|these|those|by|at|from|into|across|within)$/i;
const TITLE_WORD = /^[A-Z][A-Za-z’'&/-]*:?$/;
let seq = 1_000_000; // <li> ids of the items cut here, apart from the DOM's own

interface Hit {
  start: number;
  end: number;
  label: string;
  kind: HeadingKind;
}

// The open vocabulary is weaker evidence than the lexicon: its headings never follow a word that
// opens a noun phrase ("… for the Advanced Imaging Solutions (AIS) group" names a unit) or a comma
// (a list goes on: "…, Paid holidays, Commuter Benefit Program"), nor open the way an item does
// with a preposition after it ("Experience in Adobe Acrobat, Word and …" is a requirement).
function kindOf(label: string, prev: string): HeadingKind | null {
  const lower = label.toLowerCase();
  return (
    headingKindOf(label) ??
    (!PHRASE_OPENER.test(prev) && !prev.endsWith(',') && !(opensLikeItem(lower) && / (in|with|of|to|for|on) /.test(lower)) ? headingKindByWords(label) : null)
  );
}

/**
 * The sentence that announces the duties ("Responsibilities may include the following and other
 * duties may be assigned"): boilerplate, never an item (sections.ts drops it as a line). In a
 * flattened description it is where the duties start, though no stop may precede it ("… visit
 * www.example.com Responsibilities may include …"): a duties heading there.
 */
export const LEAD_IN = String.raw`(?:key |primary |main )?(?:responsibilities|duties|tasks)(?: of this (?:role|position))? (?:may|will|might|can) include(?: but are not limited to)?(?: the following)?`;
const FLAT_LEAD_IN = new RegExp(String.raw`\b(?:${LEAD_IN})\b[^.:!?]{0,60}[:.]`, 'gi');

/** Lead-ins opening a sentence (a capital: "… and responsibilities may include travel" is no lead-in). */
function leadIns(text: string): Hit[] {
  return [...text.matchAll(FLAT_LEAD_IN)]
    .filter((m) => /^[A-Z]/.test(m[0]))
    .map((m) => ({ start: m.index!, end: m.index! + m[0].length, label: 'Responsibilities', kind: 'duties' as const }));
}

function findHeadings(text: string): Hit[] {
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ w: m[0], at: m.index! }));
  const hits: Hit[] = [];
  const titled = (k: number) => TITLE_WORD.test(words[k]?.w ?? '');
  for (let i = 0; i < words.length; i++) {
    if (!titled(i)) continue;
    const prev = words[i - 1]?.w ?? '';
    // A heading starts after a sentence, a bracket or a lower-case word, never inside a name.
    if (prev && !/[.!?:;)\]]$/.test(prev) && !/[a-z0-9,]$/.test(prev)) continue;
    // The run of capitalised words (and connectors) from here.
    let k = i;
    // A colon ends a label ("Minimum Qualifications: Bachelor’s Degree …"): the run stops at it.
    while (k + 1 < words.length && k - i < MAX_PHRASE && !words[k]!.w.endsWith(':') && (titled(k + 1) || CONNECTOR.test(words[k + 1]!.w))) {
      // A sentence opening right after a heading ends it: "A Day in the Life The buyer will …".
      if (OPENER.test(words[k + 1]!.w) && k > i && kindOf(words.slice(i, k + 1).map((x) => x.w).join(' '), prev)) break;
      k++;
    }
    while (k > i && CONNECTOR.test(words[k]!.w)) k--;
    // Its last capital opens the content when a lower-case word follows ("Key Responsibilities
    // Investigate and …"); acronyms and connectors never end a heading.
    const last = /^[a-z]/.test(words[k + 1]?.w ?? '') ? k - 1 : k;
    for (let e = last; e >= i; e--) {
      const we = words[e]!.w;
      if (CONNECTOR.test(we) || /^[A-Z0-9]{2,}:?$/.test(we) || OPENER.test(we)) continue;
      // Content opens with a capital, a number, a bracket, a bullet or a currency ("Salary: $90,000 – …").
      if (e + 1 < words.length && !/^[A-Z0-9"“(•·●▪$£€-]/.test(words[e + 1]!.w)) continue;
      // A name given with its acronym ("Adverse Drug Experience (ADE) data") is no heading.
      if (/^\([A-Z]{2,6}s?\)[,.;:]?$/.test(words[e + 1]?.w ?? '')) continue;
      const label = words
        .slice(i, e + 1)
        .map((x) => x.w)
        .join(' ')
        .replace(/:$/, '');
      const kind = e > i ? kindOf(label, prev) : headingKindOf(label);
      if (!kind) continue;
      hits.push({ start: words[i]!.at, end: words[e]!.at + we.length, label, kind });
      i = e;
      break;
    }
  }
  const leads = leadIns(text);
  if (!leads.length) return hits;
  // A lead-in stands for the headings inside it ("Responsibilities" of "Responsibilities may include …").
  const outside = hits.filter((h) => !leads.some((l) => h.start < l.end && h.end > l.start));
  return [...outside, ...leads].sort((a, b) => a.start - b.start);
}

/**
 * Where an item opens after a sub-heading of the list at `at` ("… leadership Store Planning &
 * Scheduling Build the weekly rota …"): two or more Title-Case words (and connectors) followed
 * by an item's opening. Returns the item's offset from `at` (the last such opening), or 0.
 */
function afterSubHeading(s: string, at: number): number {
  let caps = 0;
  let found = 0;
  for (const m of s.slice(at, at + 160).matchAll(/\S+/g)) {
    // A name heads the part, never a sentence ("Our Shift Lead keeps …").
    if (!caps && OPENER.test(m[0])) break;
    if (/^[A-Z][^,:]*,?$/.test(m[0])) {
      if (caps >= 2 && opensLikeItem(s.slice(at + m.index!, at + m.index! + 60).toLowerCase())) found = m.index!;
      caps++;
    } else if (!CONNECTOR.test(m[0])) break;
  }
  return found;
}

// A sentence that opens after a lower-case word, its line break lost ("… experience If you …").
const SENTENCE = /^(If|When|Please|We|Our|You|This)\b/;
// More verbs that open a task, beyond the classifier's ("… issue resolution Document processes …",
// "… improvement Serve as a subject matter expert"). Only with a lower-case word after them: a
// Title-Case name ("… improve Order Management") is no new item.
const TASK_VERB =
  /^(?:Serve|Document|Troubleshoot|Resolve|Act|Communicate|Negotiate|Evaluate|Investigate|Recommend|Present|Schedule|Process|Reconcile|Audit|Forecast|Source|Recruit|Onboard|Train|Coach|Operate|Configure|Test|Deploy|Automate|Integrate|Migrate|Administer|Update|Organi[sz]e|Facilitate|Promote|Generate|Research|Translate|Draft|Edit|Produce|Pick|Pack|Ship|Load|Receive|Inspect|Greet|Answer|Sell|Prospect|Liaise|Advise|Assess|Approve|Compile|Gather|Collect|Measure|Calculate|Estimate|Allocate|Procure|Purchase|Replenish|Curate|Launch|Grow|Increase|Reduce|Achieve|Exceed|Champion|Influence|Align|Prioriti[sz]e|Consolidate|Streamline|Standardi[sz]e|Enforce|Verify|Validate|Submit|Escalate|Triage|Diagnose|Repair|Install|Perform|Complete|Attend|Supervise|Direct|Hire|Interview|Foster|Cultivate|Leverage|Utili[sz]e|Use|Inform)\s+(?:[a-z]|&|[A-Z]{2,5}\s+[a-z])/;

/**
 * One run of content -> its items. A sub-heading found inside it is dropped (`dropSubs`, a duties
 * list: its items are tasks, so a bare name over some of them heads them) or kept as an item.
 */
export function cutItems(text: string, dropSubs = false): string[] {
  const out: string[] = [];
  // A recruiter's tag (#LI-SW1, #LI-Remote) ends what comes before it: the text after is another item.
  const pieces = text.split(/\s*#LI-[A-Za-z0-9]{1,12}\b\s*/);
  for (const sentence of pieces.flatMap((piece) => piece.split(/(?<=[.!?;。；])\s+(?=[A-Z0-9"“(•·●▪-])|\s+(?=[•·●▪◦]\s)/))) {
    const s = sentence.trim();
    let from = 0;
    const cut = (to: number, next: number) => {
      out.push(s.slice(from, to).trim());
      from = next;
    };
    // A capital opening an item right after a lower-case word or a bracket: a lost line break. (At
    // the start only a sub-heading is looked for: the cuts there leave an empty item, dropped below.)
    for (const m of s.matchAll(/(?:^|\s+)(?=[A-Z0-9])/g)) {
      const at = m.index! + m[0].length;
      if (at < from) continue;
      const prev = s.slice(s.lastIndexOf(' ', m.index! - 1) + 1, m.index!);
      if (at && !/^[a-z]|[)\]%]$|^\d+$/.test(prev)) continue;
      // Never after a word that opens a noun phrase ("for the Advanced Imaging group" goes on) or
      // joins one ("a degree plus 2+ years of …"; "… is a plus" ends an item).
      if (PHRASE_OPENER.test(prev) || /(?<!\ba) plus$/.test(s.slice(0, m.index!))) continue;
      if (opensLikeItem(s.slice(at, at + 60).toLowerCase()) || SENTENCE.test(s.slice(at, at + 8)) || TASK_VERB.test(s.slice(at, at + 24))) {
        cut(m.index!, at);
        continue;
      }
      const sub = afterSubHeading(s, at);
      if (!sub) continue;
      cut(m.index!, at);
      cut(dropSubs ? at : at + sub, at + sub);
    }
    out.push(s.slice(from).trim());
  }
  return out.map((t) => t.replace(/^[•·●▪◦]\s*/, '')).filter((t) => /[\p{L}\p{N}]/u.test(t));
}

/** Lines with every long flattened line cut at its inline headings and into items. */
export function unflatten(lines: Line[]): Line[] {
  if (!lines.some((l) => l.text.length >= MIN_FLAT)) return lines;
  const out: Line[] = [];
  for (const line of lines) {
    const hits = line.text.length >= MIN_FLAT && /[a-z]/.test(line.text) ? findHeadings(line.text) : [];
    if (hits.length < 2) {
      out.push(line);
      continue;
    }
    const push = (text: string, duties = false) => {
      for (const item of cutItems(text, duties)) out.push({ ...line, text: item, heading: 0, li: seq++ });
    };
    push(line.text.slice(0, hits[0]!.start));
    hits.forEach((h, k) => {
      out.push({ ...line, text: h.label, heading: 7, li: 0 });
      push(line.text.slice(h.end, hits[k + 1]?.start ?? line.text.length), h.kind === 'duties');
    });
  }
  return out;
}
