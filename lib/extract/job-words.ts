/** Words of job titles (title-choice.ts weighs candidates by them; title.ts reads a message's posts). */
// Chinese and English: a candidate with one reads like a job's name. Professions in -ician and
// -ist (psychologist, therapist, pharmacist, dentist, receptionist) by their endings.
const JOB_ZH =
  /经理|工程师|专员|主管|助理|设计师|总监|顾问|文员|会计|出纳|销售|运营|客服|美工|编辑|策划|开发|技术员|技师|老师|教师|讲师|司机|店长|导购|主播|实习|研究员|分析师|架构师|产品|测试|运维|前端|后端|专家|主任|经纪人|代表|职员|操作员|普工|学徒|厨师|保安|收银|护士|医生|翻译|律师|秘书|前台|行政|人事|采购|仓管|跟单|文案|摄影|剪辑|督导|负责人|合伙人|管培生|储备|管理员|业务员|营业员|理货员|质检员/;
const JOB_EN =
  /\b(engineer|manager|analyst|developer|designer|specialist|assistant|director|coordinator|consultant|associate|representative|rep|lead|officer|administrator|technician|scientist|architect|intern|executive|accountant|nurse|teacher|writer|editor|operator|agent|clerk|advisor|producer|programmer|head of|vp|president|recruiter|planner|buyer|marketer|strategist|supervisor|sales|partner|owner|controller|auditor|counsel|attorney|therapist|driver|chef|cashier|researcher|postdoc|postdoctoral|fellow|professor|lecturer|instructor|trainee|apprentice|[a-z]+ician|[a-z]+(?:ologist|apist|acist|ntist|ionist|alist|ienist|omist|emist))s?\b/i;
export const jobLike = (t: string) => JOB_ZH.test(t) || JOB_EN.test(t);

/** The words that call for hires at a message's or a line's start (诚聘淘宝客服…, 招聘：…). */
export const CALL_WORDS = '诚聘|急聘|急招|诚招|招聘|聘请|招募';
/** A call on a line of its own ("诚聘", "急招啦！"): the message's call, neither its title nor an item. */
export const BARE_CALL = new RegExp(`^(?:${CALL_WORDS}|急?招人)(?:啦|了)?[!！]*$`, 'u');
/** A line that only calls for staff: a bare call, or "We're hiring: X!" (its post is the title, it is no item). */
export const CALL_LINE = new RegExp(`${BARE_CALL.source}|^(?:we(?:'|’)re|we are|now)?\\s*hiring\\b[^.;]{0,80}$`, 'iu');
