import { createRoot } from 'react-dom/client';
import App from './App';
import '../popup/style.css';
import './style.css';

performance.mark('roleclip:library-start');
createRoot(document.getElementById('root')!).render(<App />);
