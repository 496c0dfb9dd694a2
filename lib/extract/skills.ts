import { normalizeForMatch } from '../text/normalize';

/**
 * The skills and tools dictionary. Built from what the seed documents (../shared/seeds) name for
 * e-commerce roles (直通车, 钻展, 万相台, 品销宝, 淘宝客, 生意参谋, 旺旺, ERP, CRM, 蝉妈妈, 千瓜 …)
 * plus the everyday tools of the same roles' ads. Editable: callers pass their own list
 * (FieldOptions.skills) to replace it, or extend DEFAULT_SKILLS.
 */
export interface SkillEntry {
  /** The name shown and stored. */
  name: string;
  /** Spellings to find (matched on the normalised text: Simplified, half-width, lower case). */
  aliases: string[];
  /**
   * Short aliases that are also ordinary words (AI, PS, PR, AE) count only when this also
   * appears in the same text, e.g. AI next to Photoshop is Illustrator, not artificial intelligence.
   */
  ambiguous?: { aliases: string[]; context: RegExp };
  /** Longer words that contain an alias but mean something else (淘宝客 in 淘宝客服). */
  exclude?: string[];
}

const DESIGN = /photoshop|\bps\b|c4d|cdr|coreldraw|illustrator|美工|设计|修图|作图|平面|indesign|sketch|figma|premiere|剪辑|\bae\b|\bpr\b/;
const OFFICE = /excel|ppt|powerpoint|办公|电脑|microsoft|\bword\b.{0,10}\bexcel\b|熟练|熟悉|精通/;
const VIDEO = /剪辑|视频|premiere|after effects|\bae\b|\bpr\b|final cut|剪映|特效|后期/;

export const DEFAULT_SKILLS: SkillEntry[] = [
  // Marketplace advertising and analytics tools (seed documents).
  { name: '直通车', aliases: ['直通车', '淘宝直通车'] },
  { name: '钻展', aliases: ['钻展', '钻石展位'] },
  { name: '万相台', aliases: ['万相台'] },
  { name: '引力魔方', aliases: ['引力魔方'] },
  { name: '超级推荐', aliases: ['超级推荐'] },
  { name: '品销宝', aliases: ['品销宝'] },
  { name: '淘宝客', aliases: ['淘宝客', '淘客'], exclude: ['淘宝客服', '淘客服'] },
  { name: '达摩盘', aliases: ['达摩盘'] },
  { name: '生意参谋', aliases: ['生意参谋'] },
  { name: '千牛', aliases: ['千牛'] },
  { name: '旺旺', aliases: ['旺旺', '阿里旺旺'] },
  { name: '京东快车', aliases: ['京东快车', '京准通'] },
  { name: '巨量千川', aliases: ['巨量千川', '千川'] },
  { name: '蝉妈妈', aliases: ['蝉妈妈'] },
  { name: '千瓜', aliases: ['千瓜'] },
  { name: '飞瓜', aliases: ['飞瓜'] },
  // Platforms an ad asks experience of.
  { name: '淘宝', aliases: ['淘宝'] },
  { name: '天猫', aliases: ['天猫', 'tmall'] },
  { name: '京东', aliases: ['京东', 'jd.com'] },
  { name: '拼多多', aliases: ['拼多多'] },
  { name: '唯品会', aliases: ['唯品会'] },
  { name: '抖音', aliases: ['抖音', 'douyin', '抖店'] },
  { name: '快手', aliases: ['快手'] },
  { name: '小红书', aliases: ['小红书'] },
  { name: '微博', aliases: ['微博'] },
  { name: '视频号', aliases: ['视频号'] },
  { name: '微信公众号', aliases: ['公众号', '微信公众号'] },
  { name: 'B站', aliases: ['b站', '哔哩哔哩', 'bilibili'] },
  { name: 'Amazon', aliases: ['amazon', '亚马逊'] },
  { name: 'Shopify', aliases: ['shopify'] },
  { name: 'TikTok', aliases: ['tiktok'] },
  // Business systems.
  { name: 'ERP', aliases: ['erp'] },
  { name: 'CRM', aliases: ['crm'] },
  { name: '聚水潭', aliases: ['聚水潭'] },
  { name: '旺店通', aliases: ['旺店通'] },
  { name: '金蝶', aliases: ['金蝶'] },
  { name: '用友', aliases: ['用友'] },
  { name: 'SAP', aliases: ['sap'] },
  // Office and data.
  { name: 'Excel', aliases: ['excel', '数据透视表', 'vlookup'] },
  { name: 'Word', aliases: [], ambiguous: { aliases: ['word'], context: OFFICE } },
  { name: 'PPT', aliases: ['ppt', 'powerpoint'] },
  { name: 'Office', aliases: ['wps', '办公软件', 'ms office', 'microsoft office'], ambiguous: { aliases: ['office'], context: OFFICE } },
  { name: 'SQL', aliases: ['sql', 'mysql'] },
  { name: 'Python', aliases: ['python'] },
  { name: 'SPSS', aliases: ['spss'] },
  { name: 'Tableau', aliases: ['tableau'] },
  { name: 'Power BI', aliases: ['power bi', 'powerbi'] },
  { name: 'SEO', aliases: ['seo'] },
  { name: 'SEM', aliases: ['sem'] },
  // Design and video.
  { name: 'Photoshop', aliases: ['photoshop'], ambiguous: { aliases: ['ps'], context: /./ } },
  { name: 'Illustrator', aliases: ['illustrator'], ambiguous: { aliases: ['ai'], context: DESIGN } },
  { name: 'C4D', aliases: ['c4d', 'cinema 4d', 'cinema4d'] },
  { name: 'CorelDRAW', aliases: ['coreldraw', 'cdr'] },
  { name: 'Premiere', aliases: ['premiere'], ambiguous: { aliases: ['pr'], context: VIDEO } },
  { name: 'After Effects', aliases: ['after effects'], ambiguous: { aliases: ['ae'], context: VIDEO } },
  { name: '剪映', aliases: ['剪映'] },
  { name: 'Figma', aliases: ['figma'] },
  { name: 'Sketch', aliases: [], ambiguous: { aliases: ['sketch'], context: DESIGN } },
  { name: 'Axure', aliases: ['axure'] },
  { name: '3ds Max', aliases: ['3ds max', '3dmax', '3dsmax'] },
  { name: 'Blender', aliases: ['blender'] },
  { name: 'CAD', aliases: ['autocad', 'cad'] },
];

