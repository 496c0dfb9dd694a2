import { itemForm, itemScore, STRONG } from './classify';
import { memoized } from './memo';
import { NOT_HIRING } from './notjob';

/**
 * What an ad's page puts after (or between) its lists that is not a duty or a requirement, told
 * by content: benefits, equal-opportunity statements, how to apply, site reminders, links to other
 * jobs, disclaimers, company blurbs and recruiting pitch. Each cue list names a kind of text, in
 * Chinese and English, as any board or careers page writes it; none is a phrase of one page.
 *
 * Hard kinds end a list wherever they stand (nothing of the ad follows a site's safety notice or
 * an EEO statement); soft kinds (benefits, company, pitch) end it only as a trailing run, since
 * one of them can be a real item ("负责薪酬福利核算" is an HR duty: strong evidence keeps it).
 */
export type NoiseKind = 'eeo' | 'apply' | 'site' | 'nav' | 'disclaimer' | 'furniture' | 'benefit' | 'company' | 'pitch' | 'facts';

const HARD: ReadonlySet<NoiseKind> = new Set(['eeo', 'apply', 'site', 'nav', 'disclaimer']);
export const isHard = (k: NoiseKind | null) => !!k && HARD.has(k);

const EEO =
  /equal (employment )?opportunit|affirmative action|without regard to|regardless of (race|colou?r|gender|sex|age|religion)|protected (veteran|class|status|characteristic)|reasonable accommodation|(do(es)? not|never) discriminat|non-?discriminat|e-?verify|veteran status|sexual orientation|gender identity|national origin|(is|are) committed to (providing )?(an? )?(inclusive|diverse|equal|fair|barrier)|reasonable adjustments?|request an adjustment|平等(就业|机会)|(不|反|禁止)(任何)?(就业)?歧视|一视同仁/;
const APPLY_ZH =
  /((请|欢迎|有意者?|感兴趣的?(朋友|同学|人)?|如果?你|如您).{0,24}(投递|发送|传送|寄送|寄至|投至|发至|发到|传至|邮件至))|有意者.{0,10}联系|((简历|作品|邮件).{0,6}(投递|发送|传送|发至|发到|投至|寄至|传至))|((投递|应聘|报名)(邮箱|电话|方式|地址))|((在线|网上|点击)(应聘|申请|投递|报名))|((应聘|申请|投递)(此|该|本|这个|上面的?)|(?<![及或])(以上|上述))(职位|岗位)|(邮箱|e-?mail)\s*[:：]|联系(人|电话|方式)\s*[:：]|\[email\]/;
const APPLY_EN =
  /\b(send|email|e-mail|submit|forward) (us )?(your|a) (cv|resume|résumé|application|portfolio)|\bapply (now|today|online|here|via|through)\b|\b(how to apply|to apply(,| for this| please| visit| send| click))|\bclick (apply|here)\b|unsolicited (agency )?(resumes|cvs|candidates)|recruit(ment|ing) agenc|\b(encourage|invite)[ds]? (you|applicants|candidates) to apply\b|job posting (expiration|end|close)|posting (expires|closes|end date)|application deadline|closing date|\bcandidates (will|may) be (asked|required) to (provide|submit|complete|undergo)\b/;
const SITE_ZH =
  /温馨提示|安全提示|友情提示|风险提示|谨防|受骗|诈骗|收取.{0,12}费用|押金|严禁|(不|并不)代表(本站|本网|平台|百度|我们)|第三方(网站|平台)|求职者.{0,10}(权益|注意|警惕)|(以上|本)(职位|岗位)?信息.{0,8}(来自|来源|仅供|由)|登录(后)?查看|立即(登录|沟通|申请|投递)|下载(app|客户端)|扫(一扫|码)(关注|下载|登录|分享)|微信分享|分享到|查看(地图|完整|全部职位)/i;
const SITE_EN =
  /\b(report this (job|listing)|show (more|less)|see (more|less)|save (this )?job|sign in to|join now|beware of|fraud(ulent)?|scam|phishing|never (ask|request) (for )?(money|payment|fees))\b/;
