import { createRoot } from 'react-dom/client';
import App from './App';
import './style.css';

// The start of the popup-to-comparison measurement (ended in PostingView).
performance.mark('roleclip:open');
createRoot(document.getElementById('root')!).render(<App />);
