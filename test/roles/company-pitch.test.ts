import { describe, expect, test } from 'vitest';
import { withoutCompanyPitch } from '@/lib/roles/company-pitch';
import { modelSectionsOf } from '@/lib/roles/body-model';

describe('withoutCompanyPitch', () => {
  test('sentences about the employer go; the job and its terms stay', () => {
    const text = '某某家居成立于2008年，一直秉承诚信经营、服务客户。我们是一家专注家居用品的电商企业；员工500余人。\n负责仓库的打包发货。薪资：底薪+计件，包吃住。';
    expect(withoutCompanyPitch(text)).toBe('负责仓库的打包发货。薪资：底薪+计件，包吃住。');
  });

  test('a pitch sentence that speaks of the post stays', () => {
    const text = '公司成立于2010年，现招聘仓库管理员2名。';
    expect(withoutCompanyPitch(text)).toBe(text);
  });

  test('text without a pitch is returned as it is', () => {
    const text = '负责客户咨询的接待与解答；处理售后问题。';
    expect(withoutCompanyPitch(text)).toBe(text);
  });

  test("the body model does not read the employer's pitch in a thin ad's body", () => {
    const body = '公司自成立以来始终坚持客户第一，服务至上。\n招聘打包员：负责商品打包。';
    const [section] = modelSectionsOf({ duties: [], requirements: [], body });
    expect(section!.text).not.toContain('服务至上');
    expect(section!.text).toContain('打包');
  });
});

describe('withoutCompanyPitch, targets', () => {
  test("a sales target is the job's, a turnover in 亿 the employer's", () => {
    expect(withoutCompanyPitch('完成年销售额500万的目标。')).toBe('完成年销售额500万的目标。');
    expect(withoutCompanyPitch('集团年销售额超15亿。完成个人业绩目标。')).toBe('完成个人业绩目标。');
  });
});
