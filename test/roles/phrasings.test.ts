import { describe, expect, test } from 'vitest';
import { matchPhrasing, onlyGeneric, parsePhrasing, phrasingProblem, PhrasingSyntaxError } from '@/lib/roles/phrasings';
import { normalizeForMatch } from '@/lib/text/normalize';

const hits = (pattern: string, clause: string, span?: number) => matchPhrasing(parsePhrasing(pattern), normalizeForMatch(clause), span) >= 0;

describe('phrasing patterns', () => {
  test('a single word matches wherever it appears', () => {
    expect(hits('招聘', '协助部门经理开展招聘工作')).toBe(true);
    expect(hits('招聘', '负责员工培训')).toBe(false);
  });

  test('every + group must match: the activity and its object together', () => {
    expect(hits('核对 + 应收|应付|往来', '每月核对应付账款')).toBe(true);
    expect(hits('核对 + 应收|应付|往来', '配合仓库核对存货')).toBe(false);
  });

  test('a ! group rules out the other sense of a shared word', () => {
    const p = '组织 + 活动 + 员工|团队 + !代言人|直播';
    expect(hits(p, '组织员工团建活动')).toBe(true);
    expect(hits(p, '组织代言人与员工的直播活动')).toBe(false);
  });

  test('Latin words match at a word start; short ones only whole', () => {
    expect(hits('recruit', 'Recruiting engineers')).toBe(true);
    expect(hits('recruit', 'unrecruited')).toBe(false);
    expect(hits('sem', 'SEM 推广')).toBe(true);
    expect(hits('sem', 'each semester')).toBe(false);
  });

  test('a longer Latin word is another word unless it only inflects (java is not javascript)', () => {
    expect(hits('java', '参与基于JavaScript的项目开发')).toBe(false);
    expect(hits('java', '负责Java后端服务开发')).toBe(true);
    expect(hits('report', 'weekly reports')).toBe(true);
    expect(hits('plan', 'plant maintenance')).toBe(false);
    expect(hits('html', 'HTML5 页面')).toBe(true);
  });

  test('a clause where a pattern finds only generic words (运营, 平台, 维护…) is not its duty', () => {
    const p = parsePhrasing('平台|店铺 + 日常|维护');
    expect(onlyGeneric(p, '参与运营及平台维护工作')).toBe(true);
    expect(onlyGeneric(p, '负责店铺日常维护')).toBe(false);
  });

  test('a plus inside a word is a letter, not a group separator', () => {
    expect(parsePhrasing('c++|dou+ + 开发').all).toHaveLength(2);
    expect(hits('c++ + 开发', '负责C++服务开发')).toBe(true);
  });

  test('the words must sit within the span', () => {
    const clause = '负责数据分析以及店铺页面和活动报名和很多别的事情的报告';
    expect(hits('数据 + 报告', clause, 40)).toBe(true);
    expect(hits('数据 + 报告', clause, 10)).toBe(false);
  });

  test('patterns that cannot match anything are refused with a reason', () => {
    expect(() => parsePhrasing('')).toThrow(PhrasingSyntaxError);
    expect(() => parsePhrasing('招聘 +  + 面试')).toThrow(/empty/);
    expect(phrasingProblem('!代言人')).toMatch(/every clause/);
    expect(phrasingProblem('x'.repeat(201))).toMatch(/longer/);
    expect(phrasingProblem('发布|筛选 + 职位|简历')).toBeNull();
  });

  test('the anchor is where the first group matched', () => {
    const norm = normalizeForMatch('负责入库、盘点');
    expect(matchPhrasing(parsePhrasing('盘点'), norm)).toBe(norm.indexOf('盘点'));
  });
});
