import { describe, expect, test } from 'vitest';
import { builtinRoles } from '@/lib/roles/library';
import { buildIndex, type MatcherIndex } from '@/lib/roles/matcher-index';
import { builtinMatcherIndex } from '@/lib/roles/builtin-index';
import { readTitle } from '@/lib/roles/titles';
import { matchPosting, rankClasses, ruleFor } from '@/lib/roles/matcher';
import { calibrateBlend, type CalibrationRow, type Grid } from '@/lib/roles/body-calibrate';

// A title worded as a post (交付经理, 城市主管) that no alias explains names a job the library does
// not know: the body must make the case against its own title, under the more cautious rule (issue 12).
// Titles and items written for these tests.

const index = buildIndex(builtinRoles(0));
const read = (title: string) => readTitle(title, index.aliases, index.aliasLookup);

describe('title reading: a post the library does not know', () => {
  test.each(['交付经理（华东）', '城市主管-西区', '质检专员', '华东大区-物资督导员'])('%s is worded as a post, with no alias', (title) => {
    const r = read(title);
    expect(r.head).toBeNull();
    expect(r.namesPost).toBe(true);
  });

  test.each(['docker分布式（北京）', '团队优势', ''])('%s is not worded as a post', (title) => {
    expect(read(title).namesPost).toBe(false);
  });

  test('a title the alias table explains is titled, not unexplained', () => {
    const ranking = rankClasses(index, { title: '淘宝客服专员', duties: ['回复顾客咨询'], requirements: [] });
    expect(ranking.titled).toBe(true);
    expect(ranking.unexplained).toBe(false);
  });
});

describe('ruleFor', () => {
  const rule = { titled: { threshold: 0.4, margin: 0.02 }, untitled: { threshold: 0.25, margin: 0.1 } };

  test('titled and untitled postings take their own rule', () => {
    expect(ruleFor(rule, true, false)).toEqual(rule.titled);
    expect(ruleFor(rule, false, false)).toEqual(rule.untitled);
  });

  test('an unexplained post takes the higher threshold and the higher margin', () => {
    expect(ruleFor(rule, false, true)).toEqual({ threshold: 0.4, margin: 0.1 });
  });
});

describe('the matcher under a calibration whose rules differ', () => {
  // The shipped model with a calibration made for this test: any body passes the untitled rule,
  // nothing passes the titled one.
  const shipped = builtinMatcherIndex();
  const strictTitled: MatcherIndex = {
    ...shipped,
    bodyModel: { ...shipped.bodyModel!, calibration: { ...shipped.bodyModel!.calibration, titled: { threshold: 0.99, margin: 0 }, untitled: { threshold: 0.01, margin: 0 } } },
  };
  const items = { duties: ['负责仓库货品的拣货、打包和发货', '每月盘点库存，登记出入库'], requirements: ['能吃苦耐劳'] };

  test('the same body is assigned without a title and held back under a post the library does not know', () => {
    expect(matchPosting(strictTitled, { title: '', ...items }).role?.id).toBe('warehouse-logistics');
    const unknown = matchPosting(strictTitled, { title: '物资督导员', ...items });
    expect(unknown.role).toBeNull();
    expect(unknown.evidence.abstainReason).toBe('low-score');
    expect(unknown.candidates[0]?.id).toBe('warehouse-logistics');
  });
});

describe('calibration: unexplained posts move with both rules', () => {
  // Two unexplained posts: ours scoring 0.6, one outside the team scoring 0.4 (a role the model
  // does not know keeps its library score whole). Only a rule whose cautious side falls between
  // them gets both right; it must come from counting these rows under both rules.
  const row = (accept: string[], score: number): CalibrationRow => ({
    group: 'g',
    accept,
    titled: false,
    unexplained: true,
    parts: [
      { id: 'warehouse-logistics', kind: 'role', title: 0, library: score, model: null },
      { id: 'outside:sales', kind: 'outside', title: 0, library: 0, model: null },
    ],
  });
  const grid: Grid = { modelWeights: [0.5], titleWeights: [0.5], thresholds: [0.1, 0.3, 0.5, 0.7], margins: [0] };

  test('the calibrated rules assign the post of ours and hold back the other', () => {
    const cautious = ruleFor(calibrateBlend([row(['warehouse-logistics'], 0.6), row([], 0.4)], grid), false, true);
    expect(0.6 >= cautious.threshold).toBe(true);
    expect(0.4 >= cautious.threshold).toBe(false);
  });
});
