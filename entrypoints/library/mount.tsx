import { createRoot } from 'react-dom/client';
import App from './App';
import { startFirstScreen } from '@/platform/library/first-screen';
import { preloadPage } from '@/components/library/pages/WorkspacePage';
import { parseRoute } from '@/lib/route';

/** The workspace, mounted once its chunk has loaded (main.tsx painted the first screen meanwhile). */
export function mount(root: HTMLElement): void {
  startFirstScreen();
  preloadPage(parseRoute(location.hash));
  createRoot(root).render(<App />);
}
