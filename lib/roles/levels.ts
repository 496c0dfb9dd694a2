/**
 * Rank words set the level of a job inside its domain, never the domain. Most of the library's
 * domains are one role whatever the level (a 客服主管 is customer service, a 设计总监 a designer),
 * but shop operations is a ladder of three roles: the specialist who runs listings and campaigns,
 * the store manager who owns a shop's targets, and the director who owns the channel. So
 * 天猫运营主管, 京东运营经理 and 亚马逊运营组长 run a shop (store manager), 运营专员 and 店长助理
 * assist one, and 电商运营负责人 heads the channel.
 */

export type Level = 'junior' | 'lead' | 'head';

const LEVEL_WORDS: [RegExp, Level][] = [
  [/(?:总监|负责人|总经理|副总|head|director)$/, 'head'],
  [/(?:主管|经理|组长|主任|店长|leader|manager)$/, 'lead'],
  [/(?:专员|助理|实习生|实习|见习|学徒|assistant|intern)$/, 'junior'],
];
const RANK = ['junior', 'lead', 'head'] as const;

/** The rung of each level on the shop-operations ladder (standard role ids). */
export const OPERATIONS_LADDER: Record<Level, string> = {
  junior: 'operations-specialist',
  lead: 'store-manager',
  head: 'operations-director',
};
const ON_LADDER = new Set(Object.values(OPERATIONS_LADDER));

/**
 * The level the rank words after a job's name give ("主管" lead; "总监助理" junior: the last word
 * counts). Alternatives ("高级经理/总监") give the lower level, the one both accept. null: no rank word.
 */
export function levelOf(rankWords: string): Level | null {
  let lowest: Level | null = null;
  for (const alternative of rankWords.split(/[/、,，]/)) {
    const word = alternative.replace(/[\s\p{P}\p{S}\d]+$/u, '');
    const level = LEVEL_WORDS.find(([re]) => re.test(word))?.[1];
    if (level && (lowest === null || RANK.indexOf(level) < RANK.indexOf(lowest))) lowest = level;
  }
  return lowest;
}

/** The role a job of `classId` is at `level`: another rung for shop operations, else the same. */
export function roleAtLevel(classId: string, level: Level | null): string {
  return level && ON_LADDER.has(classId) ? OPERATIONS_LADDER[level] : classId;
}
