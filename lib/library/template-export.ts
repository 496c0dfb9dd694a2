import type { JdTemplate } from './template';

/**
 * A template as the text of a job ad: Markdown (for boards and wikis that render it) and plain
 * text (for the clipboard and boards that do not). Blank items and empty sections are left out.
 */

/** What the exporters print: blank items, empty sections and an empty salary dropped. */
export function printable(t: JdTemplate): { title: string; salary: string; sections: { title: string; items: string[] }[] } {
  return {
    title: t.title.trim(),
    salary: t.salary.trim(),
    sections: t.sections
      .map((s) => ({ title: s.title.trim(), items: s.items.map((i) => oneLine(i.text)).filter(Boolean) }))
      .filter((s) => s.items.length > 0),
  };
}

export function salaryLabel(t: JdTemplate): string {
  return t.locale === 'en' ? 'Salary' : '薪资';
}

// An item is one list entry: inner line breaks would break the numbering.
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

// Item text comes from pages and users: escape what Markdown would turn into markup, and a
// leading "1." or "#" that would start another list or a heading.
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, (ch) => `\\${ch}`)
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([#+-])/, '\\$1');
}

export function toMarkdown(t: JdTemplate): string {
  const p = printable(t);
  const lines: string[] = [];
  if (p.title) lines.push(`# ${escapeMarkdown(p.title)}`, '');
  if (p.salary) lines.push(`**${salaryLabel(t)}**: ${escapeMarkdown(p.salary)}`, '');
  for (const s of p.sections) {
    if (s.title) lines.push(`## ${escapeMarkdown(s.title)}`, '');
    s.items.forEach((item, i) => lines.push(`${i + 1}. ${escapeMarkdown(item)}`));
    lines.push('');
  }
  return `${lines.join('\n').trim()}\n`;
}

export function toPlainText(t: JdTemplate): string {
  const p = printable(t);
  const colon = t.locale === 'en' ? ': ' : '：';
  const lines: string[] = [];
  if (p.title) lines.push(p.title, '');
  if (p.salary) lines.push(`${salaryLabel(t)}${colon}${p.salary}`, '');
  for (const s of p.sections) {
    if (s.title) lines.push(`${s.title}${colon.trim()}`);
    s.items.forEach((item, i) => lines.push(`${i + 1}. ${item}`));
    lines.push('');
  }
  return `${lines.join('\n').trim()}\n`;
}
