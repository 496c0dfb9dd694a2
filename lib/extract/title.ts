import { cleanDisplay } from '../text/normalize';
import { stripItemMarker } from '../text/items';

/**
 * Posting titles as pages write them -> the job's name: numbering ("1、美工"), urgency tags
 * ("（急招）"), and site suffixes of <title> ("… - Indeed.com", "【…招聘】_公司-BOSS直聘") removed.
 */
const URGENT = /\s*[(（【\[]\s*(急招|急聘|热招|急|高薪|诚聘|hot|urgent|new|置顶)\s*[)）】\]]\s*/gi;

export function cleanTitle(text: string): string {
  let t = cleanDisplay(text);
  t = stripItemMarker(t).replace(URGENT, ' ').replace(/[:：]\s*$/, '');
  return t.replace(/\s+/g, ' ').trim().slice(0, 500);
}

/** A document <title> -> the job's title: its first part before the site's name. */
export function titleFromDocTitle(docTitle: string): string {
  let t = cleanDisplay(docTitle);
  const bracket = /^【([^】]{2,60})】/.exec(t);
  if (bracket) t = bracket[1]!;
  t = t.split(/\s+[-–—|_]\s+|_|\s*\|\s*|-(?=[^-]*(招聘|直聘|网|indeed|linkedin|seek|猎聘|拉勾|智联|51job))/i)[0] ?? t;
  t = t.replace(/(招聘|诚聘)(信息|启事)?$/, '');
  return cleanTitle(t);
}
