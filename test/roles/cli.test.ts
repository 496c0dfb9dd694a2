import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Io } from '@/lib/cli/io';
import { main } from '@/lib/cli/main';

function testIo(stdin = ''): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    readStdin: async () => stdin,
    async *stdinLines() {
      yield* stdin.split('\n');
    },
    out: (t) => stdout.push(t),
    err: (t) => stderr.push(t),
  };
}

const AD = [
  '岗位职责：',
  '1、负责天猫店铺商品详情页和首页的设计制作',
  '2、商品图片的抠图、修图和美化',
  '3、负责公司年会的组织',
  '任职要求：',
  '1、熟练使用Photoshop',
  '2、2年以上电商美工经验',
].join('\n');

const dir = mkdtempSync(join(tmpdir(), 'roleclip-cli-'));
const file = join(dir, 'ad.txt');
writeFileSync(file, AD);

describe('cli compare', () => {
  test('prints covered, missing and extra against the role', async () => {
    const io = testIo();
    expect(await main(['compare', file, '--role', 'designer', '--title', '淘宝美工'], io)).toBe(0);
    const text = io.stdout.join('\n');
    expect(text).toMatch(/^淘宝美工 vs designer/);
    expect(text).toMatch(/covered {2}designer\.detail-pages .*<- 负责天猫店铺商品详情页/);
    expect(text).toMatch(/covered {2}designer\.retouching/);
    expect(text).toMatch(/missing {2}designer\.brand-guide/);
    expect(text).toMatch(/extra {4}#3 负责公司年会的组织/);
    expect(text).toMatch(/Experience: ad 2\+ yrs, role 1\+ yrs -> higher/);
    // Item 1 covers two duties; each duty counts once in the headline.
    const covered = new Set([...text.matchAll(/covered {2}(designer\.(?!req\.)\S+)/g)].map((m) => m[1]));
    expect(text).toContain(`Duties: covers ${covered.size} of 9`);
    expect(text).toMatch(/Specialty: 电商视觉 \(E-commerce visuals\)/);
  });

  test('--json gives the Comparison object', async () => {
    const io = testIo();
    expect(await main(['compare', file, '--role', 'designer', '--json'], io)).toBe(0);
    const [report] = JSON.parse(io.stdout.join('')) as { roleId: string; extra: { itemIndex: number }[] }[];
    expect(report!.roleId).toBe('designer');
    expect(report!.extra.map((e) => e.itemIndex)).toEqual([2]);
  });

  test('--json lists every covering item of a duty with the words that matched', async () => {
    const io = testIo();
    expect(await main(['compare', file, '--role', 'designer', '--json'], io)).toBe(0);
    const [report] = JSON.parse(io.stdout.join('')) as { covered: { dutyId: string; itemIndex: number; clause: string; via: string }[] }[];
    // Item 0 names two duties (详情页, 首页): one item, two covered duties.
    const byItem0 = report!.covered.filter((c) => c.itemIndex === 0).map((c) => c.dutyId);
    expect(byItem0).toEqual(expect.arrayContaining(['designer.detail-pages', 'designer.store-decoration']));
    expect(report!.covered.find((c) => c.dutyId === 'designer.retouching')).toMatchObject({ itemIndex: 1, via: 'phrasing' });
  });

  test('an unknown role is a usage error listing the roles', async () => {
    const io = testIo();
    expect(await main(['compare', file, '--role', 'astronaut'], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/unknown role "astronaut"; roles: operations-director, .*tech/);
  });

  test('a missing --role is a usage error', async () => {
    const io = testIo();
    expect(await main(['compare', file], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/usage: compare/);
  });
});

describe('cli analyze fills role and candidates', () => {
  test('a clear ad gets its role', async () => {
    const io = testIo(AD);
    expect(await main(['analyze', '-', '--title', '淘宝美工'], io)).toBe(0);
    const out = JSON.parse(io.stdout.join('')) as { postings: { role: { id: string; score: number } | null; candidates: { id: string }[] }[] };
    expect(out.postings[0]!.role?.id).toBe('designer');
    expect(out.postings[0]!.candidates[0]?.id).toBe('designer');
    expect(out.postings[0]!.candidates.length).toBeLessThanOrEqual(3);
  });

  test('--jsonl matches every line in one process; an ad no role fits gets null with candidates', async () => {
    const lines = [
      JSON.stringify({ id: 'a', title: '淘宝美工', text: AD }),
      JSON.stringify({ id: 'b', title: '销售经理', text: '岗位职责：\n1、开发新客户，完成销售业绩\n2、拜访客户，签单回款\n任职要求：\n1、有销售经验' }),
    ].join('\n');
    const io = testIo(lines);
    expect(await main(['analyze', '--jsonl'], io)).toBe(0);
    const [a, b] = io.stdout.map((l) => JSON.parse(l) as { id: string; postings: { role: { id: string } | null; candidates: unknown[] }[] });
    expect(a!.postings[0]!.role?.id).toBe('designer');
    expect(b!.id).toBe('b');
    expect(b!.postings[0]!.role).toBeNull();
    expect(b!.postings[0]!.candidates.length).toBeGreaterThan(0);
  });
});
