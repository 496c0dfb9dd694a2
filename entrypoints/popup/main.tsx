import { createRoot } from 'react-dom/client';
import { startPopup } from '@/platform/popup/start';
import App from './App';
import './style.css';

// The start of the popup-to-comparison measurement (ended in PostingView).
performance.mark('roleclip:open');
// The page's read, the library and the comparison's code are asked for before React renders.
startPopup();
createRoot(document.getElementById('root')!).render(<App />);
