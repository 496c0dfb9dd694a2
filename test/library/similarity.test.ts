import { describe, expect, test } from 'vitest';
import { CLUSTER_THRESHOLD, cleanLabel, clusterItems, similarity } from '@/lib/library/similarity';

/**
 * The pairs that justify CLUSTER_THRESHOLD: rewrites of one statement must score at or above it,
 * distinct statements (often of the same role, sharing verb and object) below it.
 */
const SAME: [string, string][] = [
  ['负责店铺首页和详情页的设计', '1、负责店铺首页和详情页的设计；'],
  ['负责店铺首页和详情页的设计', '負責店鋪首頁和詳情頁的設計'],
  ['负责店铺首页和详情页的设计', '负责店铺的首页和详情页的设计'],
  ['负责店铺首页和详情页的设计', '负责店铺首页、详情页设计等工作'],
  ['制作商品主图、海报和活动页面', '制作商品主图、海报、活动页面'],
  ['处理退换货、投诉等售后问题', '处理退换货、投诉等售后问题，及时跟进'],
  ['报名平台活动并跟进活动执行', '报名平台活动，并跟进活动的执行'],
  ['熟练使用Photoshop、Illustrator', '熟练使用 photoshop、illustrator 等软件'],
  ['Design banners for campaigns', 'Design banners for the campaigns.'],
  ['负责站外引流渠道的投放与效果追踪', '负责站外引流渠道的投放与效果追踪，并定期输出总结报告'],
  ['负责客户咨询', '负责客户的咨询工作'],
];
const DIFFERENT: [string, string][] = [
  ['负责店铺首页和详情页的设计', '负责店铺客服工作'],
  ['负责店铺日常运营', '负责店铺日常推广'],
  ['制作商品主图、海报和活动页面', '负责商品上下架和活动报名'],
  ['分析店铺流量、转化率等数据', '分析竞品价格与活动'],
  ['处理退换货、投诉等售后问题', '跟踪物流信息，解决配送异常'],
  ['熟练使用Photoshop', '熟练使用Excel'],
  ['负责直通车推广计划的搭建与优化', '负责直播间搭建与设备调试'],
  ['3年以上运营经验', '3年以上设计经验'],
  ['负责天猫店铺运营', '负责京东店铺运营'],
  ['本科及以上学历', '大专及以上学历'],
];

describe('bigram Jaccard similarity', () => {
  test.each(SAME)('same statement: %s ~ %s', (a, b) => {
    expect(similarity(a, b)).toBeGreaterThanOrEqual(CLUSTER_THRESHOLD);
  });
  test.each(DIFFERENT)('different statements: %s vs %s', (a, b) => {
    expect(similarity(a, b)).toBeLessThan(CLUSTER_THRESHOLD);
  });
  test('identical text is 1, disjoint is 0, empty is 0', () => {
    expect(similarity('负责运营', '负责运营')).toBe(1);
    expect(similarity('负责运营', 'abc')).toBe(0);
    expect(similarity('', '；')).toBe(0);
  });
});

describe('clusterItems', () => {
  const items = [
    '负责店铺首页和详情页的设计', '1、负责店铺首页和详情页的设计；', '負責店鋪首頁和詳情頁的設計',
    '负责直播间搭建与设备调试', '负责直播间的搭建与设备调试',
    '3年以上运营经验', '熟练使用Excel', '负责店铺首页和详情页的设计', '负责店铺首页、详情页设计等工作',
  ].map((text, i) => ({ text, ref: i }));

  test('near-identical items share a cluster; the most frequent wording is the label', () => {
    const clusters = clusterItems(items);
    expect(clusters.map((c) => c.label)).toEqual([
      '负责店铺首页和详情页的设计', '3年以上运营经验', '熟练使用Excel', '负责直播间搭建与设备调试',
    ]);
    // Traditional and numbered copies share one key, so they are one variant.
    expect(clusters[0]!.members.map((m) => m.ref).sort()).toEqual([0, 1, 2, 7, 8]);
    expect(clusters[0]!.variants).toEqual(['负责店铺首页和详情页的设计', '负责店铺首页、详情页设计等工作']);
    expect(clusters[3]!.members.map((m) => m.ref)).toEqual([3, 4]);
  });

  test('the result does not depend on the input order', () => {
    const reversed = clusterItems([...items].reverse());
    const norm = (cs: ReturnType<typeof clusterItems<number>>) => cs.map((c) => [c.label, c.members.map((m) => m.ref).sort()]);
    expect(norm(reversed)).toEqual(norm(clusterItems(items)));
  });

  test('items that are only punctuation or numbering are dropped', () => {
    expect(clusterItems([{ text: '1、；', ref: 0 }, { text: '', ref: 1 }])).toEqual([]);
  });

  test('labels lose numbering and list punctuation', () => {
    expect(cleanLabel(' 2. 负责客服工作； ')).toBe('负责客服工作');
  });
});
