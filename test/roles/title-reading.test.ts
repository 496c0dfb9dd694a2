import { describe, expect, test } from 'vitest';
import { builtinRoles } from '@/lib/roles/library';
import { buildIndex } from '@/lib/roles/matcher-index';
import { readTitle } from '@/lib/roles/titles';
import { parseTitle } from '@/lib/roles/title-parse';
import { levelOf, roleAtLevel } from '@/lib/roles/levels';
import { normalizeForMatch } from '@/lib/text/normalize';
import { builtinMatcherIndex } from '@/lib/roles/builtin-index';
import { matchPosting } from '@/lib/roles/matcher';
import { matchInputOf } from '@/lib/roles/analyze';
import { extractFromText } from '@/lib/extract';

// Titles written for these tests in the shapes boards use (issue 12), not copied from any ad.
const index = buildIndex(builtinRoles(0));
const read = (title: string) => readTitle(title, index.aliases, index.aliasLookup);
const headOf = (title: string) => read(title).head?.entry.classId ?? null;

describe('title reading: rank words set the level, never the domain', () => {
  test.each([
    ['采购工程师', 'merchandiser'], // 工程师 names a person at work, 采购 the field
    ['财务分析工程师', 'finance'],
    ['数据仓库工程师', 'tech'], // a same-class word before the head confirms it
    ['售前工程师', 'tech'], // a pre-sales engineer is an engineer, not customer service
    ['天猫运营主管', 'store-manager'], // runs a shop
    ['京东运营经理', 'store-manager'],
    ['亚马逊运营组长/主管', 'store-manager'],
    ['拼多多运营专员', 'operations-specialist'],
    ['店长助理', 'operations-specialist'],
    ['电商运营负责人', 'operations-director'],
    ['电商运营高级经理/总监', 'store-manager'], // alternatives: the level both accept
    ['信息流广告运营经理', 'promotion-specialist'], // paid promotion at manager level
    ['新媒体运营主管', 'new-media-operator'], // a one-role domain keeps its role at every level
    ['客服经理', 'customer-service'],
    ['运营总监', 'operations-director'],
  ])('%s -> %s', (title, expected) => {
    expect(headOf(title)).toBe(expected);
  });
});

describe('title reading: team tags, boilerplate and shorthand', () => {
  test.each([
    ['后端开发工程师-直播电商', 'tech'], // the team after the dash is not the job
    ['算法工程师-某电商平台', 'tech'],
    ['数据分析师（商家运营方向）-抖音电商', 'data-analyst'],
    ['品牌中心-新媒体运营', 'new-media-operator'], // the department before the dash neither
    ['诚招仓库打包员底薪6K+包住宿', 'warehouse-logistics'],
    ['某某物流招聘分拣员', 'warehouse-logistics'], // the employer before 招聘
    ['招聘专员', 'hr'], // 招聘 followed by a rank only is the job itself
    ['招聘配/理/拣/发货', 'warehouse-logistics'], // 配货/理货/拣货/发货
    ['淘宝/天猫运营', 'operations-specialist'],
    ['周末双休！急招售后客服', 'customer-service'],
    ['无责底薪+提成  新媒体运营专员  双休', 'new-media-operator'], // perks around the job
    ['数据分析师保底8000', 'data-analyst'], // pay after the job
    ['C++开发工程师', 'tech'], // the + of a name is not a perk
  ])('%s -> %s', (title, expected) => {
    expect(headOf(title)).toBe(expected);
  });
});

describe('title reading: vocabulary of today’s ads', () => {
  test.each([
    ['海外社媒运营', 'new-media-operator'],
    ['Facebook运营专员', 'new-media-operator'],
    ['TikTok运营', 'new-media-operator'],
    ['抖音投手', 'promotion-specialist'],
    ['千川投流优化师', 'promotion-specialist'],
    ['随心推投放专员', 'promotion-specialist'],
    ['Dou+投放', 'promotion-specialist'],
    ['直播助播', 'live-streamer'],
    ['直播场控', 'live-streamer'],
    ['选品专员', 'merchandiser'],
    ['电子商务专员', 'operations-specialist'], // not 商务 (sales)
  ])('%s -> %s', (title, expected) => {
    expect(headOf(title)).toBe(expected);
  });
});

