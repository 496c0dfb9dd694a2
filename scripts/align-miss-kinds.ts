/**
 * Where the duty comparison's errors on judged sets are, by kind, without printing any ad text
 * (issue #11): of the gold pairs it misses, how many are on items it reports for another duty of the
 * role and how many on items it reports for none (the only ones new vocabulary can reach); of the
 * pairs it reports wrongly, how many are on items judged to cover another duty.
 *
 *   npx tsx scripts/align-miss-kinds.ts [name=DIR ...]   # each DIR holds a judged set as align-dev.jsonl
 */
import { readAlignRecords, splitKey } from '../bench/align-gold';
import { prepare, run } from '../bench/align-runs';

const sets = process.argv.slice(2).map((a) => (a.includes('=') ? (a.split('=') as [string, string]) : ([a, a] as [string, string])));
for (const [name, dir] of sets.length ? sets : [['align-dev', '../shared/eval'] as [string, string]]) {
  let other = 0;
  let none = 0;
  let wrongSibling = 0;
  let wrongNoGold = 0;
  for (const ad of run(prepare(readAlignRecords(dir)))) {
    const reportedItems = new Set([...ad.reported].map((k) => splitKey(k)[1]));
    const goldItems = new Set([...ad.gold.main].map((k) => splitKey(k)[1]));
    for (const k of ad.gold.main) if (!ad.reported.has(k)) (reportedItems.has(splitKey(k)[1]) ? other++ : none++);
    for (const k of ad.reported) if (!ad.gold.main.has(k)) (goldItems.has(splitKey(k)[1]) ? wrongSibling++ : wrongNoGold++);
  }
  console.log(
    `${name}: missed ${other + none} (item reported for another duty ${other}, for none ${none}); ` +
      `wrong ${wrongSibling + wrongNoGold} (item judged to cover another duty ${wrongSibling}, no duty ${wrongNoGold})`,
  );
}
