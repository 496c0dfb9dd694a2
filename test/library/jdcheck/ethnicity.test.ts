import { describe } from 'vitest';
import { negatives, positives } from './helpers';

describe('ethnicity', () => {
  positives('ethnicity', [
    ['汉族', '汉族'],
    ['限汉族', '汉族'],
    ['汉族优先', '汉族'],
    ['民族：汉', '民族：汉'],
    ['少数民族勿扰', '少数民族勿扰'],
    ['维吾尔族勿扰', '维吾尔族勿扰'],
  ]);

  negatives([
    '民族不限',
    '不限民族',
    ['宁夏回族自治区银川市', 'other'],
    ['广西壮族自治区南宁市', 'other'],
    ['面试地点：某某回族区', 'other'],
    '上班族也可兼职',
    '熟悉家族企业管理',
    '有民族品牌运营经验',
    '会操作大族激光切割机',
    '了解追星族的消费习惯',
    '能适应西藏驻场',
  ]);
});
