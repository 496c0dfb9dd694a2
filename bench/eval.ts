import { runParts } from './run-parts';

// Accuracy on real job ads nobody here wrote (../shared/eval). `npm run eval [part…]`
await runParts('eval', ['eval-sections', 'eval-pages', 'eval-pages-real', 'eval-roles', 'eval-align', 'eval-jdcheck']);
