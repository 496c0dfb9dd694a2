/**
 * The stores of every version lib/db/db.ts declared, as literals (so the upgrade tests keep them
 * when db.ts moves on). Adding version N+1: FROZEN_STORES[N+1] = version N's stores plus what N+1 adds.
 */
const V1 = {
  roles: 'id, department, origin, updatedAt',
  postings: 'id, canonicalUrl, contentHash, roleId, clippedAt, company, site, *tags',
  aliases: 'alias, roleId',
  settings: 'id',
};
const V2 = { ...V1, postings: 'id, canonicalUrl, contentHash, roleId, clippedAt, company, site, *tags, [roleId+clippedAt]' };
const V6 = { ...V2, searchShards: 'lo', meta: 'id', roleStats: 'roleId', statsInputs: 'roleId', importStaging: 'seq' };
const V7 = { ...V6, savedTerms: 'roleId', matcherFold: 'id' };
const V8 = { ...V7, matcherParts: 'id' };
const V9 = { ...V8, statsRows: '[roleId+bucket]', statsGroups: '[roleId+kind+key]', statsTotals: 'roleId' };
// 3-5 were reserved for parallel branches and never declared (a v2 library upgrades straight to 6).
export const FROZEN_STORES: Record<number, Record<string, string>> = { 1: V1, 2: V2, 6: V6, 7: V7, 8: V8, 9: V9 };
