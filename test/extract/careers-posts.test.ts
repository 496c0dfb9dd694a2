import { describe, expect, test } from 'vitest';
import { parseDocument } from '@/lib/cli/dom';
import { announcedPost } from '@/lib/extract/blocks';
import { extractPostings } from '@/lib/extract/index';
import { noiseKind } from '@/lib/extract/noise';
import { splitSections } from '@/lib/extract/sections';

/**
 * Small employers' careers pages that give several posts without a duties or requirements heading
 * (stop 21's held-out pages): each post opened by a line that names it itself — a hiring
 * announcement ("A、本店现招聘X") over numbered lines, or a "招聘岗位：X" heading over a table of
 * labels. Every page here is written for the test.
 */
const items = (p: { duties: string[]; requirements: string[]; preferred: string[] }) => [...p.duties, ...p.requirements, ...p.preferred];

describe('posts announced one after another, with no section headings', () => {
  // Raw newlines inside one <p> under each bold announcement, as a hand-written site keeps them.
  const page = `<html><head><title>招聘信息</title></head><body><div class="nav"><a href="/">首页</a><a href="/jobs">招聘信息</a></div>
    <div class="main"><h2>招聘信息</h2><p>本店经营烘焙连锁十余年，门店遍布全市，欢迎有志之士加入。</p>
    <p><strong>A、本店现招聘面点师、裱花师</strong><br/>
1、两年以上烘焙工作经验，熟悉各类面包制作。
2、能适应早班，身体健康，待遇面议。
    </p>
    <p><strong>B、招聘门店收银员，理货员：</strong><br/>
1、高中以上学历，熟练使用收银系统。
2、性格开朗，有服务意识。
    </p>
    <p><strong>C、招聘配送司机</strong><br/>
1、持C1驾照，三年以上驾龄。
2、熟悉本市道路，无违章记录。
    </p></div><div class="foot">联系地址：某市某区某路1号</div></body></html>`;

  test('each announcement opens its own posting, titled by the post it names', () => {
    const r = extractPostings(parseDocument(page), 'https://bakery.example.cn/jobs.html');
    expect(r.postings.map((p) => p.title)).toEqual(['面点师、裱花师', '门店收银员，理货员', '配送司机']);
    expect(r.postings[0]!.requirements).toContain('两年以上烘焙工作经验，熟悉各类面包制作。');
    expect(items(r.postings[0]!).join('\n')).not.toMatch(/收银系统|C1驾照/);
    expect(r.postings[2]!.requirements).toContain('持C1驾照，三年以上驾龄。');
  });

  test('announcement lines: the post after the hiring verb; page words and labels name none', () => {
    expect(announcedPost('A、本公司现招聘园艺工人')).toBe('园艺工人');
    expect(announcedPost('二、诚聘仓库管理员：')).toBe('仓库管理员');
    expect(announcedPost('招聘岗位：质检员')).toBe('质检员');
    expect(announcedPost('招聘信息')).toBe('');
    expect(announcedPost('诚聘英才')).toBe('');
    expect(announcedPost('一、招聘原则')).toBe('');
    expect(announcedPost('B、招聘长期搬运工，水电工')).toBe('长期搬运工，水电工');
    expect(announcedPost('招聘人数：3人')).toBe('');
    expect(announcedPost('招聘要求')).toBe('');
    expect(announcedPost('负责招聘渠道的维护')).toBe('');
  });

  test("one ad under an announcing heading, beside a list of other posts' links, stays one posting", () => {
    const one = `<html><body><div class="main"><h1>诚聘区域销售经理</h1><h3>岗位职责</h3><ul><li>负责区域客户开发</li><li>完成季度销售指标</li></ul>
      <h3>任职要求</h3><ul><li>大专以上学历</li><li>两年以上销售经验</li></ul></div>
      <div class="side"><h4>其他职位</h4><ul><li><a href="/1">招聘客服专员</a></li><li><a href="/2">招聘仓库管理员</a></li></ul></div></body></html>`;
    const r = extractPostings(parseDocument(one), 'https://sales.example.cn/job/7');
    expect(r.postings).toHaveLength(1);
    expect(r.postings[0]!.duties).toEqual(['负责区域客户开发', '完成季度销售指标']);
  });

  test("a hiring notice's numbered parts (招聘原则, 招聘程序) are not posts", () => {
    const notice = `<html><body><div class="article"><h1>某水厂公开招聘公告</h1><p>因工作需要，现公开招聘运行人员若干名。</p>
      <p><strong>一、招聘原则</strong></p><p>1、坚持公开、公平、择优。</p><p>2、具有良好的团队协作精神。</p>
      <p><strong>二、招聘程序</strong></p><p>1、具备相关专业大专以上学历。</p><p>2、熟悉水处理设备的操作。</p>
      <p><strong>三、招聘纪律</strong></p><p>1、有违纪行为者取消资格。</p><p>2、具有较强的责任心。</p></div></body></html>`;
    expect(extractPostings(parseDocument(notice), 'https://water.example.cn/notice/3').postings.length).toBeLessThanOrEqual(1);
  });

  test('one announced post with its numbered lines stays one posting', () => {
    const one = `<html><body><div class="main"><p><strong>本店现招聘面点师</strong><br/>
1、两年以上烘焙工作经验。
2、能适应早班。</p><p>联系电话：略</p></div></body></html>`;
    expect(extractPostings(parseDocument(one), 'https://bakery.example.cn/job.html').postings).toHaveLength(1);
  });
});

