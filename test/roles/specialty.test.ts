import { describe, expect, test } from 'vitest';
import { builtinRoles } from '@/lib/roles/library';
import { buildIndex } from '@/lib/roles/matcher-index';
import { compareWithRole } from '@/lib/roles/compare';
import { pickScope } from '@/lib/roles/specialty';

const roles = builtinRoles(0);
const index = buildIndex(roles);
const tech = roles.find((r) => r.id === 'tech')!;

const testerAd = {
  title: '软件测试工程师',
  duties: ['根据需求编写测试用例，执行功能测试和接口测试', '跟踪缺陷直到关闭，输出测试报告', '参与自动化测试脚本的维护'],
  requirements: ['熟悉Selenium或JMeter'],
  experienceYears: null,
  education: null,
  skills: ['Selenium', 'Python'],
};

describe('broad roles are compared by specialty', () => {
  test('a test engineer is measured against testing, not fifteen engineering duties', () => {
    const c = compareWithRole(index, 'tech', testerAd);
    expect(c.coverage.total).toBe(15);
    expect(c.scope?.specialties.map((x) => x.id)).toEqual(['testing']);
    expect(c.scope?.coverage).toEqual({ covered: 1, total: 1 });
    expect(c.scope?.missing).toEqual([]);
    // Standard skills "not in this ad" are the specialty's, not every technology of the role.
    expect(c.scope?.skillsRoleOnly).toEqual(['Linux']);
    expect(c.requirements.skills.roleOnly.length).toBeGreaterThan(20);
  });

  test('an ad spanning two specialties is compared with both', () => {
    const scope = pickScope(tech, { title: '前端/Android开发工程师', skills: ['Vue'] }, new Set(['tech.frontend', 'tech.mobile']));
    expect(scope?.specialties.map((x) => x.id)).toEqual(['frontend', 'mobile']);
    expect(scope?.duties).toEqual(['tech.storefront', 'tech.frontend', 'tech.mobile']);
  });

  test('no evidence, or a role without specialties: the whole role', () => {
    expect(pickScope(tech, { title: '工程师' }, new Set())).toBeNull();
    const cs = roles.find((r) => r.id === 'customer-service')!;
    expect(pickScope(cs, { title: '售后客服' }, new Set(['customer-service.after-sale']))).toBeNull();
    expect(compareWithRole(index, 'customer-service', { ...testerAd, title: '客服' }).scope).toBeNull();
  });

  test('every built-in specialty names duties of its own role', () => {
    for (const role of roles) {
      const ids = new Set(role.duties.map((d) => d.id));
      for (const sp of role.specialties ?? []) expect(sp.duties.every((id) => ids.has(id)), `${role.id}.${sp.id}`).toBe(true);
    }
  });
});

describe('a duty the user added to a broad role', () => {
  test('belongs to every scope', () => {
    const mine = { ...tech, duties: [...tech.duties, { id: 'tech.u-1', text: '维护公司官网的备案信息' }] };
    const scope = pickScope(mine, { title: '测试工程师' }, new Set(['tech.quality']));
    expect(scope?.duties).toEqual(['tech.quality', 'tech.u-1']);
  });
});
