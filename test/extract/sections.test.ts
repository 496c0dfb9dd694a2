import { noiseKind } from '@/lib/extract/noise';
import { describe, expect, test } from 'vitest';
import { splitSections } from '@/lib/extract/sections';
import { extractFromText } from '@/lib/extract/index';
import { itemScore, STRONG } from '@/lib/extract/classify';

/** The splitter on plain text: every heading, numbering and layout the issue names. */
const split = (text: string) => {
  const s = splitSections(text);
  return { duties: s.duties, requirements: s.requirements, preferred: s.preferred };
};

describe('headings, Chinese and English, in their variants', () => {
  test.each([
    ['岗位职责', '任职要求'],
    ['工作职责：', '任职资格：'],
    ['职位描述', '岗位要求'],
    ['职责描述:', '职位要求:'],
    ['工作内容', '任职条件'],
    ['岗位描述', '必备条件'],
    ['【岗位职责】', '【任职要求】'],
    ['**岗位职责**', '**任职要求**'],
    ['## 工作职责', '## 任职资格'],
    ['一、岗位职责', '二、任职要求'],
    ['崗位職責：', '任職要求：'],
    ['Ｒｅｓｐｏｎｓｉｂｉｌｉｔｉｅｓ', 'Ｒｅｑｕｉｒｅｍｅｎｔｓ'],
    ['Responsibilities', 'Requirements'],
    ['Responsibilities:', 'Qualifications:'],
    ["What you'll do", "What we're looking for"],
    ['What You’ll Do', 'What You Bring'],
    ['Key Responsibilities', 'About You'],
  ])('%s … %s', (duty, req) => {
    const text = `${duty}\n1、负责店铺日常运营\n2、完成月度销售目标\n${req}\n1、两年以上电商运营经验\n2、熟悉直通车`;
    expect(split(text)).toEqual({
      duties: ['负责店铺日常运营', '完成月度销售目标'],
      requirements: ['两年以上电商运营经验', '熟悉直通车'],
      preferred: [],
    });
  });

  test.each([['加分项'], ['优先条件'], ['【加分项】'], ['Nice to have'], ['Preferred qualifications'], ['Bonus points']])(
    '%s is kept apart as preferred',
    (heading) => {
      const s = split(`岗位职责：\n负责直播间运营\n任职要求：\n一年以上直播经验\n${heading}\n有美妆类目经验\n会剪辑短视频`);
      expect(s.requirements).toEqual(['一年以上直播经验']);
      expect(s.preferred).toEqual(['有美妆类目经验', '会剪辑短视频']);
    },
  );
});

describe('item numbering and bullets', () => {
  test.each([
    ['1、', '2、'],
    ['1.', '2.'],
    ['1）', '2）'],
    ['1)', '2)'],
    ['(1)', '(2)'],
    ['（1）', '（2）'],
    ['①', '②'],
    ['一、', '二、'],
    ['• ', '• '],
    ['· ', '· '],
    ['- ', '- '],
    ['* ', '* '],
    ['', ''],
  ])('"%s" items', (a, b) => {
    const s = split(`岗位职责：\n${a}负责商品上架\n${b}负责活动报名\n任职要求：\n${a}大专以上学历\n${b}会用Excel`);
    expect(s.duties).toEqual(['负责商品上架', '负责活动报名']);
    expect(s.requirements).toEqual(['大专以上学历', '会用Excel']);
  });

  test('numbers that are content stay ("3年以上", "1.5万")', () => {
    const s = split('任职要求：\n1、3年以上运营经验\n2、月销1.5万单以上店铺经验');
    expect(s.requirements).toEqual(['3年以上运营经验', '月销1.5万单以上店铺经验']);
  });

  test('stacked numbering ("1、1. …") is removed once per layer', () => {
    expect(split('岗位职责：1、1. 负责选品；2、2. 负责定价').duties).toEqual(['负责选品', '负责定价']);
  });
});

