import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Io } from '@/lib/cli/io';
import { main } from '@/lib/cli/main';

/** The command-line twin, through main() with an in-memory Io, and once as a real process. */
function fakeIo(stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    readStdin: async () => stdin,
    async *stdinLines() {
      for (const line of stdin.split('\n')) yield line;
    },
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  };
  return { io, out, err };
}

const KEYS = ['title', 'company', 'location', 'salary', 'experienceYears', 'education', 'skills', 'duties', 'requirements', 'preferred', 'source', 'role', 'candidates'];
const tmp = mkdtempSync(join(tmpdir(), 'roleclip-cli-'));

/** A small saved ad page (no charset unless `head` declares one), for the decoding tests. */
const page = (head: string, title: string, company: string) => `<!DOCTYPE html><html><head>${head}<title>${title}-${company}</title></head><body>
<h1>${title}</h1><div class="company">${company}</div>
<h3>岗位职责：</h3><ul><li>负责天猫店铺首页和详情页的设计</li><li>配合运营完成活动页面和主图</li></ul>
<h3>任职要求：</h3><ul><li>熟练使用PS和AI</li><li>一年以上电商美工经验</li></ul></body></html>`;

/**
 * Text -> GB18030 bytes, built from the platform's own decoder (no encoder ships with Node):
 * ASCII as is, two-byte codes from a reverse table, and the one four-byte character the tests use.
 */
function encodeGb18030(text: string): Uint8Array {
  const table = new Map<string, number[]>([['𠮷', [0x95, 0x34, 0xb2, 0x35]]]);
  const decoder = new TextDecoder('gb18030', { fatal: true });
  for (let a = 0x81; a <= 0xfe; a++)
    for (let b = 0x40; b <= 0xfe; b++) {
      try {
        const ch = decoder.decode(new Uint8Array([a, b]));
        if (!table.has(ch)) table.set(ch, [a, b]);
      } catch {
        // not a valid pair
      }
    }
  const bytes = [...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch) ?? []));
  return new Uint8Array(bytes);
}

async function runAnalyze(file: string, extra: string[] = []) {
  const { io, out, err } = fakeIo();
  expect(await main(['analyze', file, ...extra], io)).toBe(0);
  return { out, err };
}

const analyzedPosting = ({ out }: { out: string[] }) => {
  const result = JSON.parse(out[0]!);
  expect(result.notJob).toBeNull();
  return result.postings[0];
};