describe('title reading: English titles read word by word', () => {
  // The spaces of a title go before aliases are looked up ("Java 后台开发" is one name); an English
  // alias must still start and end at one of the title's words, not inside one ("go" in "google").
  test.each([
    ['Senior Data Analyst', 'data-analyst'],
    ['Data Analyst Intern', 'data-analyst'],
    ['Customer Support Specialist', 'customer-service'],
    ['Customer Service Representative', 'customer-service'],
    ['Social Media Manager', 'new-media-operator'],
    ['Warehouse Associate', 'warehouse-logistics'],
    ['Senior UI Designer', 'designer'],
    // Library v7: e-commerce titles as English boards write them, and video cutting as the designer's.
    ['Amazon Account Manager', 'store-manager'],
    ['Marketplace Specialist', 'operations-specialist'],
    ['Head of E-commerce', 'operations-director'],
    ['Fulfillment Associate', 'warehouse-logistics'],
    ['Video Editor', 'designer'],
    ['短视频剪辑师', 'designer'],
    ['Category Manager', 'merchandiser'],
    ['Amazon PPC Specialist', 'promotion-specialist'],
  ])('%s -> %s', (title, expected) => {
    expect(headOf(title)).toBe(expected);
  });

  test('an alias inside a longer word is still no hit', () => {
    expect(headOf('Googler')).toBeNull();
    expect(read('Buildkite Evangelist').hits.map((h) => h.entry.key)).not.toContain('ui');
  });
});

describe('title reading: a title that lists several jobs', () => {
  test('jobs of different roles are listed, with no head: the body decides among them', () => {
    const r = read('客户代表/售后客服/储备干部/培训助教');
    expect(r.head).toBeNull();
    expect(r.jobs.map((j) => j.entry.classId).sort()).toEqual(['customer-service', 'hr', 'outside:sales']);
    expect(r.listed).toEqual(['客户代表', '售后客服', '培训助教']);
  });

  test('names of one job are not a list', () => {
    expect(read('新媒体运营/内容运营/短视频运营').jobs).toEqual([]);
    expect(headOf('新媒体运营/内容运营/视频运营')).toBe('new-media-operator'); // bare 运营 names no domain
    expect(read('数据分析经理/主管').jobs).toEqual([]); // a rank alone belongs to the job before it
    expect(headOf('会计/出纳')).toBe('finance');
  });
});

describe('parseTitle', () => {
  const isJob = (t: string) => /运营|工程师|客服|仓库|打包|拣货|理货|配货|发货|会计|专员/.test(t);
  const parse = (t: string) => parseTitle(normalizeForMatch(t), isJob);

  test('brackets and dash segments qualify the job', () => {
    const p = parse('后端工程师（支付方向）-直播');
    expect(p.proper).toBe('后端工程师');
    expect(p.qualifiers).toContain('支付方向');
    expect(p.qualifiers).toContain('直播');
  });

  test('numbering, perks and the employer go', () => {
    expect(parse('1、仓库打包员+包吃住').proper).toBe('仓库打包员');
    expect(parse('某公司招聘仓库打包员').proper).toBe('仓库打包员');
  });

  test('shorthand expands from the last item', () => {
    expect(parse('配/理/拣/发货').alternatives).toEqual(['配货', '理货', '拣货', '发货']);
    expect(parse('淘宝/天猫运营').alternatives).toEqual(['淘宝运营', '天猫运营']);
  });

  test('Latin words keep their hyphens', () => {
    expect(parse('e-commerce运营').proper).toBe('e-commerce运营');
  });
});

describe('levels', () => {
  test.each([
    ['专员', 'junior'],
    ['主管', 'lead'],
    ['组长/主管', 'lead'],
    ['总监', 'head'],
    ['总监助理', 'junior'], // the last word counts
    ['高级经理/总监', 'lead'], // alternatives: the lower
    ['', null],
    ['保底8000', null],
  ])('%s -> %s', (words, level) => {
    expect(levelOf(words)).toBe(level);
  });

  test('only shop operations is a ladder', () => {
    expect(roleAtLevel('operations-specialist', 'lead')).toBe('store-manager');
    expect(roleAtLevel('store-manager', 'head')).toBe('operations-director');
    expect(roleAtLevel('customer-service', 'lead')).toBe('customer-service');
    expect(roleAtLevel('operations-specialist', null)).toBe('operations-specialist');
  });
});

describe('title reading: each test title above would be misread by its parts alone', () => {
  // The part a naive reader would go by, read alone, names another role (or none): so the titles
  // above pass only through the mechanism they test, not by luck of the alias table.
  test.each([
    ['直播电商', 'live-streamer'], // the team tag of 后端开发工程师-直播电商
    ['商家运营方向', 'operations-specialist'], // the bracket of 数据分析师（商家运营方向）
    ['工程师', 'tech'], // the head noun of 采购工程师
    ['天猫运营', 'operations-specialist'], // 天猫运营主管 without its rank
    ['运营经理', 'store-manager'], // 信息流广告运营经理 without its field
    ['商务专员', 'outside:sales'], // the tail of 电子商务专员
    ['配', null], // a single character of 配/理/拣/发货 names nothing unexpanded
  ])('%s alone -> %s', (part, expected) => {
    expect(headOf(part)).toBe(expected);
  });
});

