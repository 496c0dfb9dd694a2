import { hasItemMarker } from '../text/items';
import type { Line } from './lines';

/**
 * A table row "<td>岗位职责</td><td>1、…<br>2、…</td>" reads "label: value" like a line would: a
 * first cell that is one short label joins the first line of the cell after it, so 职位名称 and
 * its value, or a heading and its first item, are not split apart. Rows of three or more cells are
 * a grid, read cell by cell, except a row of <th>label</th><td>value</td> pairs ("性别要求 | 女 |
 * 年龄要求 | 20-25"), whose every pair is one field.
 */
export function joinLabelCells(lines: Line[]): Line[] {
  if (!lines.some((l) => l.cell)) return lines;
  const row = (l: Line) => l.anc?.[l.anc.length - 2];
  const pairs = pairedRows(lines, row);
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1];
    const label = a.text.replace(/[\s:：]+$/u, '');
    const short = /[\u3400-\u9fff]/.test(label) ? label.length <= 10 : label.split(/\s+/).length <= 4;
    // Only in a two-column row: in a grid ("岗位 | 职数 | 专业要求", then a row per post) the first cell names a column or a post.
    const third = lines.slice(i + 2, i + 40).some((l) => row(l) === row(a) && (l.cell ?? 0) >= 3);
    const first = a.cell === 1 && !third;
    const paired = !!a.cell && a.cell % 2 === 1 && pairs.has(row(a));
    if ((first || paired) && b?.cell === a.cell! + 1 && row(a) === row(b) && short && !/[:：]\s*\S/.test(a.text) && !hasItemMarker(a.text)) {
      out.push({ ...b, text: `${label}：${b.text}`, ...(paired ? { fact: true } : {}) });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/**
 * Rows whose cells alternate <th> and <td>, four or more of them: label/value pairs side by side.
 * A grid's header row is all <th>, and its rows of posts are <td> (after a <th> that names the post).
 */
function pairedRows(lines: Line[], row: (l: Line) => number | undefined): Set<number | undefined> {
  const cells = new Map<number | undefined, Map<number, boolean>>();
  for (const l of lines) {
    if (!l.cell) continue;
    const r = cells.get(row(l)) ?? new Map<number, boolean>();
    if (!r.has(l.cell)) r.set(l.cell, !!l.th);
    cells.set(row(l), r);
  }
  const out = new Set<number | undefined>();
  for (const [r, cs] of cells) {
    const n = Math.max(...cs.keys());
    if (n < 4 || n % 2) continue;
    let alternate = true;
    for (let c = 1; c <= n && alternate; c++) alternate = cs.has(c) ? cs.get(c) === (c % 2 === 1) : c % 2 === 0;
    if (alternate) out.add(r);
  }
  return out;
}