describe('run-on text', () => {
  test('职责：1、…；2、…；任职要求：1、… on one line', () => {
    expect(split('职责：1、负责抖音直播间运营；2、策划直播活动；任职要求：1、两年以上直播经验；2、熟悉千川投放')).toEqual({
      duties: ['负责抖音直播间运营', '策划直播活动'],
      requirements: ['两年以上直播经验', '熟悉千川投放'],
      preferred: [],
    });
  });

  test('sentence-separated numbering with full stops, and ① … ②', () => {
    expect(split('岗位职责：①负责客服团队管理。②制定服务标准。任职要求：①三年以上客服管理经验。②沟通能力强。')).toEqual({
      duties: ['负责客服团队管理。', '制定服务标准。'],
      requirements: ['三年以上客服管理经验。', '沟通能力强。'],
      preferred: [],
    });
  });

  test('a number out of sequence is not an item ("2、3年经验" inside an item)', () => {
    expect(split('任职要求：1、有2、3年经验的优先；2、会PS').requirements).toEqual(['有2、3年经验的优先', '会PS']);
  });

  test('semicolons inside an item do not cut it', () => {
    expect(split('任职要求：\n本科以上学历；有电商经验更佳\n熟悉Excel').requirements).toEqual(['本科以上学历；有电商经验更佳', '熟悉Excel']);
  });
});

describe('sections end where other text begins', () => {
  test.each([
    ['福利待遇：', '五险一金，带薪年假'],
    ['薪资福利', '底薪加提成'],
    ['公司介绍：', '我们是一家成立于2012年的电商公司'],
    ['联系方式：', '电话 [phone]'],
    ['简历请发送至 [email]', '标题注明岗位'],
    ['工作地点：杭州', '地铁站旁'],
    ['Benefits', 'Hybrid working'],
    ['About us', 'We sell outdoor gear'],
    ['How to apply', 'Send your CV'],
    ['Why join us?', 'Great team'],
  ])('%s', (stop, after) => {
    const s = split(`岗位职责：\n负责店铺运营\n任职要求：\n一年以上经验\n${stop}\n${after}`);
    expect(s.duties).toEqual(['负责店铺运营']);
    expect(s.requirements).toEqual(['一年以上经验']);
    expect(s.preferred).toEqual([]);
  });

  test('text before the first heading (a company introduction) is not an item', () => {
    const s = split('某某公司成立于2010年，专注家居用品。\n岗位职责：\n负责店铺运营\n任职要求：\n一年以上经验');
    expect(s.duties).toEqual(['负责店铺运营']);
  });

  test('a lead-in line ending in a colon before a list is not an item', () => {
    const lines = [
      { text: 'Responsibilities', heading: 3, li: 0 },
      { text: 'In this role you will:', heading: 0, li: 0 },
      { text: 'Own the roadmap', heading: 0, li: 1 },
      { text: 'Run the weekly review', heading: 0, li: 2 },
    ];
    expect(splitSections(lines).duties).toEqual(['Own the roadmap', 'Run the weekly review']);
  });
});

