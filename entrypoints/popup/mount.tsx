import { createRoot } from 'react-dom/client';
import { startPopup } from '@/platform/popup/start';
import App from './App';

// The library and the comparison's code are asked for before React renders; the page's read was
// started by the bootstrap (main.tsx).
startPopup();
createRoot(document.getElementById('root')!).render(<App />);
