import { describe, expect, test } from 'vitest';
import { cutItems, unflatten } from '@/lib/extract/flat';
import { repairMojibake } from '@/lib/extract/mojibake';
import { splitSections } from '@/lib/extract/sections';

/** Descriptions flattened into one paragraph (ATS JSON-LD), and text double-encoded on its way. */
describe('flattened descriptions', () => {
  const flat =
    'We make furniture for small homes. A Day in the Life You will buy for our sofa range. Key Responsibilities Negotiate cost with vendors. Track open purchase orders. Required Qualifications Bachelor’s degree in business 3+ years of buying experience Strong Excel skills Preferred Qualifications Experience with import logistics. About Example Co We were founded in 1998.';

  test('cut at its Title-Case headings, then into items', () => {
    const lines = unflatten([{ text: flat, heading: 0, li: 0 }]);
    const headings = lines.filter((l) => l.heading).map((l) => l.text);
    expect(headings).toEqual(['A Day in the Life', 'Key Responsibilities', 'Required Qualifications', 'Preferred Qualifications', 'About Example Co']);
    const s = splitSections(lines);
    expect(s.duties).toContain('Negotiate cost with vendors.');
    expect(s.requirements).toEqual(['Bachelor’s degree in business', '3+ years of buying experience', 'Strong Excel skills']);
    expect(s.preferred).toEqual(['Experience with import logistics.']);
    expect([...s.duties, ...s.requirements, ...s.preferred].join(' ')).not.toContain('founded');
  });

  test('a Title-Case name inside a sentence is no heading; one heading alone leaves the line as it is', () => {
    const text = 'Experience with SAP Business One and Microsoft Dynamics is useful for this role, together with strong communication skills and patience.';
    expect(unflatten([{ text, heading: 0, li: 0 }])).toHaveLength(1);
  });

  test.each([
    ['Own the roadmap. Ship weekly.', ['Own the roadmap.', 'Ship weekly.']],
    ['3 - 5 years of billing experience Familiarity with SAP', ['3 - 5 years of billing experience', 'Familiarity with SAP']],
    ['Python (required), Scala, or Java Comfortable with shell scripting', ['Python (required), Scala, or Java Comfortable with shell scripting']],
    ['Java (required) Comfortable with shell scripting', ['Java (required)', 'Comfortable with shell scripting']],
    [
      'Provide daily system support and issue resolution Document processes and requirements Serve as the expert for planning tools',
      ['Provide daily system support and issue resolution', 'Document processes and requirements', 'Serve as the expert for planning tools'],
    ],
    ['Maintain the catalog and improve Order Management reporting', ['Maintain the catalog and improve Order Management reporting']],
  ])('cutItems(%s)', (text, items) => expect(cutItems(text)).toEqual(items));

  test('Chinese run-on text: a label running into its first numbered item is a heading', () => {
    const s = splitSections('岗位职责1.负责客服团队管理2.制定服务标准 任职资格1.大专以上学历2.有客服管理经验');
    expect(s.duties).toEqual(['负责客服团队管理', '制定服务标准']);
    expect(s.requirements).toEqual(['大专以上学历', '有客服管理经验']);
  });

  test('"有2、3年经验" keeps its numbers', () => {
    expect(splitSections('任职要求：\n1、有2、3年电商经验').requirements).toEqual(['有2、3年电商经验']);
  });
});

describe('repairMojibake', () => {
  test.each([
    ['Youâ\u0080\u0099ll lead', 'You’ll lead'],
    ['Bachelorâ€™s degree', 'Bachelor’s degree'],
    ['Ã©tÃ©', 'été'],
    ['café in Zürich, naïve', 'café in Zürich, naïve'],
    ['岗位职责', '岗位职责'],
  ])('%s', (input, out) => expect(repairMojibake(input)).toBe(out));
});

/**
 * Flattened descriptions whose lists had structure of their own: Title-Case sub-headings over parts
 * of the duties, headings joined by a dash, items joined by "plus", a closing invitation glued to the
 * last item. The ad is written for the test.
 */
describe('flattened descriptions: what the lost line breaks hid', () => {
  const flat =
    'Our bakeries open early. A Day in the Life Our Shift Lead keeps six shops stocked. Key Responsibilities: Stock Planning & Shelf Layout Plan the weekly flour orders for each branch Review the delivery notes against invoices Vendor, Quality & Cost Control Manage supplier contracts with the mills. Track damaged goods Must Haves – Basic Qualifications High school diploma plus 3+ years of retail supervision Experience in Adobe Acrobat, Word, and basic bookkeeping Preferred Qualifications A food hygiene certificate If the work sounds right, we warmly invite candidates to apply. Benefits Free bread on Fridays.';
  const lines = () => unflatten([{ text: flat, heading: 0, li: 0 }]);

  test('headings stop where a sentence opens, and two names joined by a dash are one heading', () => {
    expect(lines().filter((l) => l.heading).map((l) => l.text)).toEqual([
      'A Day in the Life',
      'Key Responsibilities',
      'Must Haves – Basic Qualifications',
      'Preferred Qualifications',
      'Benefits',
    ]);
  });

  test('sub-headings inside the duties are not duties, and cut the items apart', () => {
    const s = splitSections(lines());
    expect(s.duties).toEqual([
      'Our Shift Lead keeps six shops stocked.',
      'Plan the weekly flour orders for each branch',
      'Review the delivery notes against invoices',
      'Manage supplier contracts with the mills.',
      'Track damaged goods',
    ]);
  });

  test('"plus" joins an item; an item opening like a requirement with a preposition is no heading; the dash heading is no item', () => {
    expect(splitSections(lines()).requirements).toEqual([
      'High school diploma plus 3+ years of retail supervision',
      'Experience in Adobe Acrobat, Word, and basic bookkeeping',
    ]);
    expect(cutItems('Knowing our stock is a plus Track damaged goods')).toEqual(['Knowing our stock is a plus', 'Track damaged goods']);
  });

  test('a closing invitation glued to the last item is cut off and is no item', () => {
    expect(splitSections(lines()).preferred).toEqual(['A food hygiene certificate']);
  });

  test('outside the duties a Title-Case name before an item is an item of its own', () => {
    expect(cutItems('Spreadsheet skills Point Of Sale Systems Experience with stock counts')).toEqual([
      'Spreadsheet skills',
      'Point Of Sale Systems',
      'Experience with stock counts',
    ]);
    expect(cutItems('Spreadsheet skills Point Of Sale Systems Experience with stock counts', true)).toEqual(['Spreadsheet skills', 'Experience with stock counts']);
  });
});
