import { describe, expect, test } from 'vitest';
import { parseDocument } from '@/lib/cli/dom';
import { extractFromText, extractPostings } from '@/lib/extract/index';

/**
 * Layouts of careers pages and public hiring notices (招聘公告) seen on real pages nobody here had
 * read before (the third blind round): each page below is written by us, in the layout's shape.
 */
const page = (body: string, title = '') => parseDocument(`<html><head><title>${title}</title></head><body>${body}</body></html>`);

describe('a hiring notice', () => {
  const notice = '一、招聘岗位及人数\n出纳1人。\n二、报名条件\n1.遵纪守法，品行端正；\n2.财会类专业本科以上学历；\n3.年龄在30周岁以下。\n三、招聘程序\n1.报名\n报名材料发送至指定邮箱。';

  test('pasted: the post under its label is the title, the conditions are the requirements, the procedure is not', () => {
    const p = extractFromText(notice).postings[0]!;
    expect(p.title).toBe('出纳');
    expect(p.requirements).toEqual(['遵纪守法，品行端正', '财会类专业本科以上学历', '年龄在30周岁以下。']);
    expect(JSON.stringify([p.duties, p.requirements, p.preferred])).not.toContain('报名');
  });

  test("a contest's notice with the same 报名条件 is not a job ad", () => {
    const text = '关于举办校园摄影大赛的通知\n一、参赛对象\n全校在读学生。\n二、报名条件\n1.学籍状态正常；\n2.每人限报两幅作品；\n3.作品须为原创。\n三、报名时间\n即日起至月底。';
    expect(extractFromText(text).notJob).toBe('not-job');
  });

  test("on a page: the post it names, over the notice's headline that the <title> repeats", () => {
    const html = `<h1>某某学院公开招聘合同制人员的公告</h1><p>现将有关事宜公告如下：</p>${notice
      .split('\n')
      .map((l) => `<p>${l}</p>`)
      .join('')}`;
    const p = extractPostings(page(html, '某某学院公开招聘合同制人员的公告-某某学院人事处'), 'https://hr.example.edu.cn/info/1.htm').postings[0]!;
    expect(p.title).toBe('出纳');
    expect(p.requirements).toHaveLength(3);
  });

  test("posts in a table: a cell's value is not the title; the headline is what there is", () => {
    const html = `<h1>某某学院后勤处公开招聘合同制人员的公告</h1><p>一、招聘岗位及人数</p>
      <table><tr><th>岗位</th><th>职数</th><th>专业要求</th></tr><tr><td>后勤管理岗</td><td>3</td><td>不限</td></tr><tr><td>后勤财务岗</td><td>1</td><td>会计专业</td></tr></table>
      <p>二、招聘基本条件</p><p>1.全日制本科以上学历；</p><p>2.熟悉办公软件。</p><p>三、招聘程序</p><p>1.网上报名</p>`;
    const p = extractPostings(page(html), 'https://hr.example.edu.cn/info/2.htm').postings[0]!;
    expect(p.title).toBe('某某学院后勤处公开招聘合同制人员的公告');
    expect(p.requirements).toEqual(['全日制本科以上学历', '熟悉办公软件。']);
  });
});

describe('careers pages', () => {
  test('an <li> that holds its own numbered list, one <dl> per item: each item on its own', () => {
    const dl = (items: string[]) => items.map((t, i) => `<dl><dt>${i + 1}.</dt><dd>${t}；</dd></dl>`).join('');
    const html = `<ul><h3>数据开发工程师</h3><p>·工作地点：杭州</p>
      <li><b>·职位描述:</b>${dl(['负责数据仓库的建模与开发', '维护每日的数据任务', '配合业务方完成取数需求'])}</li>
      <li><b>·任职要求：</b>${dl(['本科以上学历，两年以上相关经验', '熟悉SQL与Hive', '有良好的沟通能力'])}</li></ul>`;
    const p = extractPostings(page(html), 'https://www.example.com/about/job/1').postings[0]!;
    expect(p.duties).toEqual(['负责数据仓库的建模与开发', '维护每日的数据任务', '配合业务方完成取数需求']);
    expect(p.requirements).toEqual(['本科以上学历，两年以上相关经验', '熟悉SQL与Hive', '有良好的沟通能力']);
  });

  test('a category heading ("技术类") names no job: the name before the labels on the line under it does, not a sidebar heading above', () => {
    const html = `<div class="side"><h2>在线客服</h2><p>工作日 9:00-18:00</p></div><div class="main"><h1>技术类</h1>
      <p><a href="mailto:x">立即申请</a><strong>Java开发 招聘人数：3人</strong></p><div>岗位职责：</div>
      <ul><li>1、负责后台接口的开发；<br>2、参与系统设计与评审。<div>岗位要求：</div><p>1、计算机相关专业；<br>2、三年以上Java经验。</p></li></ul></div>`;
    const p = extractPostings(page(html), 'https://www.example.com/job.jsp').postings[0]!;
    expect(p.title).toBe('Java开发');
    expect(p.duties).toEqual(['负责后台接口的开发', '参与系统设计与评审。']);
    expect(p.requirements).toEqual(['计算机相关专业', '三年以上Java经验。']);
  });

  test('posts in one flat run of paragraphs, each a plain name line then 职位描述: one posting each', () => {
    const post = (name: string, duty: string, need: string) =>
      `<p class="name">${name}</p><p>职位描述：</p><ul><li>${duty}</li><li>整理每周的工作记录</li></ul><p>职位要求：</p><ul><li>${need}</li><li>有责任心</li></ul>`;
    const html = `<p>招贤纳士</p><p>我们正在招聘:</p>${post('活动运营', '策划线上主题活动', '一年以上运营经验')}${post('后端开发工程师', '开发和维护网站后台', '熟悉一门后端语言')}`;
    const ps = extractPostings(page(html, '招贤纳士 - 青橙社区'), 'http://www.example.com/help/job').postings;
    expect(ps.map((p) => p.title)).toEqual(['活动运营', '后端开发工程师']);
    expect(ps[1]!.duties).toEqual(['开发和维护网站后台', '整理每周的工作记录']);
    expect(ps[0]!.requirements).toEqual(['一年以上运营经验', '有责任心']);
  });
});
