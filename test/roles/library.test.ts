import { describe, expect, test } from 'vitest';
import { Role } from '@/lib/db/schemas';
import { builtinRoles, LIBRARY_ROLES, toRole } from '@/lib/roles/library';
import { phrasingProblem } from '@/lib/roles/phrasings';

const IDS = [
  'operations-director', 'store-manager', 'operations-specialist', 'promotion-specialist', 'new-media-operator',
  'designer', 'copywriter', 'customer-service', 'live-streamer', 'data-analyst', 'merchandiser',
  'warehouse-logistics', 'finance', 'hr', 'tech',
];

describe('built-in role library', () => {
  test('has exactly the 15 standard role ids', () => {
    expect(LIBRARY_ROLES.map((r) => r.id)).toEqual(IDS);
  });

  test.each(builtinRoles(0).map((r) => [r.id, r] as const))('%s is a valid Role with 6-15 sourced duties', (_id, role) => {
    expect(Role.safeParse(role).success).toBe(true);
    expect(role.duties.length).toBeGreaterThanOrEqual(6);
    expect(role.duties.length).toBeLessThanOrEqual(15);
    for (const d of [...role.duties, ...role.requirements.items]) {
      expect(d.id.startsWith(`${role.id}.`)).toBe(true);
      expect(d.textEn?.length).toBeGreaterThan(0);
    }
    expect(role.aliases.length).toBeGreaterThan(0);
    expect(role.requirements.skills.length).toBeGreaterThan(0);
    expect(role.sources.length).toBeGreaterThan(0);
    expect(role.nameEn).not.toBe(role.nameZh);
  });

  test('duty ids are unique across the library (stable keys for the UI and comparisons)', () => {
    const ids = LIBRARY_ROLES.flatMap((r) => [...r.duties, ...r.requirements.items].map((d) => d.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('every duty carries phrasings (library v3), every one a pattern that parses', () => {
    for (const role of builtinRoles(0)) {
      for (const d of role.duties) {
        expect(d.phrasings?.length, d.id).toBeGreaterThanOrEqual(2);
        for (const p of d.phrasings!) expect(phrasingProblem(p), `${d.id}: ${p}`).toBeNull();
      }
    }
  });

  test('a phrasing that cannot match, or a specialty naming another role\'s duty, is refused on load', () => {
    const role = LIBRARY_ROLES.find((r) => r.id === 'hr')!;
    const badPattern = { ...role, duties: role.duties.map((d, i) => (i === 0 ? { ...d, phrasings: ['!招聘'] } : d)) };
    expect(() => toRole(badPattern, 0)).toThrow(/hr: phrasing "!招聘"/);
    const badSpecialty = { ...role, specialties: [{ ...role.specialties![0]!, duties: ['tech.quality'] }] };
    expect(() => toRole(badSpecialty, 0)).toThrow(/specialty duty tech.quality/);
  });

  test('a broken entry is refused on load, naming the role', () => {
    const broken = { ...LIBRARY_ROLES[0]!, duties: LIBRARY_ROLES[0]!.duties.slice(0, 3) };
    expect(() => toRole(broken, 0)).toThrow(/operations-director: 3 duties/);
    const badId = { ...LIBRARY_ROLES[0]!, id: 'Bad Id' };
    expect(() => toRole(badId, 0)).toThrow(/role library: Bad Id/);
  });
});
