import { dismissFirstScreen, paintFirstScreen } from '@/platform/library/first-paint';
import '../popup/style.css';
import './style.css';

// The entry chunk is small: the posting list's first screen is painted from IndexedDB while the
// workspace (React, Dexie, every page) loads as a chunk of its own, after that paint.
performance.mark('roleclip:library-start');
void paintFirstScreen(document.getElementById('first-screen')!, document.getElementById('root')!)
  .then(() => import('./mount'))
  .then(
  (app) => app.mount(document.getElementById('root')!),
  (error: unknown) => {
    dismissFirstScreen();
    document.getElementById('root')!.textContent = `RoleClip: ${error instanceof Error ? error.message : String(error)}`;
  },
);
