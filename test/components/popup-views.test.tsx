import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { PostingHeader } from '@/components/popup/PostingHeader';
import { RolePanel } from '@/components/popup/RolePanel';
import { CoverageView } from '@/components/popup/CoverageView';
import { NotJobNotice } from '@/components/popup/NotJobNotice';
import { PasteBox } from '@/components/popup/PasteBox';
import { SaveBar } from '@/components/popup/SaveBar';
import { RequirementsView } from '@/components/popup/RequirementsView';
import { CompetitorsView } from '@/components/popup/CompetitorsView';
import { PostingPicker } from '@/components/popup/PostingPicker';
import type { ExtractedPosting } from '@/lib/db/schemas';
import type { Comparison, MatchResult } from '@/lib/roles/types';
import { renderUi } from '../helpers/render';
import { sampleRole } from '../helpers/roles';

afterEach(cleanup);

const posting: ExtractedPosting = {
  title: '淘宝美工 <img src=x onerror=alert(1)>',
  company: '杭州某服饰',
  location: '杭州',
  salary: { min: 6000, max: 9000, currency: 'CNY', period: 'month', months: 13, negotiable: false, raw: '6-9K·13薪' },
  experienceYears: { min: 2, max: 3 },
  education: 'associate',
  skills: ['Photoshop', '视频剪辑'],
  duties: ['负责首页和详情页设计', '负责主图和海报制作', '负责短视频剪辑'],
  requirements: ['熟练使用PS'],
  preferred: ['有服装类目经验'],
  source: 'site:zhipin',
};

const comparison: Comparison = {
  roleId: 'designer',
  covered: [
    { dutyId: 'designer.pages', itemIndex: 0, item: '负责首页和详情页设计', similarity: 0.8 },
    { dutyId: 'designer.images', itemIndex: 1, item: '负责主图和海报制作', similarity: 0.7 },
  ],
  missing: ['designer.photos'],
  extra: [{ itemIndex: 2, item: '负责短视频剪辑' }],
  coverage: { covered: 2, total: 3 },
  requirements: {
    covered: [{ dutyId: 'designer.req.ps', itemIndex: 0, item: '熟练使用PS', similarity: 0.9 }],
    missing: [],
    extra: [],
    experience: { posting: { min: 2, max: 3 }, role: { min: 1, max: null }, diff: 'higher' },
    education: { posting: 'associate', role: 'associate', diff: 'same' },
    skills: { shared: ['Photoshop'], postingOnly: ['视频剪辑'], roleOnly: ['C4D'] },
  },
};

const clearMatch: MatchResult = {
  role: { id: 'designer', score: 0.91 },
  candidates: [{ id: 'designer', score: 0.91 }, { id: 'copywriter', score: 0.3 }],
  evidence: { alias: { text: '美工', roleId: 'designer', learned: false }, terms: ['详情页'], duties: ['designer.pages'], abstainReason: null },
};

