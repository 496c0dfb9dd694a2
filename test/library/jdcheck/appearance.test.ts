import { describe, expect, test } from 'vitest';
import { isOnCameraTitle } from '@/lib/library/jdcheck-rules';
import { negatives, positives } from './helpers';

describe('appearance: looks, figure, height, weight, tattoos', () => {
  positives('appearance', [
    ['形象好', '形象好'],
    ['五官端正，普通话标准', '五官端正'],
    ['外貌出众', '外貌出众'],
    ['长相甜美', '长相甜美'],
    ['容貌端庄', '容貌端庄'],
    ['相貌端正', '相貌端正'],
    ['形象气质俱佳', '形象气质俱佳'],
    ['形象性格较好', '形象性格较好'],
    ['颜值高', '颜值高'],
    ['颜值OK', '颜值OK'],
    ['身材匀称', '身材匀称'],
    ['具备良好的沟通能力和个人形象', '良好的沟通能力和个人形象'],
    ['具备良好的团队协作精神和个人形象', '良好的团队协作精神和个人形象'], // a team skill, not a boast about the team
    ['身高165cm以上', '身高165cm以上'],
    ['身高1米6以上', '身高1米6以上'],
    ['男175以上，女162以上', '175以上'],
    ['2、158以上，会收银', '158以上'],
    ['体重不超过60公斤', '体重不超过60公斤'],
    ['无明显纹身', '无明显纹身'],
    ['有纹身者勿扰', '纹身'],
    ['手臂不能有纹身和烫伤疤痕', '不能有纹身'],
    // 主播运营 is not on camera: its looks clause is flagged
    [['形象好，口才好', 'requirements', '主播运营'], '形象好'],
  ]);

  negatives([
    '维护公司良好形象',
    ['负责门店形象陈列', 'duties'],
    '注意个人仪容仪表',
    '产品外形设计优化',
    '熟悉仪表仪器维修',
    '工作态度端正',
    '品行端正',
    '提升品牌形象好感度',
    '有良好的职业形象',
    '有良好的形象表率作用',
    '月销售额180以上',
    '2、150以上的客户资源',
    ['有无纹身经验均可，包教', 'requirements', '纹身师'],
    '熟悉疤痕修复项目',
    ['团队颜值高，氛围好', 'other'],
    ['身高170以上，形象好', 'requirements', '平面模特'],
    ['形象好 气质佳', 'requirements', '女装带货主播'],
    ['体重：标准体重±10%', 'requirements', '民兵预备役'],
  ]);
});

describe('on-camera jobs by their job noun, not by any word in the title', () => {
  test.each<[string, boolean]>([
    ['女装带货主播', true],
    ['抖音主播（底薪+提成）', true],
    ['平面模特', true],
    ['礼仪/迎宾/接待', true],
    ['主持人', true],
    ['舞蹈演员', true],
    ['Fashion Model', true],
    ['主播运营', false],
    ['主播助理', false],
    ['直播运营', false],
    ['直播系统销售经理', false],
    ['模特经纪人', false],
    ['Model Engineer', false],
    ['电商美工', false],
  ])('%s: %s', (title, expected) => {
    expect(isOnCameraTitle(title.toLowerCase())).toBe(expected);
  });
});
