import { describe, expect, test } from 'vitest';
import { splitClauses } from '@/lib/roles/clauses';

// Items written for these tests, in the layouts ads use.
describe('splitClauses', () => {
  test('sentence and comma punctuation cut clauses; 、 cuts parts inside a clause', () => {
    const c = splitClauses('1、负责仓库入库上架、拣货、打包，发货；处理退货。');
    expect(c.map((x) => x.text)).toEqual(['负责仓库入库上架、拣货、打包', '发货', '处理退货']);
    expect(c[0]!.parts.map((p) => p.text)).toEqual(['负责仓库入库上架', '拣货', '打包']);
  });

  test('list words (包括, 等) open and close a list', () => {
    const [c] = splitClauses('负责人事工作包括招聘、培训、薪酬等');
    expect(c!.parts.map((p) => p.text)).toEqual(['负责人事工作', '招聘', '培训', '薪酬']);
  });

  test('a heading before a colon is its own clause', () => {
    expect(splitClauses('绩效管理：制定团队绩效方案').map((x) => x.text)).toEqual(['绩效管理', '制定团队绩效方案']);
  });

  test('a bracketed aside is a clause of its own, and the sentence around it closes up', () => {
    expect(splitClauses('负责店铺运营（上新、改价）').map((x) => x.text)).toEqual(['负责店铺运营', '上新、改价']);
    expect(splitClauses('及时更新各平台(抖音、小红书)的内容和互动').map((x) => x.text)).toEqual(['及时更新各平台的内容和互动', '抖音、小红书']);
    expect(splitClauses('负责（未闭合的括号，继续').map((x) => x.text)).toEqual(['负责', '未闭合的括号', '继续']);
  });

  test('Excel carriage-return marks and a lone marker are no clause at all', () => {
    expect(splitClauses('_x000d_')).toEqual([]);
    expect(splitClauses('3、')).toEqual([]);
    expect(splitClauses('负责对账_x000d_').map((x) => x.text)).toEqual(['负责对账']);
  });

  test('numbers keep their commas and points', () => {
    expect(splitClauses('月销售额1,000万，客单价3.5元').map((x) => x.text)).toEqual(['月销售额1,000万', '客单价3.5元']);
  });

  test('a comma between Latin names lists them; with a space it ends a clause', () => {
    expect(splitClauses('熟悉Redis,Kafka等中间件').map((x) => x.text)).toEqual(['熟悉Redis,Kafka等中间件']);
    expect(splitClauses('Write copy, plan posts').map((x) => x.text)).toEqual(['Write copy', 'plan posts']);
  });

  test('English lists split at commas and and/or', () => {
    const c = splitClauses('Handle refunds, returns and complaints.');
    expect(c.map((x) => x.text)).toEqual(['Handle refunds', 'returns and complaints']);
    expect(c[1]!.parts.map((p) => p.text)).toEqual(['returns', 'complaints']);
  });

  test('the comparison form is lower case, Simplified and half-width', () => {
    const [c] = splitClauses('負責ＳＥＯ優化');
    expect(c!.norm).toBe('负责seo优化');
    expect(c!.text).toBe('負責ＳＥＯ優化');
  });

  test('a run without punctuation is cut into bounded clauses', () => {
    const c = splitClauses('字'.repeat(200));
    expect(c.length).toBe(3);
    expect(Math.max(...c.map((x) => x.text.length))).toBeLessThanOrEqual(80);
  });
});