describe('PostingHeader', () => {
  test('shows the fields, and page text as text, never as HTML', () => {
    const { container } = renderUi(<PostingHeader posting={posting} />);
    expect(screen.getByTestId('posting-title').textContent).toBe('淘宝美工 <img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByTestId('posting-company').textContent).toBe('杭州某服饰 · 杭州');
    expect(screen.getByText('6K-9K/月·13薪')).toBeTruthy();
    expect(screen.getByText('2-3年')).toBeTruthy();
    expect(screen.getByText('大专')).toBeTruthy();
    expect(screen.getByTestId('posting-source').textContent).toBe('站点适配：zhipin');
  });

  test('in English', () => {
    renderUi(<PostingHeader posting={posting} />, 'en');
    expect(screen.getByText('2-3 years')).toBeTruthy();
    expect(screen.getByTestId('posting-source').textContent).toBe('site adapter: zhipin');
  });
});

describe('RolePanel', () => {
  const roles = [sampleRole(), sampleRole({ id: 'copywriter', nameZh: '文案', nameEn: 'Copywriter' })];

  test('a clear match shows the role, its confidence and the deciding alias', () => {
    renderUi(<RolePanel match={clearMatch} roles={roles} roleId="designer" byUser={false} onReassign={() => {}} />);
    expect(screen.getByTestId('role-name').textContent).toBe('美工/视觉设计');
    expect(screen.getByTestId('role-confidence').textContent).toContain('置信度 91%');
    expect(screen.getByTestId('role-evidence').textContent).toContain('职位名称匹配“美工”');
    expect(screen.getByTestId('role-evidence-terms').textContent).toBe('正文中起作用的词：详情页');
  });

  test('a title listing jobs of several roles says so, next to the words of the ad that decided', () => {
    const listed: MatchResult = {
      ...clearMatch,
      role: null,
      evidence: { ...clearMatch.evidence, alias: null, terms: ['售后', '退换货'], listedJobs: ['客户代表', '售后客服', '培训助教'], abstainReason: 'small-margin' },
    };
    renderUi(<RolePanel match={listed} roles={roles} roleId={null} byUser={false} onReassign={() => {}} />);
    expect(screen.getByTestId('role-evidence-listed').textContent).toBe('标题列出了几个不同的岗位（客户代表、售后客服、培训助教），按正文判断');
    expect(screen.getByTestId('role-evidence-terms').textContent).toBe('正文中起作用的词：售后、退换货');
  });

  test('body words are shown as text, never as HTML', () => {
    const hostile: MatchResult = { ...clearMatch, evidence: { ...clearMatch.evidence, alias: null, terms: ['<img src=x onerror=alert(1)>'] } };
    const { container } = renderUi(<RolePanel match={hostile} roles={roles} roleId="designer" byUser={false} onReassign={() => {}} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByTestId('role-evidence-terms').textContent).toContain('<img src=x onerror=alert(1)>');
  });

  test('unsure: says so, offers the candidates, and a click reassigns', () => {
    const onReassign = vi.fn();
    const unsure: MatchResult = { ...clearMatch, role: null, evidence: { ...clearMatch.evidence, alias: null, abstainReason: 'small-margin' } };
    renderUi(<RolePanel match={unsure} roles={roles} roleId={null} byUser={false} onReassign={onReassign} />);
    expect(screen.getByTestId('role-unsure').textContent).toBe('不确定是哪个标准岗位');
    const buttons = screen.getAllByTestId('role-candidate');
    expect(buttons.map((b) => b.textContent)).toEqual(['美工/视觉设计 91%', '文案 30%']);
    fireEvent.click(buttons[1]!);
    expect(onReassign).toHaveBeenCalledWith('copywriter');
  });

  test('the select reassigns to any other role, by label', () => {
    const onReassign = vi.fn();
    renderUi(<RolePanel match={clearMatch} roles={roles} roleId="designer" byUser={false} onReassign={onReassign} />);
    const select = screen.getByLabelText('改为') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['', 'copywriter']);
    fireEvent.change(select, { target: { value: 'copywriter' } });
    expect(onReassign).toHaveBeenCalledWith('copywriter');
  });
});