// Latin aliases must stand alone ("ps" not inside "https"); Chinese ones match anywhere. Each is
// looked for as plain text first (a fast string search; most of ~130 aliases are absent from an
// ad), and only a Latin alias that is present is checked for its word boundaries.
interface Alias {
  text: string;
  bounded: RegExp | null;
}
function aliasOf(raw: string): Alias {
  const alias = normalizeForMatch(raw);
  const esc = alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return { text: alias, bounded: /^[a-z0-9]/.test(alias) ? new RegExp(`(?<![a-z0-9])${esc}(?![a-z0-9])`) : null };
}
const named = (t: string) => (a: Alias) => t.includes(a.text) && (!a.bounded || a.bounded.test(t));

const compiled = new WeakMap<SkillEntry[], { entry: SkillEntry; plain: Alias[]; amb: Alias[] }[]>();

/** Skills the text names, in dictionary order, each once. */
export function findSkills(text: string, dictionary: SkillEntry[] = DEFAULT_SKILLS): string[] {
  return skillsIn(normalizeForMatch(text.length > 200_000 ? text.slice(0, 200_000) : text), dictionary);
}

/** findSkills on text already in the comparison form (Simplified, half-width, lower case). */
export function skillsIn(t: string, dictionary: SkillEntry[] = DEFAULT_SKILLS): string[] {
  let table = compiled.get(dictionary);
  if (!table) {
    table = dictionary.map((entry) => ({ entry, plain: entry.aliases.map(aliasOf), amb: (entry.ambiguous?.aliases ?? []).map(aliasOf) }));
    compiled.set(dictionary, table);
  }
  const found: string[] = [];
  const inText = named(t);
  for (const { entry, plain, amb } of table) {
    if (!plain.some(inText) && !amb.some(inText)) continue; // named nowhere, not even inside an excluded word
    const own = entry.exclude?.length ? entry.exclude.reduce((acc, w) => acc.split(normalizeForMatch(w)).join(' '), t) : t;
    const inOwn = own === t ? inText : named(own);
    if (plain.some(inOwn) || (amb.some(inOwn) && entry.ambiguous!.context.test(own))) found.push(entry.name);
  }
  return found;
}
