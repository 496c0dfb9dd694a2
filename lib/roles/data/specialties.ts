import type { Specialty } from '../../db/schemas';

/**
 * Specialties of the library's broad roles (library v3). A role whose duties span several jobs is
 * compared with the specialty an ad is in: a test engineer's ad is measured against testing, not
 * against fourteen duties of other engineering jobs. A duty may sit in several specialties; the
 * title words name the specialty in job titles (lower case, as normalised titles read).
 */
const s = (id: string, nameZh: string, nameEn: string, duties: string[], skills: string[], titles: string[]): Specialty => ({
  id,
  nameZh,
  nameEn,
  duties,
  skills,
  titles,
});

export const ROLE_SPECIALTIES: Readonly<Record<string, readonly Specialty[]>> = {
  tech: [
    s('frontend', '前端', 'Front-end', ['tech.storefront', 'tech.frontend'], ['JavaScript', 'TypeScript', 'HTML', 'CSS', 'Vue', 'React', 'Node.js', '小程序'], ['前端', 'web', 'h5', '小程序', 'javascript', 'vue', 'react']),
    s('backend', '后端', 'Back-end', ['tech.backend', 'tech.integration', 'tech.architecture'], ['Java', 'Spring', 'PHP', 'Python', 'Go', 'C++', 'C#', '.NET', 'Node.js', 'MySQL', 'Oracle', 'MongoDB', 'Redis', 'Elasticsearch', 'Kafka'], ['后端', '后台', '服务端', 'java', 'php', 'python', 'golang', 'go', 'c++', '.net', '全栈', '软件开发', '软件工程师']),
    s('mobile', '移动端', 'Mobile apps', ['tech.mobile', 'tech.storefront'], ['Android', 'iOS', '小程序'], ['android', '安卓', 'ios', '客户端', 'app', '移动端', '鸿蒙', 'flutter']),
    s('testing', '测试', 'Testing', ['tech.quality'], ['Selenium', 'Python', 'Linux'], ['测试', 'qa', '质量']),
    s('operations', '运维', 'Operations', ['tech.operations', 'tech.devops', 'tech.support'], ['Linux', 'Nginx', 'Docker', 'Kubernetes', 'Jenkins', 'MySQL'], ['运维', 'sre', 'devops', '网管', '网络工程师', 'it支持', '系统管理员', '桌面支持']),
    s('security', '安全', 'Security', ['tech.security'], ['Linux'], ['安全', '渗透', '网络安全']),
    s('data', '数据开发', 'Data engineering', ['tech.data-platform'], ['Hadoop', 'Spark', 'Kafka', 'Python', 'MySQL'], ['大数据', '数据开发', '数仓', '数据仓库', 'etl', 'hadoop', 'spark', '数据工程']),
    s('algorithms', '算法', 'Algorithms', ['tech.algorithms'], ['Python', 'TensorFlow', 'C++'], ['算法', '机器学习', '深度学习', '推荐', '图像', '视觉', 'nlp', '自然语言', 'ai', '人工智能', '大模型']),
    s('projects', '项目与技术管理', 'Projects and tech lead', ['tech.projects', 'tech.lead', 'tech.architecture'], [], ['项目经理', '技术经理', '技术总监', '技术负责人', 'cto', '架构师', '研发经理', '开发经理', 'it经理']),
  ],
  designer: [
    s('ecommerce', '电商视觉', 'E-commerce visuals', ['designer.detail-pages', 'designer.main-images', 'designer.store-decoration', 'designer.campaign-pages', 'designer.retouching'], ['Photoshop', 'C4D'], ['美工', '电商设计', '电商视觉', '网店', '淘宝', '天猫', '店铺']),
    s('graphic', '平面与品牌', 'Graphic and brand', ['designer.brand-guide', 'designer.print', 'designer.campaign-pages'], ['Photoshop', 'Illustrator', 'CorelDRAW'], ['平面', '品牌设计', 'vi', '包装', '广告设计']),
    s('web', '网页与界面', 'Web and UI', ['designer.store-decoration', 'designer.campaign-pages', 'designer.detail-pages'], ['Photoshop', 'Figma'], ['ui', 'ux', '网页', '界面', '交互', 'web', '视觉设计']),
    s('photo', '修图与拍摄', 'Retouching and photography', ['designer.retouching', 'designer.shoot'], ['Photoshop'], ['修图', '精修', '摄影', '拍摄', '后期']),
    s('video', '视频与动效', 'Video and motion', ['designer.motion', 'designer.shoot'], ['Premiere', 'C4D'], ['视频', '剪辑', '动效', '动画', '影视', '后期']),
  ],
  hr: [
    s('recruiting', '招聘', 'Recruiting', ['hr.recruiting', 'hr.channels', 'hr.onboarding'], [], ['招聘', '招募', '猎头', 'recruit', 'ta']),
    s('training', '培训与文化', 'Training and culture', ['hr.training', 'hr.culture'], [], ['培训', '讲师', '学习发展', '企业文化']),
    s('compensation', '薪酬绩效', 'Pay and performance', ['hr.performance', 'hr.pay'], ['Excel'], ['薪酬', '绩效', '社保', '薪资', 'c&b']),
    s('relations', '员工关系与人事', 'Employee relations and records', ['hr.onboarding', 'hr.relations', 'hr.records'], ['劳动法'], ['员工关系', '人事专员', '人事助理', '人事文员', '劳动关系']),
    s('planning', '人力规划', 'Workforce planning', ['hr.planning', 'hr.performance', 'hr.culture'], [], ['人力资源经理', '人力资源总监', 'hrbp', 'hrd', '人力资源主管']),
  ],
  finance: [
    s('accounting', '会计核算', 'Accounting', ['finance.bookkeeping', 'finance.statements', 'finance.reconciliation', 'finance.inventory', 'finance.platform-fees'], ['用友', '金蝶', 'Excel', '初级会计职称'], ['会计', '总账', '核算', '账务']),
    s('cashier', '出纳', 'Cashier', ['finance.cashier', 'finance.reconciliation', 'finance.payroll'], ['Excel'], ['出纳']),
    s('tax', '税务', 'Tax', ['finance.tax'], [], ['税务', '税']),
    s('cost', '成本与预算', 'Cost and budget', ['finance.budget', 'finance.platform-fees', 'finance.inventory'], ['Excel'], ['成本', '预算']),
    s('management', '财务管理', 'Financial control', ['finance.controls', 'finance.budget', 'finance.statements'], [], ['财务经理', '财务主管', '财务总监', 'cfo', '财务负责人']),
  ],
};