describe('CoverageView', () => {
  test('meter, covered with the ad’s words, missing, extra with add-to-role', async () => {
    const onAddDuty = vi.fn(() => Promise.resolve());
    renderUi(<CoverageView comparison={comparison} role={sampleRole()} onAddDuty={onAddDuty} onMark={vi.fn()} />);
    expect(screen.getByTestId('coverage-text').textContent).toBe('覆盖 2 / 3 项标准职责');
    expect(screen.getByTestId('covered-list').textContent).toContain('设计店铺首页和商品详情页广告原文：负责首页和详情页设计');
    expect(screen.getByTestId('missing-list').textContent).toBe('商品图片的修图与后期');
    fireEvent.click(screen.getByRole('button', { name: '加入该岗位职责' }));
    expect(onAddDuty).toHaveBeenCalledWith('负责短视频剪辑');
    await waitFor(() => expect(screen.getByText('已加入')).toBeTruthy());
  });

  // Many to many: one duty covered by two items, one item covering two duties.
  const manyToMany: Comparison = {
    ...comparison,
    covered: [
      { dutyId: 'designer.pages', itemIndex: 0, item: '负责首页和详情页设计，制作主图', similarity: 1, clause: '负责首页和详情页设计', via: 'phrasing' },
      { dutyId: 'designer.pages', itemIndex: 3, item: '店铺装修', similarity: 1, clause: '店铺装修', via: 'phrasing' },
      { dutyId: 'designer.images', itemIndex: 0, item: '负责首页和详情页设计，制作主图', similarity: 1, clause: '制作主图', via: 'phrasing' },
    ],
  };

  test('each covered duty once, with every ad sentence that covers it and the words that matched', () => {
    renderUi(<CoverageView comparison={manyToMany} role={sampleRole()} onAddDuty={vi.fn()} onMark={vi.fn()} />);
    expect(screen.getByText('已覆盖的标准职责（2）')).toBeTruthy();
    const pages = screen.getByTestId('covered-list').querySelector('[data-duty="designer.pages"]')!;
    expect(pages.querySelectorAll('.quote')).toHaveLength(2);
    expect(pages.querySelector('mark')!.textContent).toBe('负责首页和详情页设计');
    expect(pages.textContent).toContain('（负责首页和详情页设计，制作主图）');
    const images = screen.getByTestId('covered-list').querySelector('[data-duty="designer.images"]')!;
    expect(images.querySelector('mark')!.textContent).toBe('制作主图');
  });

  test('"not this duty" marks the sentence for that duty; "which duty" marks an extra item', async () => {
    const onMark = vi.fn(() => Promise.resolve());
    renderUi(<CoverageView comparison={manyToMany} role={sampleRole()} onAddDuty={vi.fn()} onMark={onMark} />);
    fireEvent.click(screen.getAllByRole('button', { name: '这句不是“制作主图、海报和活动图”' })[0]!);
    expect(onMark).toHaveBeenCalledWith('负责首页和详情页设计，制作主图', 'designer.images', 'not');
    const select = screen.getByLabelText('这句属于哪项标准职责') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['', 'designer.pages', 'designer.images', 'designer.photos']);
    fireEvent.change(select, { target: { value: 'designer.photos' } });
    expect(onMark).toHaveBeenLastCalledWith('负责短视频剪辑', 'designer.photos', 'covers');
    await waitFor(() => expect(screen.getByText('已记住')).toBeTruthy());
  });

  test('a failed mark says so, and the controls stay usable', async () => {
    const onMark = vi.fn(() => Promise.reject(new Error('disk full')));
    renderUi(<CoverageView comparison={manyToMany} role={sampleRole()} onAddDuty={vi.fn()} onMark={onMark} />);
    fireEvent.click(screen.getAllByRole('button', { name: /^这句不是/ })[0]!);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('不是这项'));
  });

  test('a broad role is shown against the ad’s specialty, the whole role one click away', () => {
    const scoped: Comparison = {
      ...comparison,
      scope: { specialties: [{ id: 'ecom', nameZh: '电商视觉', nameEn: 'E-commerce visuals' }], duties: ['designer.pages', 'designer.images'], coverage: { covered: 2, total: 2 }, missing: [], skillsRoleOnly: [] },
    };
    renderUi(<CoverageView comparison={scoped} role={sampleRole()} onAddDuty={vi.fn()} onMark={vi.fn()} />);
    expect(screen.getByTestId('coverage-text').textContent).toBe('覆盖 2 / 2 项标准职责');
    expect(screen.getByTestId('coverage-scope').textContent).toContain('按专长比较：电商视觉');
    expect(screen.getByTestId('missing-list').textContent).toBe('（无）');
    fireEvent.click(screen.getByRole('button', { name: '查看整个岗位（3 项）' }));
    expect(screen.getByTestId('coverage-text').textContent).toBe('覆盖 2 / 3 项标准职责');
    expect(screen.getByTestId('missing-list').textContent).toBe('商品图片的修图与后期');
    expect(screen.getByRole('button', { name: '只看专长' }).getAttribute('aria-pressed')).toBe('true');
  });
});

