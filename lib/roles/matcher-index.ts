import type { Alias, Role } from '../db/schemas';
import { addScaled, countTerms, segmentWords, idfTable, termsOf, unit, weigh, type Vector } from './features';
import { OUTSIDE_FAMILIES, type OutsideFamily } from './outside';
import { aliasLookup, markAmbiguous, titleKey, type AliasEntry, type AliasLookup } from './titles';
import { itemTerms } from './align';
import { profilePhrases, type Phrase } from './explain';
import type { SavedFold } from './saved-fold';
import type { BodyModel } from './body-types';

/**
 * The matcher's index: one term vector per class (each role, plus the outside families), the
 * alias table, and per-duty vectors for evidence and comparison. Built once from the roles (built-in
 * and the user's), the learned aliases and optionally the user's saved postings; then matching is
 * a few sparse dot products per posting.
 */

export interface ClassProfile {
  id: string;
  kind: 'role' | 'outside';
  label: string;
  /** Unit-length tf-idf vector of the class's profile (plus its saved postings). */
  vector: Vector;
  /** Readable phrases of the profile, for evidence; segmented on first use. */
  phrases: () => Phrase[];
}

export interface DutyVector {
  id: string;
  text: string;
  vector: Vector;
}

export interface MatcherIndex {
  classes: ClassProfile[];
  roles: Map<string, Role>;
  aliases: AliasEntry[];
  aliasLookup: AliasLookup;
  /** term -> the classes whose vector has it, with the weight: scores a posting in one pass. */
  postingsByTerm: Map<string, { cls: number; weight: number }[]>;
  /** idf over the class documents: weighs a posting's terms for role scoring. */
  classIdf: (term: string) => number;
  /** idf over single duty and requirement statements: weighs items for duty alignment. */
  itemIdf: (term: string) => number;
  /** Each role's duty and requirement vectors, made on first ask (byRoleOnDemand). */
  duties: RoleItems;
  requirementItems: RoleItems;
  /** The body model learned from real ads (body-model.ts), when loaded: see load-stored.ts. */
  bodyModel?: BodyModel;
}

export function roleProfileText(role: Role): string[] {
  return [
    role.nameZh,
    role.nameEn,
    ...role.aliases,
    ...role.duties.map((x) => x.text),
    ...role.requirements.items.map((x) => x.text),
    ...role.requirements.skills,
  ];
}

function outsideProfileText(f: OutsideFamily): string[] {
  return [f.label, ...f.aliases, ...f.profile];
}

/** The class documents of the roles (each role, and the outside families no role has taken). */
export function classDocuments(roles: readonly Role[]) {
  // A user role that claims an outside family's title takes the family's place.
  const roleAliasKeys = new Set(roles.flatMap((r) => [...r.nameZh.split('/'), ...r.aliases].map(titleKey)));
  const outside = OUTSIDE_FAMILIES.filter((f) => !f.aliases.some((a) => roleAliasKeys.has(titleKey(a))));

  const docs = [
    ...roles.map((r) => ({
      id: r.id,
      kind: 'role' as const,
      label: r.nameZh,
      text: roleProfileText(r),
      short: [r.nameZh, ...r.aliases, ...r.requirements.skills],
      long: [...r.duties, ...r.requirements.items].map((x) => x.text),
    })),
    ...outside.map((f) => ({
      id: f.id,
      kind: 'outside' as const,
      label: f.label,
      text: outsideProfileText(f),
      short: f.aliases,
      long: f.profile,
    })),
  ];
  // Bigrams and Latin words of the whole profile; segmenter words of its names and aliases only,
  // where 3+ character words are what titles are made of. Segmenting the duties too cost a third
  // of a cold popup's index build and changed no eval figure. Lines are joined by newlines: no term
  // crosses a newline, so one call per document equals one per line.
  const counts = docs.map((doc) => countTerms([...termsOf(doc.text.join('\n')), ...segmentWords(doc.short.join('\n'))]));
  return { docs, counts, outside };
}

/** The idf over the class documents, each joined by the terms of its role's saved postings. */
export function classIdfOf(docs: readonly { id: string }[], counts: readonly Vector[], savedTerms: (roleId: string) => Iterable<string>) {
  const termSets = docs.map((doc, i) => {
    const set = new Set(counts[i]!.keys());
    for (const t of savedTerms(doc.id)) set.add(t);
    return set;
  });
  return idfTable(termSets, true).idf;
}

/** A role's item vectors by role id: only `get` is asked for. */
export type RoleItems = Pick<ReadonlyMap<string, DutyVector[]>, 'get'>;

/**
 * Each role's vectors made the first time they are asked for, then kept. The popup's first render
 * needs one role's (the match's evidence and the comparison); making every role's up front was a
 * tenth of the index build on the popup's critical path. Same vectors, only later.
 */
function byRoleOnDemand(roles: ReadonlyMap<string, Role>, make: (role: Role) => DutyVector[]): RoleItems {
  const made = new Map<string, DutyVector[]>();
  return {
    get(roleId) {
      const role = roles.get(roleId);
      if (!role) return undefined;
      let list = made.get(roleId);
      if (!list) made.set(roleId, (list = make(role)));
      return list;
    },
  };
}

// A class's saved postings weigh n / (n + PRIOR) against its written profile: a handful of clips
// nudges the profile, dozens dominate it (saved-fold.ts weighs each clip).
const SAVED_PRIOR = 5;

