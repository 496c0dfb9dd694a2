import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { JdCheck, JdCheckLine } from '@/components/popup/JdCheckLine';
import type { ExtractedPosting } from '@/lib/db/schemas';
import { checkJd, jdInputFromPosting } from '@/lib/library/jdcheck';
import { renderUi } from '../helpers/render';

afterEach(cleanup);

const posting: ExtractedPosting = {
  title: '仓库文员',
  company: '某物流',
  location: '苏州',
  salary: { min: 5000, max: 6000, currency: 'CNY', period: 'month', months: null, negotiable: false, raw: '5-6K' },
  experienceYears: null,
  education: null,
  skills: [],
  duties: ['负责出入库登记'],
  requirements: ['1、女，<b>25-35岁</b>', '本地户口优先', '熟练使用Excel'],
  preferred: [],
  source: 'text',
};

function done(p: ExtractedPosting) {
  const input = jdInputFromPosting({ ...p, roleId: null });
  const flags = checkJd(input).filter((f) => f.category !== 'salary' && f.category !== 'filler');
  return { kind: 'done' as const, flags, input };
}

describe('the popup JD-check line', () => {
  test('while the rules load: a busy status line', () => {
    renderUi(<JdCheckLine state={{ kind: 'checking' }} />);
    const line = screen.getByTestId('jd-check-line');
    expect(line.getAttribute('aria-busy')).toBe('true');
    expect(line.textContent).toBe('正在做 JD 合规检查…');
  });

  test('the rules failed to load: says so', () => {
    renderUi(<JdCheckLine state={{ kind: 'error' }} />);
    expect(screen.getByTestId('jd-check-line').textContent).toBe('JD 检查暂时无法运行');
  });

  test('a clean ad: one line saying nothing was found', () => {
    renderUi(<JdCheckLine state={done({ ...posting, requirements: ['熟练使用Excel'] })} />);
    expect(screen.getByTestId('jd-check-line').textContent).toBe('JD 检查：未发现可能违规的表述');
  });

  test('issues: a compact count that opens to each issue, its words, its line and why', () => {
    renderUi(<JdCheckLine state={done(posting)} />);
    const line = screen.getByTestId('jd-check-line') as HTMLDetailsElement;
    expect(line.tagName).toBe('DETAILS');
    expect(line.open).toBe(false);
    const summary = screen.getByText('JD 检查：3 处可能违规');
    fireEvent.click(summary);
    const issues = screen.getAllByTestId('jd-issue');
    expect(issues.map((li) => li.querySelector('.jd-ground')!.textContent)).toEqual(['性别', '年龄', '户籍/地域']);
    expect(issues.map((li) => li.querySelector('mark')!.textContent)).toEqual(['女', '25-35岁', '本地户口']);
    // Page text is shown as text: the <b> stays literal.
    expect(issues[0]!.querySelector('.quote')!.textContent).toBe('1、女，<b>25-35岁</b>');
    expect(line.querySelector('b')).toBeNull();
    expect(issues[0]!.textContent).toContain('妇女权益保障法第43条');
  });

  test('one issue reads in the singular in English; reasons follow the language', () => {
    renderUi(<JdCheckLine state={done({ ...posting, requirements: ['限男性'] })} />, 'en');
    expect(screen.getByText('JD check: 1 possible issue')).toBeTruthy();
    expect(screen.getByTestId('jd-issue').textContent).toContain("Women's Rights Law art. 43");
  });

  test('wired: the rules load on demand and the line shows their result', async () => {
    renderUi(<JdCheck posting={posting} roleId={null} />);
    expect(screen.getByTestId('jd-check-line').textContent).toBe('正在做 JD 合规检查…');
    expect(await screen.findByText('JD 检查：3 处可能违规')).toBeTruthy();
  });

  test('wired: a host’s looks are advice, not an issue; age still counts', async () => {
    const host = { ...posting, title: '带货主播', requirements: ['形象气质佳', '20-30岁'] };
    renderUi(<JdCheck posting={host} roleId="live-streamer" />);
    expect(await screen.findByText('JD 检查：1 处可能违规')).toBeTruthy();
  });
});