describe('a title listing jobs of different roles: the body picks, or the matcher abstains', () => {
  const index = builtinMatcherIndex();
  const title = '客服/统计员';
  const warehouse = ['核对每日出入库单据，录入ERP系统', '统计库存和发货数量，月底配合盘点', '跟进快递揽收和退货入库'];
  const data = ['搭建销售数据看板，跟踪转化率和客单价', '输出周报月报，对异常波动做专题分析', '用SQL和Excel整理各渠道数据'];
  const service = ['接待顾客在线咨询，解答产品问题', '处理退换货和售后投诉', '维护客户关系，回访老客户'];

  test('the title alone is a list of two roles', () => {
    const r = read(title);
    expect(r.head).toBeNull();
    expect(r.jobs.map((j) => j.entry.classId).sort()).toEqual(['customer-service', 'data-analyst']);
  });

  test.each([
    [data, 'data-analyst'],
    [service, 'customer-service'],
  ])('a body of %j -> %s, the list said so', (duties, expected) => {
    const result = matchPosting(index, { title, duties, requirements: ['细心，熟练使用Excel'] });
    expect(result.evidence.listedJobs).toEqual(['客服', '统计员']);
    const picked = result.role?.id ?? result.candidates[0]?.id;
    expect(picked).toBe(expected);
  });

  // "仓库文员/统计员" is one warehouse job written short: 仓库文员 and 仓库统计员 (issue 12's list of
  // shorthand in titles). The field word before the first job's head carries to a later job that is
  // only a person-at-work word; 统计员 is the clerk who keeps a department's tallies.
  test('a field word shared by the list: 仓库文员/统计员 is one warehouse job', () => {
    const r = read('仓库文员/统计员');
    expect(r.jobs).toEqual([]);
    expect(r.head?.entry.classId).toBe('warehouse-logistics');
    const m = matchPosting(index, { title: '仓库文员/统计员', duties: warehouse, requirements: ['细心，熟练使用Excel'] });
    expect(m.role?.id).toBe('warehouse-logistics');
    expect(m.evidence.listedJobs).toEqual([]);
  });

  test('统计员 takes its field from the word before it; alone it is data work', () => {
    expect(headOf('仓库统计员')).toBe('warehouse-logistics');
    expect(headOf('统计员')).toBe('data-analyst');
    expect(matchPosting(index, { title: '仓库统计员', duties: warehouse, requirements: [] }).role?.id).toBe('warehouse-logistics');
    // A body of data work still brings the person word's own reading back (as for 采购工程师).
    expect(matchPosting(index, { title: '仓库统计员', duties: data, requirements: [] }).role?.id).toBe('data-analyst');
  });
});

describe('a pasted hiring message that calls for several posts', () => {
  // Messages written for the test in the shape of group-chat 招聘 posts.
  const full = builtinMatcherIndex();
  const roleOf = (message: string) => {
    const posting = extractFromText(message).postings[0]!;
    return matchPosting(full, matchInputOf(posting));
  };

  test('posts of different roles: says so and assigns none, the roles offered as candidates', () => {
    const m = roleOf('招聘：淘宝客服2名、美工1名、仓管3名，包吃住，月薪5000起');
    expect(m.role).toBeNull();
    expect(m.evidence.listedJobs).toEqual(['淘宝客服', '美工', '仓管']);
    expect(m.candidates.map((c) => c.id).slice(0, 3).sort()).toEqual(['customer-service', 'designer', 'warehouse-logistics']);
  });

  test('posts of one role: that role', () => {
    expect(roleOf('大量招聘：分拣员，打包员，拣货员，28元/小时，包住').role?.id).toBe('warehouse-logistics');
  });
});

describe('a title alone, with no body to bear out the generic head', () => {
  const full = builtinMatcherIndex();
  const roleOf = (title: string, duties: string[] = []) =>
    matchPosting(full, { title, duties, requirements: [], body: duties.join('\n') }).role?.id ?? null;

  test('the field before the person word decides (采购工程师 is purchasing)', () => {
    expect(roleOf('采购工程师')).toBe('merchandiser');
  });

  test('a body of the other field still brings the generic head back', () => {
    expect(roleOf('采购工程师', ['负责后端服务的设计与开发', '编写Java代码并做单元测试', '维护MySQL数据库和Redis缓存'])).toBe('tech');
  });
});