describe('notices and inputs', () => {
  test('not-job reasons are plain words with the ways on', () => {
    renderUi(<NotJobNotice reason="login-wall" />);
    expect(screen.getByTestId('not-job').textContent).toContain('需要先登录');
    expect(screen.getByTestId('not-job').textContent).toContain('剪藏选中文字到岗位夹');
  });

  test('paste box: empty text is refused with a message; text is analysed', () => {
    const onAnalyze = vi.fn();
    renderUi(<PasteBox onAnalyze={onAnalyze} initiallyOpen />);
    fireEvent.click(screen.getByRole('button', { name: '分析' }));
    expect(screen.getByRole('alert').textContent).toBe('请先粘贴招聘文字。');
    expect(onAnalyze).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('粘贴招聘文字'), { target: { value: '岗位职责：负责客服' } });
    fireEvent.click(screen.getByRole('button', { name: '分析' }));
    expect(onAnalyze).toHaveBeenCalledWith('岗位职责：负责客服');
  });

  test('save bar: duplicate notice, tags split on Chinese and Latin commas', () => {
    const onSave = vi.fn();
    renderUi(
      <SaveBar
        duplicateOf={{ title: 'x', clippedAt: Date.UTC(2026, 0, 5) }}
        save={{ state: 'idle' }}
        onSave={onSave}
        onOpenLibrary={() => {}}
        onCopyMarkdown={() => Promise.resolve()}
      />,
    );
    expect(screen.getByTestId('duplicate-notice').textContent).toContain('这条广告已经保存过');
    fireEvent.change(screen.getByLabelText('标签（用逗号分隔）'), { target: { value: '竞品，杭州, 急招 ' } });
    fireEvent.change(screen.getByLabelText('备注'), { target: { value: ' 比我们高2K ' } });
    fireEvent.click(screen.getByRole('button', { name: '更新已保存的记录' }));
    expect(onSave).toHaveBeenCalledWith({ tags: ['竞品', '杭州', '急招'], note: '比我们高2K' });
  });

  test('picker lists every posting with its counts', () => {
    const onPick = vi.fn();
    renderUi(<PostingPicker postings={[posting, { ...posting, title: '客服专员' }]} onPick={onPick} />);
    const items = screen.getAllByRole('button');
    expect(items).toHaveLength(2);
    expect(items[1]!.textContent).toBe('客服专员3 条职责 · 1 条要求');
    fireEvent.click(items[1]!);
    expect(onPick).toHaveBeenCalledWith(1);
  });
});

describe('requirements and competitors', () => {
  test('requirements table highlights what differs from the standard role', () => {
    renderUi(<RequirementsView comparison={comparison} preferred={posting.preferred} saved={{ experience: { median: 2, min: 1, max: 5, n: 4 }, education: 'bachelor' }} />);
    const row = screen.getByTestId('req-experience');
    expect(row.textContent).toBe('经验2-3年 高于标准1年以上中位 2年（1 至 5）');
    expect(row.querySelector('.diff-higher')).not.toBeNull();
    expect(screen.getByTestId('req-education').textContent).toBe('学历大专大专本科');
    expect(screen.getByTestId('req-skills').textContent).toContain('视频剪辑');
  });

  test('competitors: none yet, then counts and place', () => {
    const { unmount } = renderUi(<CompetitorsView roleLabel="美工" summary={null} />);
    expect(screen.getByTestId('competitors').textContent).toContain('还没有保存过“美工”的广告');
    unmount();
    renderUi(
      <CompetitorsView
        roleLabel="美工"
        summary={{ count: 5, dutyFrequency: [{ dutyId: 'designer.pages', text: '设计首页', count: 4 }], places: [{ key: 'placeExperienceMore', percent: 80 }] }}
      />,
    );
    expect(screen.getByTestId('competitors-count').textContent).toBe('已保存 5 条“美工”广告');
    expect(screen.getByText('要求的经验多于 80% 的已存广告')).toBeTruthy();
  });
});