describe('analyze', () => {
  test('a page file: one JSON object with the posting fields', async () => {
    const { io, out, err } = fakeIo();
    const code = await main(['analyze', 'test/fixtures/pages/boss/detail/source.html'], io);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    const result = JSON.parse(out.join('\n'));
    expect(result.notJob).toBeNull();
    expect(Object.keys(result.postings[0]).sort()).toEqual([...KEYS].sort());
    expect(result.postings[0].source).toBe('site:boss'); // the URL came from the saved page itself
  });

  test('--url overrides the page address (here: no adapter, so a generic tier)', async () => {
    const { io, out } = fakeIo();
    await main(['analyze', 'test/fixtures/pages/boss/detail/source.html', '--url', 'https://www.example.com/x'], io);
    expect(JSON.parse(out[0]!).postings[0].source).not.toBe('site:boss');
  });

  test('a text file and stdin ("-") are read as text', async () => {
    const file = join(tmp, 'ad.txt');
    writeFileSync(file, '岗位职责：\n负责客服\n任职要求：\n大专以上');
    const a = fakeIo();
    expect(await main(['analyze', file, '--title', '客服专员'], a.io)).toBe(0);
    const b = fakeIo('岗位职责：\n负责客服\n任职要求：\n大专以上');
    expect(await main(['analyze', '-', '--title', '客服专员'], b.io)).toBe(0);
    for (const out of [a.out, b.out]) {
      const p = JSON.parse(out[0]!).postings[0];
      expect(p.title).toBe('客服专员');
      expect(p.duties).toEqual(['负责客服']);
      expect(p.requirements).toEqual(['大专以上']);
      expect(p.source).toBe('text');
    }
  });

  test('--jsonl: one line per input, in order, ids kept; bad lines reported and skipped', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: '岗位职责\n负责美工设计\n任职要求\n会PS', title: '美工' }),
      '{not json',
      JSON.stringify({ id: 'b', html: '<h2>Responsibilities</h2><ul><li>Own the roadmap</li></ul>', url: '' }),
      JSON.stringify({ id: 'c', nothing: 1 }),
      JSON.stringify({ id: 7, text: '' }),
    ].join('\n');
    const { io, out, err } = fakeIo(input);
    expect(await main(['analyze', '--jsonl'], io)).toBe(1);
    const lines = out.map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', 7]);
    expect(lines[0].postings[0].title).toBe('美工');
    expect(lines[2].notJob).toBe('empty');
    expect(err).toEqual(['analyze: line 2: not JSON', 'analyze: line 4: expected {"id","text","title"?} or {"id","html","url"}']);
  });

  test('--jsonl: a byte-order mark before the first record is not a bad line', async () => {
    const input = `\ufeff${JSON.stringify({ id: 'first', text: '岗位职责\n负责美工设计\n任职要求\n会PS', title: '美工' })}\n${JSON.stringify({ id: 'second', text: '岗位职责\n负责客服', title: '客服' })}`;
    const { io, out, err } = fakeIo(input);
    expect(await main(['analyze', '--jsonl'], io)).toBe(0);
    expect(err).toEqual([]);
    expect(out.map((l) => JSON.parse(l).id)).toEqual(['first', 'second']);
  });

  test('a GBK page without a charset declaration is decoded by its bytes', async () => {
    const { io, out } = fakeIo();
    expect(await main(['analyze', 'test/fixtures/pages/generic/gbk-no-charset/source.html'], io)).toBe(0);
    const result = JSON.parse(out[0]!);
    expect(result.notJob).toBeNull();
    expect(result.postings[0].title).toBe('仓库主管');
    expect(result.postings[0].duties[0]).toContain('电商仓库');
  });

  test('a UTF-8 page with a byte-order mark is UTF-8, whatever charset its <meta> names (the BOM wins, as in a browser)', async () => {
    const file = join(tmp, 'bom-utf8.html');
    writeFileSync(file, `\ufeff${page('<meta charset="gbk">', '美工设计师', '深圳某某电子商务有限公司')}`);
    const p = analyzedPosting(await runAnalyze(file));
    expect(p.title).toBe('美工设计师');
    expect(p.duties[0]).toBe('负责天猫店铺首页和详情页的设计');
  });

  test('a UTF-16 page with a byte-order mark (Windows "Unicode" save) is decoded as UTF-16', async () => {
    const file = join(tmp, 'bom-utf16.html');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page('', '美工设计师', '深圳某某电子商务有限公司'), 'utf16le')]));
    const p = analyzedPosting(await runAnalyze(file));
    expect(p.title).toBe('美工设计师');
    expect(p.requirements).toEqual(['熟练使用PS和AI', '一年以上电商美工经验']);
  });

  test('a GB18030 page without a charset declaration, four-byte characters included, is decoded by its bytes', async () => {
    const file = join(tmp, 'gb18030-no-charset.html');
    // 𠮷 (U+20BB7) exists only in GB18030's four-byte range: GBK cannot encode it.
    writeFileSync(file, encodeGb18030(page('', '美工设计师', '𠮷祥电子商务有限公司')));
    const p = analyzedPosting(await runAnalyze(file));
    expect(p.title).toBe('美工设计师');
    expect(p.company).toBe('𠮷祥电子商务有限公司');
    expect(p.duties[0]).toBe('负责天猫店铺首页和详情页的设计');
  });

  test('--url on a board whose adapter does not know the layout: the generic tiers read the ad, its title and company', async () => {
    // A Boss address on a layout none of its selectors match (title in a <div>, no h1, the
    // description under .job-sec .detail); <title> brackets the name the way Boss does today.
    const file = join(tmp, 'boss-unknown-layout.html');
    writeFileSync(
      file,
      `<!DOCTYPE html><html><head><title>「美工设计师招聘」_深圳某某电子商务有限公司招聘-BOSS直聘</title></head><body>
      <div class="job-primary"><div class="info-primary"><div class="job-title">美工设计师</div><span class="badge">8-12K</span></div>
      <div class="info-company"><h3 class="name">深圳某某电子商务有限公司</h3></div></div>
      <div class="job-sec"><h3>职位描述</h3><div class="detail">岗位职责：<br>1、负责天猫店铺首页和详情页的设计<br>2、配合运营完成活动页面和主图<br>
      任职要求：<br>1、熟练使用PS和AI<br>2、一年以上电商美工经验</div></div></body></html>`,
    );
    const { out } = await runAnalyze(file, ['--url', 'https://www.zhipin.com/job_detail/abc123.html']);
    const result = JSON.parse(out[0]!);
    expect(result.notJob).toBeNull();
    expect(result.postings[0].title).toBe('美工设计师');
    expect(result.postings[0].company).toBe('深圳某某电子商务有限公司');
    expect(result.postings[0].duties).toEqual(['负责天猫店铺首页和详情页的设计', '配合运营完成活动页面和主图']);
    expect(result.postings[0].requirements).toEqual(['熟练使用PS和AI', '一年以上电商美工经验']);
  });

  test('--url on a board whose title selectors miss: the page gives the title (and the adapter keeps the ad)', async () => {
    // A signed-in LinkedIn layout: the description container is known, the top card's classes are hashed.
    const file = join(tmp, 'linkedin-hashed.html');
    writeFileSync(
      file,
      `<html><head><title>Catalog Specialist | Example Brands | LinkedIn</title></head><body>
      <div class="a1b2"><h1 class="c3d4">Catalog Specialist</h1><a class="e5f6" href="/company/x">Example Brands</a></div>
      <div id="job-details"><p><strong>Responsibilities</strong></p><ul><li>Maintain product data across marketplaces.</li><li>Fix listing errors reported by channels.</li></ul>
      <p><strong>Requirements</strong></p><ul><li>2+ years of catalog or merchandising experience.</li></ul></div></body></html>`,
    );
    const { io, out } = fakeIo();
    expect(await main(['analyze', file, '--url', 'https://www.linkedin.com/jobs/view/4000000001/'], io)).toBe(0);
    const p = JSON.parse(out[0]!).postings[0];
    expect(p.source).toBe('site:linkedin');
    expect(p.title).toBe('Catalog Specialist');
    expect(p.duties).toEqual(['Maintain product data across marketplaces.', 'Fix listing errors reported by channels.']);
  });

  test.each([
    [['analyze'], 2],
    [['analyze', 'a.html', 'b.html'], 2],
    [['analyze', '--url'], 2],
    [['analyze', '--bogus', 'x'], 2],
    [['analyze', '/no/such/file.html'], 2],
    [['nosuchcommand'], 2],
  ])('%j: a message on stderr, exit %i, no stack trace', async (args, code) => {
    const { io, out, err } = fakeIo();
    expect(await main(args, io)).toBe(code);
    expect(out).toEqual([]);
    expect(err.length).toBeGreaterThan(0);
    expect(err.join('\n')).not.toMatch(/\n\s+at /);
  });

  test('as a real process: exit codes and stderr', () => {
    const run = (args: string[], input?: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/main.ts', ...args], { input, encoding: 'utf8', timeout: 60_000 });
    const bad = run(['analyze', '/no/such/file.html']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe('analyze: cannot read /no/such/file.html: ENOENT');
    const good = run(['analyze', '-'], '岗位职责：负责客服');
    expect(good.status).toBe(0);
    expect(JSON.parse(good.stdout).postings[0].duties).toEqual(['负责客服']);
  });
});
