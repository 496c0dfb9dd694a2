import { createRoot } from 'react-dom/client';
import App from './App';
import { startFirstScreen } from '@/platform/library/first-screen';
import '../popup/style.css';
import './style.css';

performance.mark('roleclip:library-start');
startFirstScreen();
createRoot(document.getElementById('root')!).render(<App />);
