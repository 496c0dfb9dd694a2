import { dismissFirstScreen, paintFirstScreen } from '@/platform/library/first-paint';
import '../popup/style.css';
import './style.css';

// The entry chunk is small: the posting list's first screen is painted from IndexedDB (one
// request) while the workspace (React, Dexie, every page) loads as a chunk of its own. Loading it
// only after that paint was tried: on a busy machine the read can take a second, and search and
// every other page then waited for it.
performance.mark('roleclip:library-start');
void paintFirstScreen(document.getElementById('first-screen')!, document.getElementById('root')!);
import('./mount').then(
  (app) => app.mount(document.getElementById('root')!),
  (error: unknown) => {
    dismissFirstScreen();
    document.getElementById('root')!.textContent = `RoleClip: ${error instanceof Error ? error.message : String(error)}`;
  },
);
