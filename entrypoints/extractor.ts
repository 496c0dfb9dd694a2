import { snapshotPage } from '@/lib/page/snapshot';

// Injected on demand with scripting.executeScript; its return value is the snapshot.
export default defineUnlistedScript(() => snapshotPage(document, String(window.getSelection() ?? '')));
