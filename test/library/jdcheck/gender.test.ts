import { describe } from 'vitest';
import { negatives, positives } from './helpers';

describe('gender: a sex required, preferred, excluded, or naming the post', () => {
  positives('gender', [
    // a requirement cue before the sex word
    ['限男性', '限男性'],
    ['仅限女性，20-30岁', '仅限女性'],
    ['需要男生，能搬重物', '需要男生'],
    ['要求：男，身体好', '要求：男'],
    ['性別：女', '性別：女'],
    ['限\u3000男性', '限\u3000男性'],
    ['招女性，会开车', '招女性'],
    // a preference after it, also with the post in between
    ['男士优先考虑', '男士优先'],
    ['*女性优先，熟悉做账', '女性优先'],
    ['应届男毕业生优先', '男毕业生优先'],
    ['男性保安优先录用', '男性保安优先'],
    // the sex word standing alone as an item or a clause, after any list marker or a label
    ['3、女，高中以上学历', '女'],
    ['(2) 男性，能上夜班', '男性'],
    ['5）女生，会用Excel', '女生'],
    ['一、男，有叉车证', '男'],
    ['打包工：女，手脚麻利', '女'],
    ['文员2名（女），会排班', '女'],
    // run on into the next words at the head of the item
    ['2.男从事过注塑工作', '男'],
    [['女服务员', 'title'], '女服务员'],
    // a post or a headcount named by sex
    ['男的装卸工5名：日结', '男的装卸工5名'],
    ['1.女会计一名，有经验', '女会计一名'],
    // described by age or schooling, then the sex
    ['18-28岁女生', '女生'],
    ['30岁以上男性，能出差', '男性'],
    // one sex excluded
    ['办公室都是男同事，女生不方便', '女生不方便'],
    ['女性勿扰', '女性勿扰'],
    // informal words for the wanted applicant
    ['招聘美女前台', '美女'],
    ['帅哥优先', '帅哥'],
  ]);

  negatives([
    '男女不限',
    '性别不限，有经验优先',
    '不限男女',
    '男、女均可',
    '男/女皆可，能倒班',
    ['男女比例均衡，氛围好', 'other'],
    ['负责女装店铺的日常运营', 'duties'],
    '3年以上男鞋类目运营经验',
    '熟悉女性向手游的用户',
    '有男科门诊工作经验者优先',
    '能服务好女性客户',
    ['接待男宾和女宾', 'duties'],
    ['联系人：陈女士', 'other'],
    ['联系人：李亚男', 'other'],
    ['店里女顾客居多，需耐心', 'other'],
    ['公司美女多，氛围轻松', 'other'],
    ['男员工享有陪产假', 'other'],
    ['女职工享三八节福利', 'other'],
    ['总经理为女性企业家', 'other'],
    '女生需穿工装，男生需穿西装',
    '熟悉男女包材料的采购',
    '男女的包装工若干名',
    ['开发适合女性的护肤产品', 'duties'],
  ]);
});