// "相关推荐职位" links other jobs; "相关岗位2年以上工作经验" is a requirement.
const NAV = /^(下一个|上一个|上一篇|下一篇)(职位|岗位)?|(相关|推荐|相似|其他|更多|热门)(职位|岗位)(?!.{0,16}(经验|经历|背景|优先))|该公司(还在|其他)招聘|看过.{0,6}还看了|^(next|previous) (job|posting)|\b(similar|related|recommended|more|other) (jobs|positions|roles|openings)\b|people (also )?viewed/;
const DISCLAIMER =
  /intended to describe the general|not (intended to be )?(an )?(exhaustive|all[- ]inclusive)|does not (constitute|represent) (a )?(contract|an exhaustive)|reserves the right to (modify|change|amend)|最终解释权|仅供参考/;
// Buttons and links, and the recruiter tags some boards leave in the text (#LI-Remote, #LI-DNI).
const FURNITURE = /^(收起|展开|更多|查看更多|show more|show less|see more|read more|less|more|apply|save|share|分享|收藏|举报|投诉|立即沟通|感兴趣|申请职位|我要应聘|(#[a-z]{2,3}-[a-z0-9]{1,12}\s*)+)$/;

// Benefits: pay, insurance, leave, meals, perks, growth offered by the employer. "Medical" and
// "vision" alone are the work of many ads (medical text, computer vision): only as cover.
const COVER = '(insurance|cover(age)?|care|plans?|benefits?|aid|leave)';
const BENEFIT_ZH =
  /五险|六险|社保|公积金|商业(医疗|综合)?(医疗)?保险|补充(医疗|保险)|带薪|年假|节假日|双休|单休|大小周|年终奖|双薪|\d+薪|绩效奖|奖金|提成|分红|期权|股权|股票激励|补贴|补助|餐补|饭补|房补|包吃|包住|食宿|工作餐|下午茶|零食|团建|旅游|体检|生日(礼|会|福利)|节日(礼|福利|慰问)|礼金|福利|文体活动|俱乐部|健身房|晋升(空间|通道|机会)|发展空间|面议|待遇(优厚|从优)|薪资|薪酬|工资|底薪|弹性(工作|上班)|婚假|产假|病假|丧假/;
const BENEFIT_EN =
  new RegExp(`\\b(benefits?|perks?|401\\(?k\\)?|health(care| care)(?! (professional|provider|worker|practitioner|organi[sz]ation|system|setting|industry|sector|facilit|client|customer|compan)(y|ies|s)?\\b)|health insurance|(medical|vision) ${COVER}|dental|insurance|pto|paid (time off|holidays?|leave)|time off|vacation|holidays|parental leave|maternity|paternity|pension|retirement|equity|stock options?|rsus?|salary|compensation|pay range|base pay|wellness|gym|lunch(es)?|snacks|beverages|meals|reimburse(ment)?|allowance|stipend|team building|outings|referral (program|bonus)|career (growth|development|progression)|pathway to|mentorship|massage|free (coffee|food|parking))\\b|\\$\\s?\\d{2,3}(,\\d{3})+`);
const COMPANY_ZH = /是一家|(成立|创立|创建)于|总部(位于|设在)|注册资本|旗下(拥有|有)|致力于|公司(简介|介绍)|(公司|企业|我们)的?(使命|愿景)|以人为本/;
const COMPANY_EN =
  /^at [a-z0-9&.'’ -]{2,40},? (we|we're|we’re|our) [a-z]+\b|\b(is a (global|leading|fast[- ]growing|world|multinational|privately|publicly)|we are a (global|leading|fast[- ]growing)|founded in \d{4}|headquartered in|our (mission|vision|values|story|culture) (is|are)|we believe (in|that)|employees (worldwide|across|in over)|\d[\d,]* (employees|people) (in|across|worldwide))\b/;
const PITCH_ZH = /欢迎.{0,12}(加入|加盟|你|您)|加入我们|期待(你|您)的?(加入|到来)|我们(是|就是|正在|寻找|期待)|人生/;
const PITCH_EN = /\b(join (us|our( [a-z-]+)? team)|^join (a|an|the) [a-z ,()&-]{0,60}team\b|we(['’]re| are) (a|an|the|looking|seeking|hiring|building|proud|working)|come (join|work)|you'll love|now is your chance|dream job)\b/;

// A fact of the position written as a label and its value ("Anticipated start date: 1 March",
// "Duration: six months", "工作地点：…"): what the post is, not a duty or a requirement.
const FACTS_EN =
  /^((anticipated|expected|desired|proposed) )?(start(ing)? date|duration|closing date|deadline|salary( range)?|pay( range)?|location|hours( of work)?|work(ing)? hours|schedule|contract( type| length)?|employment type|job type|reports to|reporting to|travel|position type|appointment type|term)\s*:\s*\S/;
// An unmistakable call to apply ends the ad even where its words score as a requirement ("apply").
const APPLY_CALL = /\bapply (now|today)\b[\s!.]*$/;

/** The kind of non-ad text an item is, or null for an ordinary item (or one with strong evidence). */
export const noiseKind: (item: string) => NoiseKind | null = memoized((item) => kindOf(item));

function kindOf(item: string): NoiseKind | null {
  const t = itemForm(item);
  if (!t) return null;
  if (FURNITURE.test(t.replace(/[\s.。!！>»…]+$/u, ''))) return 'furniture';
  if (APPLY_CALL.test(t)) return 'apply';
  const score = itemScore(item);
  const strong = Math.abs(score) >= STRONG;
  // Hard kinds hold even in a long item that opens like a requirement (an EEO paragraph that
  // mentions "experience"), unless it is short and plainly an item.
  const long = t.length > 120;
  if (!strong || long) {
    if (EEO.test(t)) return 'eeo';
    if (DISCLAIMER.test(t)) return 'disclaimer';
    if (NAV.test(t)) return 'nav';
    if (SITE_ZH.test(t) || SITE_EN.test(t)) return 'site';
    // So does a line saying the employer is not hiring (for other posts): nothing to apply for.
    if (APPLY_ZH.test(t) || APPLY_EN.test(t) || NOT_HIRING.test(t)) return 'apply';
  }
  if (FACTS_EN.test(t)) return 'facts';
  if (strong) return null;
  // "认同公司价值观" is the ad's last requirement in many Chinese ads, not a company blurb.
  if ((COMPANY_ZH.test(t) && !/^(认同|认可|适应|融入|热爱|喜欢|理解)/.test(t)) || COMPANY_EN.test(t)) return 'company';
  // A benefit said in an aside ("能接受加班（有加班补贴）") leaves the item what it was.
  const said = withoutAsides(t);
  if ((BENEFIT_ZH.test(said) || BENEFIT_EN.test(said)) && !startsWithTask(t)) return 'benefit';
  // An English pitch may say "experiences" in passing: a word of evidence, not an item's opening.
  if ((score === 0 && ((/[!！]$/.test(t) && !runInLabel(t)) || PITCH_ZH.test(t))) || (Math.abs(score) <= 1 && PITCH_EN.test(t))) return 'pitch';
  return null;
}

// Text outside parentheses, when enough of it is left to say something (else the whole text).
function withoutAsides(t: string): string {
  const rest = t.replace(/[（(][^（）()]*[)）]/gu, '').trim();
  return rest.length >= 6 ? rest : t;
}

// "后台消息秒回：私信、评论、售后一站式解决！": a task named, then said how. Lively ads end their
// duties with "！" too; a pitch is a cheer, not a label and its content.
const runInLabel = (t: string) => /^[^:：]{2,14}[:：]\s*\S/.test(t);

// An item that opens with a task verb is a duty even when it names pay or benefits
// ("Administer payroll and benefits", "核算薪酬"): never a benefit line.
const TASK_EN =
  /^(administer|process|calculate|prepare|maintain|manage|handle|coordinate|oversee|audit|reconcile|design|develop|implement|negotiate|review|analy[sz]e|evaluate|advise|ensure|track|report|conduct|organi[sz]e|plan|support|assist|lead|own|run|deliver)\b/;
const TASK_ZH = /^(核算|发放|办理|统计|缴纳社保|制定|设计|执行|管理|维护|负责|组织|协助|处理|审核)/;
function startsWithTask(t: string): boolean {
  return TASK_EN.test(t) || TASK_ZH.test(t);
}
