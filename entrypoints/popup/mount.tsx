import { createRoot } from 'react-dom/client';
import { converterFirst, loadConverter, startOverWhenMissing } from '@/platform/popup/converter';
import { startPopup } from '@/platform/popup/start';
import App from './App';

// The library and the comparison's code are asked for before React renders; the page's read was
// started by the bootstrap (main.tsx). A popup that started over for OpenCC's converter loads it
// first (platform/popup/converter.ts).
startOverWhenMissing();
const start = () => {
  startPopup();
  createRoot(document.getElementById('root')!).render(<App />);
};
if (converterFirst()) void loadConverter('start-over').then(start, start);
else start();
