/**
 * On-camera, stage and modelling jobs may ask about looks (the JD check then gives advice, not a
 * warning). Decided by the job's head noun, not by any word in the title: 女装带货主播 and 男装模特
 * are on camera; 主播运营, 主播助理, 模特经纪人 and 直播系统销售经理 are not. A title with several
 * posts (礼仪/迎宾/接待) is on camera when one of them is. Age is never relaxed.
 */
const ON_CAMERA = /主播|主持人?|模特|平模|车模|手模|礼仪(?:小姐|先生)?|演员|舞者|舞蹈|伴舞|播音员?|歌手|艺人|网红|出镜|试衣|试装|试穿|群演|coser/g;
// A job noun after the on-camera word makes it a modifier: the job is this one.
const OTHER_HEAD = /运营|助理|经理|经纪|招募|销售|主管|专员|策划|场控|中控|编导|导演|剪辑|摄影|培训|讲师|顾问|客服|总监|文员|教练|老师|运维|督导|组长|管理|推广|招聘|工程师|开发|设计|化妆|造型|经纪人|孵化|商务|对接|监制|后期|制作|统筹|采购/;
const ENGLISH = /(?:^|[^a-z])(?:model|host|anchor|streamer|presenter|actor|actress|dancer)s?\s*$/;

/** Whether the (comparison-form) title names an on-camera or stage job. */
export function isOnCameraTitle(title: string): boolean {
  const parts = title.split(/[/、|,，+＋;；·\\]|\s{2,}|[(（【[][^)）】\]]*[)）】\]]/);
  return parts.some((part) => {
    const p = part.trim();
    if (ENGLISH.test(p.replace(/[^a-z\s]+$/, ''))) return true;
    for (const m of p.matchAll(ON_CAMERA)) {
      if (!OTHER_HEAD.test(p.slice(m.index! + m[0].length))) return true;
    }
    return false;
  });
}

/** Roles whose work is on camera (the role library's ids). */
export const ON_CAMERA_ROLE_IDS: ReadonlySet<string> = new Set(['live-streamer']);

export const APPEARANCE_RELAXED_REASON = {
  zh: '出镜、主播、模特等岗位可以对形象提出要求，但应限于工作确实需要的内容，避免与工作无关的身高、体重门槛。',
  en: 'On-camera, host and modelling jobs may ask about appearance, but only what the work needs; avoid height or weight limits unrelated to it.',
};
