import { startEarly } from '@/platform/popup/early';
import './style.css';

// The popup's bootstrap: a few KB with no library in it, so that its first line runs as soon as the
// document is parsed. It starts what other processes do (the page's read, the library's rows, the
// body model's file) and the engine's and comparison's fetch (start.ts asks for the same chunks), then loads the app (React, Dexie, zod, the views),
// which takes them over. The start of the popup-to-comparison measurement (ended in PostingView).
performance.mark('roleclip:open');
startEarly();
void import('@/lib/extract/core');
void import('@/lib/roles/compare');
void import('./mount');
