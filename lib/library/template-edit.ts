import { SECTION_TITLES, type JdTemplate, type TemplateItem, type TemplateSection } from './template';

/**
 * Edits of a JD template. Each returns a new template and leaves its input untouched; an
 * unknown section or item id (a stale click) returns the input itself.
 */

function mapSection(t: JdTemplate, sectionId: string, fn: (s: TemplateSection) => TemplateSection): JdTemplate {
  const at = t.sections.findIndex((s) => s.id === sectionId);
  if (at < 0) return t;
  const next = fn(t.sections[at]!);
  if (next === t.sections[at]) return t;
  const sections = [...t.sections];
  sections[at] = next;
  return { ...t, sections };
}

// The next free "user:N" id: ids stay unique even after deletions.
function nextId(t: JdTemplate, prefix: string): string {
  let max = 0;
  for (const s of [...t.sections.map((x) => x.id), ...t.sections.flatMap((x) => x.items.map((i) => i.id))]) {
    const m = s.startsWith(`${prefix}:`) ? Number(s.slice(prefix.length + 1)) : NaN;
    if (Number.isInteger(m) && m > max) max = m;
  }
  return `${prefix}:${max + 1}`;
}

export function setTitle(t: JdTemplate, title: string): JdTemplate {
  return { ...t, title };
}

export function setSalary(t: JdTemplate, salary: string): JdTemplate {
  return { ...t, salary };
}

/** Adds a user item at `at` (default: the end of the section). */
export function addItem(t: JdTemplate, sectionId: string, text: string, at?: number): JdTemplate {
  const item: TemplateItem = { id: nextId(t, 'user'), text, origin: 'user', sourceId: null, frequency: null, originalText: null };
  return mapSection(t, sectionId, (s) => {
    const items = [...s.items];
    items.splice(at ?? items.length, 0, item);
    return { ...s, items };
  });
}

export function editItem(t: JdTemplate, sectionId: string, itemId: string, text: string): JdTemplate {
  return mapSection(t, sectionId, (s) => {
    if (!s.items.some((i) => i.id === itemId)) return s;
    return { ...s, items: s.items.map((i) => (i.id === itemId ? { ...i, text } : i)) };
  });
}

/** Puts back the text the item was built with (role and saved items only). */
export function restoreItem(t: JdTemplate, sectionId: string, itemId: string): JdTemplate {
  return mapSection(t, sectionId, (s) => {
    const item = s.items.find((i) => i.id === itemId);
    if (!item || item.originalText === null) return s;
    return { ...s, items: s.items.map((i) => (i.id === itemId ? { ...i, text: item.originalText! } : i)) };
  });
}

export function removeItem(t: JdTemplate, sectionId: string, itemId: string): JdTemplate {
  return mapSection(t, sectionId, (s) => {
    const items = s.items.filter((i) => i.id !== itemId);
    return items.length === s.items.length ? s : { ...s, items };
  });
}

/** Moves an item to position `to` of a section (the same one or another). */
export function moveItem(t: JdTemplate, from: { sectionId: string; itemId: string }, to: { sectionId: string; index: number }): JdTemplate {
  const source = t.sections.find((s) => s.id === from.sectionId);
  const item = source?.items.find((i) => i.id === from.itemId);
  if (!item || !t.sections.some((s) => s.id === to.sectionId)) return t;
  const removed = removeItem(t, from.sectionId, from.itemId);
  return mapSection(removed, to.sectionId, (s) => {
    const items = [...s.items];
    items.splice(Math.max(0, Math.min(to.index, items.length)), 0, item);
    return { ...s, items };
  });
}

export function addSection(t: JdTemplate, title: string, kind: TemplateSection['kind'] = 'custom'): JdTemplate {
  const id = kind === 'custom' || t.sections.some((s) => s.id === kind) ? nextId(t, 'section') : kind;
  const fallback = kind === 'custom' ? '' : SECTION_TITLES[t.locale][kind];
  return { ...t, sections: [...t.sections, { id, kind, title: title || fallback, items: [] }] };
}

export function renameSection(t: JdTemplate, sectionId: string, title: string): JdTemplate {
  return mapSection(t, sectionId, (s) => ({ ...s, title }));
}

export function removeSection(t: JdTemplate, sectionId: string): JdTemplate {
  const sections = t.sections.filter((s) => s.id !== sectionId);
  return sections.length === t.sections.length ? t : { ...t, sections };
}

export function moveSection(t: JdTemplate, sectionId: string, to: number): JdTemplate {
  const at = t.sections.findIndex((s) => s.id === sectionId);
  if (at < 0) return t;
  const sections = [...t.sections];
  const [section] = sections.splice(at, 1);
  sections.splice(Math.max(0, Math.min(to, sections.length)), 0, section!);
  return { ...t, sections };
}
