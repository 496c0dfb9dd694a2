import type { Field, Group } from './groups';
import { noiseKind } from './noise';

/**
 * A post given only as label lines (招聘部门：… / 学历：本科以上 / 工作经验：三年以上 / 项目经验：…),
 * as small employers' careers pages write one: no list, no duties, the labels are the ad. Its
 * education and experience labels are then what it asks for, as they are inside a requirements
 * list (groups.ts), and read as requirement items. An ad with a list of its own, or with duties,
 * says what it asks for there: its header's labels stay fields.
 */
const MIN_LABELS = 3;
// A value that asks for nothing.
const NO_NEED = /^(不限|无|无要求|不要求|不详|若干|面议)[。.]?$/;

export function labelRequirements(groups: Group[], fields: Field[], duties: string[], requirements: string[]): string[] {
  if (duties.length || fields.length < MIN_LABELS) return [];
  // Any numbered or bulleted item (a furniture link's "»" aside) makes it a list.
  if (groups.some((g) => g.items.some((it) => it.marked && !noiseKind(it.text)))) return [];
  const have = new Set(requirements);
  return fields
    .filter((f) => (f.name === 'education' || f.name === 'experience') && !NO_NEED.test(f.value) && !have.has(f.text))
    .map((f) => f.text);
}
