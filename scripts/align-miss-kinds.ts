/**
 * Where the duty comparison's errors on judged sets are, by kind, without printing any ad text
 * (issue #11): of the gold pairs it misses, how many are on items it reports for another duty of the
 * role and how many on items it reports for none (the only ones new vocabulary can reach); of the
 * pairs it reports wrongly, how many are on items judged to cover another duty.
 *
 * With `--pairs`, also which sibling duties are taken for which, over all the sets named: duty A
 * reported on an item the judges gave to duty B of the same role (and not to A), most frequent first.
 *
 *   npx tsx scripts/align-miss-kinds.ts [--pairs] [name=DIR ...]   # each DIR holds a judged set as align-dev.jsonl
 */
import { readAlignRecords, splitKey } from '../bench/align-gold';
import { prepare, run } from '../bench/align-runs';

const args = process.argv.slice(2);
const showPairs = args.includes('--pairs');
const confused = new Map<string, number>();
const sets = args.filter((a) => a !== '--pairs').map((a) => (a.includes('=') ? (a.split('=') as [string, string]) : ([a, a] as [string, string])));
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
    for (const k of ad.reported) {
      if (ad.gold.main.has(k)) continue;
      const [taken, item] = splitKey(k);
      for (const g of ad.gold.main) {
        const [judged, at] = splitKey(g);
        if (at === item) confused.set(`${taken} -> ${judged}`, (confused.get(`${taken} -> ${judged}`) ?? 0) + 1);
      }
    }
  }
  console.log(
    `${name}: missed ${other + none} (item reported for another duty ${other}, for none ${none}); ` +
      `wrong ${wrongSibling + wrongNoGold} (item judged to cover another duty ${wrongSibling}, no duty ${wrongNoGold})`,
  );
}
if (showPairs) {
  console.log('reported duty -> the duty the judges gave that item, by count:');
  for (const [pair, n] of [...confused].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) console.log(`  ${n} ${pair}`);
}