describe('posts given as a heading over a table of labels', () => {
  const post = (name: string, rows: string) =>
    `<div class="item"><h3><center>招聘岗位：${name}</center></h3><div class="text"><table>
      <tr><td>招聘人数：</td><td>2人</td></tr><tr><td>最低学历：</td><td>不限</td></tr><tr><td>工作地点：</td><td>某市某区</td></tr>${rows}</table></div></div>`;
  const page = `<html><head><title>招聘岗位</title></head><body><ul class="menu"><li><a href="/">首页</a></li><li><a href="/p">产品中心</a></li></ul><div class="list">
    ${post('仓库保管员', '<tr><td>岗位需求：</td><td>1、高中以上学历，熟悉仓库管理流程。</td></tr><tr><td></td><td>2、有叉车证者优先。</td></tr>')}
    ${post('质检文员', '<tr><td>岗位需求：</td><td>熟练使用办公软件，做事细心，有质检工作经验者优先。</td></tr>')}
    ${post('车间主任', '<tr><td>岗位需求：</td><td>1、五年以上生产管理经验；</td></tr><tr><td></td><td>2、具有较强的组织协调能力。</td></tr>')}
    </div><div class="foot">版权所有</div></body></html>`;

  test('each titled table is a posting; its 岗位需求 lines are its requirements', () => {
    const r = extractPostings(parseDocument(page), 'https://factory.example.cn/zhaopin.html');
    expect(r.postings.map((p) => p.title)).toEqual(['仓库保管员', '质检文员', '车间主任']);
    expect(r.postings[0]!.requirements).toEqual(['高中以上学历，熟悉仓库管理流程。', '有叉车证者优先。']);
    expect(r.postings[1]!.duties).toEqual([]);
    // The label names the section, not the item: it is not kept in the item's text.
    expect(r.postings[1]!.requirements).toEqual(['熟练使用办公软件，做事细心，有质检工作经验者优先。']);
    expect(r.postings[2]!.requirements).toContain('具有较强的组织协调能力。');
  });

  test('with no heading, a run-in label does not hide how its item opens', () => {
    const need = splitSections('招聘人数：2人\n工作地点：某市\n岗位需求：女性，中专以上学历，有跟单经验者更佳', { knownJob: true });
    expect(need.requirements).toEqual(['女性，中专以上学历，有跟单经验者更佳']);
    const work = splitSections('渠道拓展：负责开发本地经销商\n客户回访：定期回访老客户并记录反馈', { knownJob: true });
    expect(work.duties).toEqual(['渠道拓展：负责开发本地经销商', '客户回访：定期回访老客户并记录反馈']);
  });
});

