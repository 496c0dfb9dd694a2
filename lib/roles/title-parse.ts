/**
 * A job title as boards and recruiters write it -> the job's own name, as a recruiter reads it.
 * Titles carry more than the job: hiring words and perks ("诚招…底薪8K+有宿舍"), a company or
 * team in front of or behind a dash ("后端研发工程师-抖音直播", "天猫超市产品技术部-Java专家"),
 * qualifiers in brackets, shorthand ("配/理/拣/发货" for 配货/理货/拣货/发货, "淘宝/天猫运营"),
 * and sometimes several unrelated jobs at once ("客户代表/售后客服/储备干部").
 *
 * Works on text already normalised (normalizeForMatch). What counts as a job is asked of the
 * caller (`isJob`: an alias of the library in it), so the alias table stays the only vocabulary.
 */

export interface TitleParts {
  /** The job part, spaces removed, shorthand expanded. */
  proper: string;
  /** The alternatives it lists, when it is a list ("客户代表/售后客服"); else [proper]. */
  alternatives: string[];
  /** Brackets, team and department segments, dropped chunks that name a job: they qualify it. */
  qualifiers: string;
  /**
   * The job part is worded as a post (it ends in a job noun or rank word: 交付经理, 质检专员),
   * whether or not the library knows the job: see TitleReading.unexplained.
   */
  namesPost: boolean;
}

/** A word naming a person's job or post: a title ending in one names a job, not a team. */
const JOB_NOUN = /(?:工程师|师|员|工|专员|专家|经理|主管|总监|助理|顾问|主播|客服|开发|运营|设计|编辑|文案|会计|出纳|实习生|管培生|岗|leader|engineer|manager|developer|designer|specialist|analyst|intern)$/;
/** Hiring words ahead of the job ("诚招", "XX公司招聘"): what precedes them is the employer. */
const HIRING = /(?:高薪)?(?:诚聘|诚招|急招|急聘|直招|热招|招聘|招募|火热招聘)/g;
/** Rank and seniority words alone ("主管" in "数据分析经理/主管"): part of the previous alternative. */
const RANK_ONLY = /^(?:高级|资深|初级|中级|副)?(?:专员|助理|主管|经理|总监|组长|主任|副主任|负责人|实习生|实习|专家|leader)$/;
const BRACKETS = /[(（【\[<《][^)）】\]>》]*[)）】\]>》]?/g;
// A dash between two segments, not inside a Latin word (e-commerce, front-end).
const DASH = /\s*(?:-{1,3}|—+|–|_|\|)\s*/g;
const LIST = /[/、,，&＆]/;
// "+" joins perks to the job, except inside a name (c++, dou+).
const CHUNK = /(?<!(?:^|[^a-z])(?:c|c\+|dou))[+＋]+|[!！~～]+|\s{2,}/;
const NUMBERING = /^\s*\d{1,2}\s*[、.．)）]\s*/;

export function parseTitle(normTitle: string, isJob: (text: string) => boolean): TitleParts {
  const qualifiers: string[] = [];
  let text = normTitle.replace(NUMBERING, '');
  text = text.replace(BRACKETS, (m) => (qualifiers.push(m), ' '));
  text = keepJobChunks(text, isJob, qualifiers);
  text = dropEmployer(text, isJob);
  const segment = jobSegment(text, isJob, qualifiers);
  const alternatives = expandShorthand(segment.split(LIST), isJob);
  return {
    proper: alternatives.join('/') || segment,
    alternatives: alternatives.length ? alternatives : [segment],
    qualifiers: qualifiers.join(' '),
    namesPost: isPost(segment),
  };
}

/** Worded as a post: ends in a job noun or rank word, once trailing numbers and marks go. */
function isPost(text: string): boolean {
  return JOB_NOUN.test(text.replace(/[\d\p{P}\p{S}]+$/u, ''));
}

/**
 * Chunks joined by "+", "!" or wide spaces: perks and pay ride along with the job
 * ("销售+高提成", "双休+五险一金信息流优化师"); keep the first chunk that names a job, and let later
 * ones qualify it. Within a chunk, spaces go ("Java 后台开发" is one name).
 */
function keepJobChunks(text: string, isJob: (t: string) => boolean, qualifiers: string[]): string {
  const chunks = text.split(CHUNK).map((c) => c.replace(/\s+/g, '')).filter(Boolean);
  const jobs = chunks.filter((c) => isJob(c));
  if (!jobs.length) return chunks.join('');
  qualifiers.push(...jobs.slice(1));
  return jobs[0]!;
}

/** "XX公司招聘仓库管理员" -> "仓库管理员"; "招聘专员" stays (nothing but a rank follows its 招聘). */
function dropEmployer(text: string, isJob: (t: string) => boolean): string {
  let cut = -1;
  for (const m of text.matchAll(HIRING)) {
    const rest = text.slice(m.index + m[0].length);
    if (rest.length >= 2 && !RANK_ONLY.test(rest) && isJob(expandShorthand(rest.split(LIST), isJob).join('/'))) cut = m.index + m[0].length;
  }
  return cut >= 0 ? text.slice(cut) : text;
}

/**
 * Of dash-joined segments, the one that names the job: it has an alias and ends in a job noun
 * ("后端研发工程师" over "抖音直播", "Java技术专家" over "产品技术部"); ties go to the first.
 * The others (company, team, city, direction) qualify it.
 */
function jobSegment(text: string, isJob: (t: string) => boolean, qualifiers: string[]): string {
  const segments = splitDashes(text);
  if (segments.length < 2) return text;
  const strength = (s: string) => (isJob(s) ? 2 : 0) + (isPost(s) ? 1 : 0);
  let best = 0;
  segments.forEach((s, i) => {
    if (strength(s) > strength(segments[best]!)) best = i;
  });
  segments.forEach((s, i) => i !== best && qualifiers.push(s));
  return segments[best]!;
}

function splitDashes(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of text.matchAll(DASH)) {
    const before = text[m.index - 1] ?? '';
    const after = text[m.index + m[0].length] ?? '';
    if (/[a-z0-9]/.test(before) && /[a-z0-9]/.test(after) && m[0].length === 1) continue;
    out.push(text.slice(from, m.index));
    from = m.index + m[0].length;
  }
  out.push(text.slice(from));
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}

/**
 * A list's shorthand, expanded from its last item: a single character takes the last item's
 * ending ("配/理/拣/发货" -> 配货/理货/拣货/发货), a short item that names no job takes the part
 * of the last item past its own length ("淘宝/天猫运营" -> 淘宝运营/天猫运营). A rank alone
 * ("数据分析经理/主管") belongs to the item before it.
 */
function expandShorthand(items: string[], isJob: (t: string) => boolean): string[] {
  const parts = items.map((s) => s.trim()).filter(Boolean);
  const last = parts[parts.length - 1];
  if (!last) return [];
  const out: string[] = [];
  for (const p of parts) {
    if (RANK_ONLY.test(p) && out.length) {
      out[out.length - 1] += `/${p}`;
      continue;
    }
    const single = [...p].length === 1 && /[\u3400-\u9fff]/.test(p);
    if (p !== last && (single || (p.length < last.length && !isJob(p) && isJob(last)))) out.push(p + last.slice(p.length));
    else out.push(p);
  }
  return out;
}
