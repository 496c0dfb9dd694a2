/**
 * Sentences about the employer rather than the job: "本公司成立于2008年，一直秉承诚信经营",
 * "我们是一家专注家居用品的电商企业", "员工500余人，年销售额超10亿". They fill the body of many ads
 * (often more than the job's own lines) and speak every role's words at once — a warehouse ad's
 * pitch says 客户 and 服务 more than a customer-service ad does — so the body model reads the ad
 * without them. A sentence that also speaks of the post (负责, 岗位, 招聘…) stays, and so does a
 * sales target ("完成年销售额500万"): only a turnover in 亿 reads as the employer's boast.
 */
const PITCH =
  /(?:公司|集团|我们|本司|我司|本公司|企业)(?:是一家|是国内|是全球|为一家|成立|创立|始创|创建|隶属|位于|坐落|总部|拥有|主营|专注|致力|秉承|始终|坚持|自成立)|成立于|创立于|创建于|始创于|总部(?:位于|设在)|注册资本|经营(?:理念|宗旨|范围)|企业(?:文化|愿景|使命|宗旨)|(?:员工|在职人数|团队规模)\s*\d|年(?:销售额?|营收|产值|营业额)\s*(?:超|达|过|近)?\s*\d[\d.]*\s*(?:亿|个亿)|上市公司|世界500强|高新技术企业/;
const ABOUT_THE_POST = /负责|岗位|职位|职责|招聘|诚聘|急招|任职|要求|工作内容|薪资|底薪|提成|包吃|包住/;
const SENTENCES = /[^。！!？?；;\n]+[。！!？?；;\n]*/g;

/** The text without its sentences about the employer (see PITCH). */
export function withoutCompanyPitch(text: string): string {
  if (!PITCH.test(text)) return text;
  return (text.match(SENTENCES) ?? []).filter((s) => !PITCH.test(s) || ABOUT_THE_POST.test(s)).join('');
}
