import { runParts } from './run-parts';

// Timings and sizes. Benchmarks report; they never fail a test. `npm run bench [part…]`
await runParts('bench', ['bench-extract', 'bench-roles', 'bench-compare', 'bench-popup', 'bench-library', 'bench-library-ui', 'bench-scale']);
