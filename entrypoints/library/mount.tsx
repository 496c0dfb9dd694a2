import '@/lib/text/opencc'; // the converter, before the workspace normalises any text
import { createRoot } from 'react-dom/client';
import App from './App';
import { startFirstScreen } from '@/platform/library/first-screen';

/** The workspace, mounted once its chunk has loaded (main.tsx painted the first screen meanwhile). */
export function mount(root: HTMLElement): void {
  startFirstScreen();
  createRoot(root).render(<App />);
}