describe('one post given only as label lines', () => {
  // A company site's careers page: the post's name in a <div>, then one label a line, then a link to apply.
  const page = `<html><head><title>某某软件官网_招贤纳士</title></head><body>
    <div class="crumb">当前位置：首页 &gt; 招贤纳士</div><div class="side"><a href="/about">关于我们</a></div>
    <div class="jobs"><div class="job">
      <div class="txt title">SAP 财务模块实施顾问</div>
      <div class="txt">招聘部门：实施部</div><div class="txt">年龄：25-35岁</div><div class="txt">学历：大专以上</div>
      <div class="txt">专业：财会类</div><div class="txt">工作经验：两年以上软件实施经验</div>
      <div class="txt">项目经验：主导过至少一个完整的ERP上线项目</div>
      <a class="link" href="/apply.aspx">» 网上应聘本职位</a>
    </div></div><div class="foot">版权所有 某某软件</div></body></html>`;

  test('the line over the labels is the title; the education and experience labels are requirements; the apply link is not', () => {
    const p = extractPostings(parseDocument(page), 'https://soft.example.cn/employ/').postings[0]!;
    expect(p.title).toBe('SAP 财务模块实施顾问');
    expect(p.duties).toEqual([]);
    expect(p.requirements).toEqual(expect.arrayContaining(['学历：大专以上', '工作经验：两年以上软件实施经验']));
    expect(p.requirements.join('\n')).toContain('主导过至少一个完整的ERP上线项目');
    expect(items(p).join('\n')).not.toMatch(/应聘/);
  });

  test('a link or line to apply online is noise; an item about online applications is not', () => {
    expect(noiseKind('» 网上应聘本职位')).toBe('apply');
    expect(noiseKind('点击申请该职位')).toBe('apply');
    expect(noiseKind('负责在线报名系统的日常维护')).toBeNull();
  });

  test("an ad with a list of its own keeps its header's labels as fields; a label that asks for nothing is never an item", () => {
    const listed = splitSections('学历：本科\n工作经验：三年\n年龄：35岁以下\n1、熟悉财务软件\n2、有实施项目经验', { knownJob: true });
    expect(listed.requirements).toEqual(['熟悉财务软件', '有实施项目经验']);
    const open = splitSections('招聘人数：2人\n学历：不限\n工作经验：一年以上\n专业：不限', { knownJob: true });
    expect(open.requirements).toEqual(['工作经验：一年以上']);
  });
});

describe('a label that names the section without saying which', () => {
  test('"岗位需求：" over numbered duties leaves them duties; over a trait list, requirements', () => {
    const duties = splitSections('岗位需求：\n1、负责门店日常排班\n2、组织每周盘点\n3、处理顾客投诉', { knownJob: true });
    expect(duties.duties).toEqual(['负责门店日常排班', '组织每周盘点', '处理顾客投诉']);
    const traits = splitSections('岗位职责：\n1、负责门店日常排班\n岗位需求：高中以上学历，会用收银系统。', { knownJob: true });
    expect(traits.requirements).toEqual(['高中以上学历，会用收银系统。']);
  });
});

describe('posts in one paragraph, cut by <br> and bold names', () => {
  test("a closing line about all the posts above is not the last post's requirement", () => {
    const html = `<html><head><title>诚聘</title></head><body><p>本店是一家果蔬连锁超市，现诚聘以下人员：</p>
      <p><strong>线上商城运营（2名）</strong><br>岗位要求：<br>1、两年以上网店运营经验；<br>2、熟悉团购小程序后台操作。<br><br>
      <strong>理货员（6名）</strong><br>岗位要求：45岁以下，身体健康，能适应早班。<br><br>
      各分店同时招聘上述岗位，上班地点在城东、城西两店，可就近安排。<br><br><strong>应聘者请将简历发至人事部邮箱。</strong></p></body></html>`;
    const posts = extractPostings(parseDocument(html), 'http://www.example.com/job.html').postings;
    expect(posts.map((p) => p.title)).toEqual(['线上商城运营', '理货员']);
    expect(posts[1]!.requirements).toEqual(['45岁以下，身体健康，能适应早班。']);
  });
});
