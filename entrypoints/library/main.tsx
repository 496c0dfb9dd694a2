import { dismissFirstScreen, firstShardRead, paintFirstScreen } from '@/platform/library/first-paint';
import '../popup/style.css';
import './style.css';

// The entry chunk is small: the posting list's first screen is painted from the list head's
// stored copy or IndexedDB while the workspace (React, Dexie, every page) loads as a chunk of its
// own. That chunk is asked for once the first screen is painted, or after WORKSPACE_WAIT ms: when
// both start together, the chunk's loading holds the main thread that the reads' answers queue
// behind (measured at 100,000 postings: the storage and IndexedDB answers came 55-190 ms after
// they were asked for, 15-30 ms with the chunk deferred). Waiting for the paint without a bound
// was tried: on a busy machine the IndexedDB read can take a second, and search and every other
// page then waited for it.
//
// On the posting list the chunk also waits (at most SEARCH_WAIT ms) for the newest search shard,
// which the first screen answers searches from (first-search.ts): loading the chunk meanwhile held
// the shard's answer on the main thread (measured at 100,000 postings, load 4: the first
// screen's search answered 170-640 ms after its first paint with the chunk loading alongside).
// Other pages ask at once.
const WORKSPACE_WAIT = 120;
const SEARCH_WAIT = 400;
performance.mark('roleclip:library-start');
const painted = paintFirstScreen(document.getElementById('first-screen')!, document.getElementById('root')!);
const bound = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
void Promise.race([Promise.race([painted, bound(WORKSPACE_WAIT)]).then(() => firstShardRead()), bound(SEARCH_WAIT)])
  .then(() => (performance.mark('roleclip:workspace-asked'), import('./mount')))
  .then(
    (app) => app.mount(document.getElementById('root')!),
    (error: unknown) => {
      dismissFirstScreen();
      document.getElementById('root')!.textContent = `RoleClip: ${error instanceof Error ? error.message : String(error)}`;
    },
  );