describe('headings that lie, and one heading over mixed items', () => {
  test('a run of requirements closing a duties list moves to requirements', () => {
    const s = split('岗位职责：\n1、负责天猫店铺运营\n2、制定推广计划\n3、本科以上学历\n4、三年以上天猫运营经验\n5、熟悉生意参谋');
    expect(s.duties).toEqual(['负责天猫店铺运营', '制定推广计划']);
    expect(s.requirements).toEqual(['本科以上学历', '三年以上天猫运营经验', '熟悉生意参谋']);
  });

  test('a duty listed under 加分项 is a duty; experience of it ("负责过…") stays preferred', () => {
    const s = split('岗位职责：\n负责客服\n任职要求：\n大专以上\n加分项：\n有母婴类目经验\n负责客服团队的排班和培训工作\n负责过客服团队的质检');
    expect(s.preferred).toEqual(['有母婴类目经验', '负责过客服团队的质检']);
    expect(s.duties).toEqual(['负责客服', '负责客服团队的排班和培训工作']);
  });

  test('one 任职要求 heading over duties and requirements: the content decides', () => {
    const s = split('任职要求：\n1、负责公司抖音账号的内容策划\n2、剪辑并发布短视频\n3、一年以上短视频运营经验\n4、熟练使用剪映');
    expect(s.duties).toEqual(['负责公司抖音账号的内容策划', '剪辑并发布短视频']);
    expect(s.requirements).toEqual(['一年以上短视频运营经验', '熟练使用剪映']);
  });

  test('a single requirements-like item under 岗位职责 stays a duty (weak evidence does not win)', () => {
    const s = split('岗位职责：\n负责店铺运营\n熟悉平台规则者优先\n任职要求：\n大专以上');
    expect(s.duties).toEqual(['负责店铺运营', '熟悉平台规则者优先']);
  });

  test('numbered items before the only (requirements) heading are the duties', () => {
    const s = split('1、负责售后问题处理\n2、完成领导交办的其他工作\n任职条件：\n1、大专学历\n2、服务意识强');
    expect(s.duties).toEqual(['负责售后问题处理', '完成领导交办的其他工作']);
    expect(s.requirements).toEqual(['大专学历', '服务意识强']);
  });

  test('职位描述 after the duties holds the requirements', () => {
    const s = split('岗位职责：\n1、负责直播排期\n职位描述：\n1、一年以上直播经验\n2、熟悉抖音规则');
    expect(s.duties).toEqual(['负责直播排期']);
    expect(s.requirements).toEqual(['一年以上直播经验', '熟悉抖音规则']);
  });

  test('unlabelled duties, then 职位描述 used for the requirements', () => {
    const s = split('1、负责社群运营\n2、策划社群活动\n职位描述\n1、本科学历\n2、两年以上社群运营经验');
    expect(s.duties).toEqual(['负责社群运营', '策划社群活动']);
    expect(s.requirements).toEqual(['本科学历', '两年以上社群运营经验']);
  });

  test('a blurb paragraph before a numbered list is not an item', () => {
    const blurb = '我们是一家专注户外用品的品牌公司，团队来自各大电商平台，产品销往二十多个国家，欢迎热爱户外运动的你加入我们一起成长。';
    const s = split(`岗位职责：\n1、负责店铺运营\n任职要求：\n${blurb}\n1、大专以上学历\n2、一年以上运营经验`);
    expect(s.requirements).toEqual(['大专以上学历', '一年以上运营经验']);
  });

  test('no heading at all: items by content', () => {
    const s = split('负责淘宝店铺日常运营\n策划店铺促销活动\n大专以上学历\n两年以上淘宝运营经验');
    expect(s.duties).toEqual(['负责淘宝店铺日常运营', '策划店铺促销活动']);
    expect(s.requirements).toEqual(['大专以上学历', '两年以上淘宝运营经验']);
  });

  test('prose without headings or evidence is not an ad', () => {
    expect(extractFromText('今天天气很好。\n我们去公园散步。\n晚上吃了火锅。').notJob).toBe('not-job');
  });

  test('one plain duty is an ad when the caller gives its title, not otherwise', () => {
    expect(extractFromText('负责公司店铺的售后问题处理').notJob).toBe('not-job');
    const r = extractFromText('负责公司店铺的售后问题处理', { title: '售后客服' });
    expect(r.postings[0]?.duties).toEqual(['负责公司店铺的售后问题处理']);
    expect(extractFromText('今天天气很好。', { title: '售后客服' }).notJob).toBe('not-job');
  });

  test('a pasted duty list with no heading and no title is an ad, its last "other tasks" item included', () => {
    // Written for the test, in the shape of real pasted lists: the boss's-errand item ends in the
    // words of a heading (工作任务), and most items open with verbs of the trade.
    const list = [
      '1、编制记账凭证，登记明细账和总账；',
      '2、按时申报并缴纳各项税费；',
      '3、每月核对银行流水与往来款项；',
      '4、完成上级安排的其他工作任务。',
    ].join('\n');
    const r = extractFromText(list);
    expect(r.notJob).toBeNull();
    expect(r.postings[0]?.duties).toEqual(['编制记账凭证，登记明细账和总账', '按时申报并缴纳各项税费', '每月核对银行流水与往来款项', '完成上级安排的其他工作任务。']);
    expect(r.postings[0]?.requirements).toEqual([]);
  });

  test('an English sentence announcing the duties list is not a duty', () => {
    // Unmarked lines, as a flattened ATS description is cut into.
    const s = split('Responsibilities\nResponsibilities may include the following and other duties may be assigned.\nPrepare monthly reports.\nOther duties as assigned.');
    expect(s.duties).toEqual(['Prepare monthly reports.', 'Other duties as assigned.']);
  });

  test('a hiring message with no list or heading is an ad; a how-to list and a long article are not', () => {
    const message = '诚聘淘宝售后客服2名，底薪3500+提成，包吃包住，18-35周岁，有意者私聊';
    const r = extractFromText(message);
    expect(r.notJob).toBeNull();
    expect(r.postings[0]?.body).toContain('底薪3500');
    expect(extractFromText('大专以上学历，两年以上仓库管理经验，会用ERP系统开单').notJob).toBeNull();
    expect(extractFromText('1. 打开手机设置\n2. 点击账户与安全\n3. 选择退出登录').notJob).toBe('not-job');
    const article = '今年的就业形势出现了新的变化。'.repeat(200) + '本科毕业生的平均月薪有所上升，有工作经验的求职者更受欢迎，面试的轮数也在增加。';
    expect(extractFromText(article).notJob).toBe('not-job');
  });

  test('a pasted numbered list whose duties open with nouns is the ad it was given as', () => {
    const list = ['1、费用报销单据的审核；', '2、月度、年度财务报表的编制；', '3、负责发票的开具与管理；', '4、上级安排的其他事务。'].join('\n');
    expect(extractFromText(list).postings[0]?.duties).toEqual(['费用报销单据的审核', '月度、年度财务报表的编制', '负责发票的开具与管理', '上级安排的其他事务。']);
    // On a page, the same list with no heading still needs the stronger evidence (a news story's list).
    expect(splitSections(list).duties).toEqual([]);
  });

  test('a pasted ad of one paragraph is read sentence by sentence', () => {
    // Written for the test, in the shape of short ads that state their duties as prose.
    const paragraph = '负责办公用品和原材料的询价与采购，与供应商签订合同。跟进到货进度并办理验收。负责供应商货款的对账与结算。';
    const r = extractFromText(paragraph);
    expect(r.notJob).toBeNull();
    expect(r.postings[0]?.duties).toEqual(['负责办公用品和原材料的询价与采购，与供应商签订合同', '跟进到货进度并办理验收', '负责供应商货款的对账与结算']);
    // A paragraph whose sentences are not duties or requirements stays no ad, and one plain duty is not enough.
    expect(extractFromText('公司成立于二〇一〇年。总部位于杭州。我们为客户提供优质的产品和服务。').notJob).toBe('not-job');
    expect(extractFromText('负责公司店铺的售后问题处理。欢迎大家来玩。今天天气很好。').notJob).toBe('not-job');
    // On a page, prose without headings still needs a list.
    expect(splitSections(paragraph).duties).toEqual([]);
  });

  test('a pasted ad of tasks or asks strung together with commas is read clause by clause', () => {
    // Written for the test, in the shape of ads that give their duties or requirements as one run of clauses.
    const tasks = '查看每天的往来邮件，整理客户资料，审核新订单的价格和交期，跟进大货生产进度，制作出货单据。';
    expect(extractFromText(tasks).postings[0]?.duties).toEqual(['查看每天的往来邮件', '整理客户资料', '审核新订单的价格和交期', '跟进大货生产进度', '制作出货单据']);
    const asks = '具有两年以上电商美工经验，熟练使用PS和AI等设计软件，具备良好的审美能力，能够独立完成详情页设计。';
    expect(extractFromText(asks).postings[0]?.requirements).toEqual(['具有两年以上电商美工经验', '熟练使用PS和AI等设计软件', '具备良好的审美能力，能够独立完成详情页设计']);
    // Lines of prose whose clauses do the work (one opens with 负责, the others set a task up first).
    const lines = '负责商城小程序的前端开发。\n在理解业务的基础上，改进前端开发工具。\n在熟悉流程的基础上，提升页面的加载速度。\n关注前端新技术，推动团队的技术升级。';
    expect(extractFromText(lines).postings[0]?.duties).toHaveLength(4);
    // A company's blurb in clauses stays no ad: few of its clauses are tasks or asks.
    const blurb = '本公司成立于二〇〇五年，是一家专业生产厨房设备的企业，产品远销海外，拥有完善的生产线，通过了质量体系认证，始终坚持质量第一，为客户提供优质服务。';
    expect(extractFromText(blurb).notJob).toBe('not-job');
    // On a page, prose without headings still needs a list.
    expect(splitSections(tasks).duties).toEqual([]);
  });

  test('numbers spaced from their mark (1 、…), a spreadsheet cell copied in quotes, a benefit said in an aside', () => {
    // Written for the test, in the shapes of ads copied out of exported tables.
    const spaced = extractFromText('1 、认真做好日常会计核算。 ;;2 、审核原始凭证的合法性。 ;;3 、负责记账凭证的汇总和登记。');
    expect(spaced.postings[0]?.duties).toEqual(['认真做好日常会计核算。', '审核原始凭证的合法性。', '负责记账凭证的汇总和登记。']);
    const cell = extractFromText('"1、负责仓库货品的收发和盘点；\n2、熟练使用电脑，会制作""出入库""表格；\n3、认真细心，能接受加班（有加班补贴）。"');
    expect(cell.postings[0]?.duties).toEqual(['负责仓库货品的收发和盘点']);
    expect(cell.postings[0]?.requirements).toEqual(['熟练使用电脑，会制作"出入库"表格', '认真细心，能接受加班（有加班补贴）。']);
    // A quoted line that is not a whole cell keeps its quotes; a benefit line is still one.
    expect(extractFromText('"熟悉仓库流程" 是基本要求\n岗位职责：\n1、负责货品收发\n2、负责盘点').postings[0]?.duties).toEqual(['负责货品收发', '负责盘点']);
    expect(noiseKind('五险一金（入职即缴）')).toBe('benefit');
  });

  test('a pasted list numbered "1," or "1-" on one line, or run into its label, is cut into its items', () => {
    // Written for the test in the shapes short pasted ads number their items.
    const comma = extractFromText('1,通过行业群和网络平台寻找客户资源。 2,与意向客户电话沟通，介绍公司产品。 3,定期回访老客户并记录需求。');
    expect(comma.postings[0]?.duties).toEqual(['通过行业群和网络平台寻找客户资源。', '与意向客户电话沟通，介绍公司产品。', '定期回访老客户并记录需求。']);
    const dash = extractFromText('1-协助经理处理日常事务，安排行程与会议。 2-负责来访客户的接待。 3-审核合同与法律文件。');
    expect(dash.postings[0]?.duties).toEqual(['协助经理处理日常事务，安排行程与会议。', '负责来访客户的接待。', '审核合同与法律文件。']);
    const label = splitSections('◆岗位职责1）负责店铺商品的上下架2）处理顾客的售后问题；3）整理每日销售数据');
    expect(label.duties).toEqual(['负责店铺商品的上下架', '处理顾客的售后问题', '整理每日销售数据']);
    // Numbers, ranges and phone numbers are not numbering.
    expect(split('任职要求：\n年龄18-35岁，月薪1,000-2,000元，有1，2年经验').requirements).toEqual(['年龄18-35岁，月薪1,000-2,000元，有1，2年经验']);
    expect(split('任职要求：\n1-3年仓库管理经验').requirements).toEqual(['1-3年仓库管理经验']);
    expect(split('Requirements\n5-star hotel experience preferred\nFluent English').requirements[0]).toBe('5-star hotel experience preferred');
  });

  test('the verbs of warehouse and order work open duties (打包发货, 拣货, 配货、理货, 发放, 按规定…)', () => {
    for (const t of ['打包发货', '拣货、分拣快递包裹', '配货、理货', '发放成品和半成品到车间', '按规定做好物资进出的验收', '收取货款并开具收据', '查看每天的往来邮件']) expect(itemScore(t)).toBeGreaterThanOrEqual(STRONG);
    // The workers named after the work are posts, not tasks.
    for (const t of ['发货员', '打包工', '分拣员']) expect(itemScore(t)).toBeLessThan(STRONG);
    const list = extractFromText('1、按要求做好货品的收货和验收；\n2、拣货、配货、打包发货；\n3、发放物料到各车间；\n4、仓库异常的上报与跟进。');
    expect(list.postings[0]?.duties).toHaveLength(4);
  });

  test('when and how often a duty is done is read past; pay by the month is no duty', () => {
    expect(itemScore('每天负责收货、验货和发货')).toBeGreaterThanOrEqual(STRONG);
    expect(itemScore('及时汇总客户反馈的问题')).toBeGreaterThanOrEqual(STRONG);
    expect(itemScore('每月3万轻松拿')).toBeLessThan(STRONG);
    expect(itemScore('接受客户的电话咨询与投诉，记录并反馈')).toBeGreaterThanOrEqual(STRONG);
    expect(itemScore('接受加班和短期出差')).toBeLessThan(STRONG);
    expect(itemScore('每周坐班4天以上')).toBeLessThan(STRONG);
    expect(itemScore('完善的培训体系，带薪学习')).toBeLessThan(STRONG);
    expect(extractFromText('每月3万轻松拿\n每月保底1万以上\n如果你对现在的收入不满意\n请加入我们').notJob).toBe('not-job');
  });

  test('an analyst\'s duty opens with 分析', () => {
    const duty = '分析店铺流量和转化数据，找出影响销售的原因，提出改进建议';
    expect(extractFromText(duty, { title: '电商数据分析' }).postings[0]?.duties).toEqual([duty]);
    // A quality to have is not strong duty evidence for opening with the word.
    expect(itemScore(duty)).toBeGreaterThanOrEqual(STRONG);
    expect(itemScore('分析能力强，熟练使用Excel')).toBeLessThan(STRONG);
  });

  test('a titled text that lists nothing but speaks of the job is still that posting', () => {
    const text = '薪资面议，有意者请投递简历';
    const r = extractFromText(text, { title: '客服主管' });
    expect(r.notJob).toBeNull();
    expect(r.postings[0]).toMatchObject({ title: '客服主管', duties: [], requirements: [], body: text });
    expect(r.postings[0]!.salary?.negotiable).toBe(true);
    expect(extractFromText(text).notJob).toBe('not-job');
  });

  test('"# " bullets are items; "## 岗位职责" is a heading', () => {
    const s = split('## 岗位职责\n# 负责社群运营；\n# 策划活动；\n## 任职要求\n# 2年以上运营经验；');
    expect(s.duties).toEqual(['负责社群运营', '策划活动']);
    expect(s.requirements).toEqual(['2年以上运营经验']);
  });
});

