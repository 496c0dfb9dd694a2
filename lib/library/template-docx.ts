import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { JdTemplate } from './template';
import { printable, salaryLabel } from './template-export';

/** The .docx media type, for the Blob the UI downloads. */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The template as a Word document (docx, a maintained OOXML writer): a title, the salary, and a
 * heading with numbered items per section. Numbers are written into the text ("1. …") rather
 * than as Word list numbering, so they survive copy-paste into job boards' plain text boxes.
 * Chinese text is set in Microsoft YaHei (Word falls back to an installed CJK font elsewhere).
 */
export async function toDocx(t: JdTemplate): Promise<Uint8Array> {
  const p = printable(t);
  const children: Paragraph[] = [];
  if (p.title) children.push(new Paragraph({ text: p.title, heading: HeadingLevel.TITLE }));
  if (p.salary) {
    children.push(new Paragraph({
      children: [new TextRun({ text: `${salaryLabel(t)}${t.locale === 'en' ? ': ' : '：'}`, bold: true }), new TextRun(p.salary)],
    }));
  }
  for (const s of p.sections) {
    if (s.title) children.push(new Paragraph({ text: s.title, heading: HeadingLevel.HEADING_2 }));
    s.items.forEach((item, i) => children.push(new Paragraph({ text: `${i + 1}. ${item}`, spacing: { after: 80 } })));
  }
  const doc = new Document({
    title: p.title,
    creator: 'RoleClip',
    styles: { default: { document: { run: { font: { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'Microsoft YaHei' }, size: 22 } } } },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
