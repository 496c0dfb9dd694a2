import { describe, expect, test } from 'vitest';
import { parseRoute, routeToHash, toSearchQuery, type Route } from '@/lib/route';

describe('workspace routes', () => {
  test.each<[string, Route]>([
    ['', { page: 'roles' }],
    ['#/roles', { page: 'roles' }],
    ['#/roles/designer', { page: 'role', roleId: 'designer', tab: 'duties' }],
    ['#/roles/designer/template', { page: 'role', roleId: 'designer', tab: 'template' }],
    ['#/roles/designer/bogus', { page: 'role', roleId: 'designer', tab: 'duties' }],
    ['#/postings', { page: 'postings', query: {} }],
    ['#/postings?text=%E7%BE%8E%E5%B7%A5&roleId=designer', { page: 'postings', query: { text: '美工', roleId: 'designer' } }],
    ['#/postings/p1', { page: 'posting', postingId: 'p1' }],
    ['#/compare?ids=a,b,c', { page: 'compare', postingIds: ['a', 'b', 'c'] }],
    ['#/data', { page: 'data' }],
    ['#/nonsense', { page: 'roles' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  test.each<Route>([
    { page: 'role', roleId: 'user-x-1', tab: 'competitors' },
    { page: 'postings', query: { text: '店长 天猫', tag: '竞品', from: '2026-01-01' } },
    { page: 'compare', postingIds: ['a', 'b'] },
    { page: 'posting', postingId: 'id with space' },
  ])('round trip %o', (route) => {
    expect(parseRoute(routeToHash(route))).toEqual(route);
  });

  // A hand-edited or truncated link: decodeURIComponent throws URIError on a broken escape.
  test.each<[string, Route]>([
    ['#/%E0%A4%A', { page: 'roles' }],
    ['#/roles/%E0%A4%A', { page: 'role', roleId: '%E0%A4%A', tab: 'duties' }],
    ['#/postings/%', { page: 'posting', postingId: '%' }],
    ['#/postings?text=%E0%A4%A', { page: 'postings', query: { text: '\ufffd%A' } }], // URLSearchParams never throws
  ])('a malformed escape does not throw: %s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  test('compare keeps at most six postings', () => {
    expect(parseRoute('#/compare?ids=1,2,3,4,5,6,7,8')).toEqual({ page: 'compare', postingIds: ['1', '2', '3', '4', '5', '6'] });
  });
});

describe('toSearchQuery', () => {
  test('maps URL filters onto the search query', () => {
    const q = toSearchQuery({ text: '美工', roleId: '-', site: 'zhipin.com', tag: '竞品', from: '2026-03-01', to: '2026-03-31' });
    expect(q).toEqual({
      text: '美工',
      role: null,
      site: 'zhipin.com',
      tags: ['竞品'],
      from: new Date(2026, 2, 1).getTime(),
      to: new Date(2026, 3, 1).getTime(),
    });
  });
  test('ignores malformed dates and empty values', () => {
    expect(toSearchQuery({ from: '03/01/2026', text: '' })).toEqual({});
  });
});