describe('text normalisation around the splitter', () => {
  test('Traditional headings are read; the original text is kept for display', () => {
    expect(split('崗位職責：\n負責店鋪運營\n任職要求：\n兩年以上經驗')).toEqual({
      duties: ['負責店鋪運營'],
      requirements: ['兩年以上經驗'],
      preferred: [],
    });
  });

  test('pinyin notes and stray "?" bullets are removed, full-width numbering read', () => {
    expect(split('岗位职责：\n１．負責運(yùn)營(yíng)\n?跟進活動').duties).toEqual(['負責運營', '跟進活動']);
  });

  test('empty text and headings without items give empty lists', () => {
    expect(split('')).toEqual({ duties: [], requirements: [], preferred: [] });
    expect(split('岗位职责：\n任职要求：\n')).toEqual({ duties: [], requirements: [], preferred: [] });
  });
});

describe('items filed by content against their heading (strong evidence only)', () => {
  const split = (text: string) => {
    const s = splitSections(text);
    return { duties: s.duties, requirements: s.requirements };
  };

  test('a duties list that breaks its heading once keeps the item where the heading put it', () => {
    const s = split('岗位职责：\n1、负责店铺日常运营\n2、两年以上电商经验\n3、策划促销活动\n任职要求：\n1、大专以上学历');
    expect(s.duties).toEqual(['负责店铺日常运营', '两年以上电商经验', '策划促销活动']);
  });

  test('a Responsibilities list that is all requirements (the ad has no other list) is requirements', () => {
    const s = split('Responsibilities\n- 3+ years of marketplace experience\n- Proficient in Excel\n- Bachelor degree in marketing');
    expect(s.requirements).toEqual(['3+ years of marketplace experience', 'Proficient in Excel', 'Bachelor degree in marketing']);
    expect(s.duties).toEqual([]);
  });

  test('a run of requirements closing a duties list that began with duties moves (the missing heading)', () => {
    const s = split('Responsibilities\n- Design, code and test systems.\n- Review pull requests.\n- Working knowledge of Linux.\n- Proficient in at least one language.\nBenefits\n- 401(k)');
    expect(s.duties).toEqual(['Design, code and test systems.', 'Review pull requests.']);
    expect(s.requirements).toEqual(['Working knowledge of Linux.', 'Proficient in at least one language.']);
  });
});