/** The role's profile vector moved toward its saved postings: n / (n + PRIOR) of the way. */
function withSaved(profile: Vector, fold: SavedFold | undefined): Vector {
  if (fold && fold.total > 0) addScaled(profile, fold.mean, fold.total / (fold.total + SAVED_PRIOR));
  return unit(profile);
}

/**
 * What the index takes from the roles and learned aliases alone, whatever the saved postings:
 * each class's term counts, the alias table with its ambiguity marks, and the item idf. It is
 * most of a cold build (normalising and segmenting every role's text, every alias's substrings),
 * so the popup reads it from IndexedDB when the roles and aliases are as it was made from
 * (index-parts.ts); `indexFromParts` finishes the index from it and the folds.
 */
export interface IndexParts {
  /** The class documents in index order: each role, then the outside families no role took. */
  classes: { id: string; kind: 'role' | 'outside'; label: string; counts: Vector }[];
  aliases: AliasEntry[];
  itemIdf: ReadonlyMap<string, number>;
}

/** The parts of the index that depend only on the roles and the learned aliases. */
export function indexParts(roles: readonly Role[], learned: readonly Alias[] = []): IndexParts {
  const roleIds = new Set(roles.map((r) => r.id));
  const { docs, counts, outside } = classDocuments(roles);
  const aliases = markAmbiguous([
    // A name like 店长/运营经理 is several titles.
    ...roles.flatMap((r) => [...r.nameZh.split('/'), ...r.aliases].map((text) => ({ key: titleKey(text), text, classId: r.id, learned: false }))),
    ...outside.flatMap((f) => f.aliases.map((text) => ({ key: titleKey(text), text, classId: f.id, learned: false }))),
    ...learned.filter((a) => roleIds.has(a.roleId)).map((a) => ({ key: a.alias, text: a.text, classId: a.roleId, learned: true })),
  ].filter((e) => e.key.length > 0));
  // Item-level idf: every duty and requirement statement of every role is one document.
  // Words no statement uses are dropped (idf 0): they cannot match, and counting them would
  // make every long item look unlike every duty.
  const statements = roles.flatMap((r) => [...r.duties, ...r.requirements.items]);
  const { table: itemIdf } = idfTable(statements.map((s) => new Set(itemTerms(s.text))));
  return { classes: docs.map((d, i) => ({ id: d.id, kind: d.kind, label: d.label, counts: counts[i]! })), aliases, itemIdf };
}

/** A class's readable profile for evidence: its names and aliases, its duties and requirements. */
function phraseSource(id: string, roles: ReadonlyMap<string, Role>): { short: string[]; long: string[] } {
  const role = roles.get(id);
  if (role) return { short: [role.nameZh, ...role.aliases, ...role.requirements.skills], long: [...role.duties, ...role.requirements.items].map((x) => x.text) };
  const family = OUTSIDE_FAMILIES.find((f) => f.id === id);
  return { short: family?.aliases ?? [], long: family?.profile ?? [] };
}

/**
 * The index of these roles and learned aliases, each role's profile moved toward its saved
 * postings' fold (fold-postings.ts makes folds from postings; profile-store.ts keeps them). The
 * popup's first script holds no code that reads or folds postings.
 */
export function buildIndex(roles: readonly Role[], learned: readonly Alias[] = [], folds: ReadonlyMap<string, SavedFold> = new Map()): MatcherIndex {
  return indexFromParts(indexParts(roles, learned), roles, folds);
}

/** The index from its role-and-alias parts (made now, or read back: index-parts.ts) and the folds. */
export function indexFromParts(parts: IndexParts, roles: readonly Role[], folds: ReadonlyMap<string, SavedFold> = new Map()): MatcherIndex {
  const roleMap = new Map(roles.map((r) => [r.id, r]));
  const docs = parts.classes;
  const counts = docs.map((d) => d.counts);
  // Saved postings join their class's document for the idf, so their vocabulary counts.
  const classIdf = classIdfOf(docs, counts, (id) => (roleMap.has(id) ? (folds.get(id)?.terms ?? []) : []));

  const classes: ClassProfile[] = docs.map((doc, i) => {
    let phrases: Phrase[] | null = null;
    return {
      id: doc.id,
      kind: doc.kind,
      label: doc.label,
      vector: withSaved(unit(weigh(counts[i]!, classIdf)), roleMap.has(doc.id) ? folds.get(doc.id) : undefined),
      phrases: () => {
        if (!phrases) {
          const { short, long } = phraseSource(doc.id, roleMap);
          phrases = profilePhrases(short, long);
        }
        return phrases;
      },
    };
  });

  const itemTable = parts.itemIdf;
  const itemIdf = (t: string) => itemTable.get(t) ?? 0;
  const vectorsOf = (list: Role['duties']): DutyVector[] =>
    list.map((x) => ({ id: x.id, text: x.text, vector: unit(weigh(countTerms(itemTerms(x.text)), itemIdf)) }));

  const postingsByTerm = new Map<string, { cls: number; weight: number }[]>();
  classes.forEach((c, i) => {
    for (const [t, w] of c.vector) {
      const list = postingsByTerm.get(t) ?? [];
      list.push({ cls: i, weight: w });
      postingsByTerm.set(t, list);
    }
  });

  return {
    classes,
    roles: roleMap,
    aliases: parts.aliases,
    aliasLookup: aliasLookup(parts.aliases),
    postingsByTerm,
    classIdf,
    itemIdf,
    duties: byRoleOnDemand(roleMap, (r) => vectorsOf(r.duties)),
    requirementItems: byRoleOnDemand(roleMap, (r) => vectorsOf(r.requirements.items)),
  };
}
