/**
 * The popup's way to the library through Dexie (library-access.ts, a chunk apart). `libraryAccess`
 * loads it now (a user's action, the first run's seeding); `libraryAccessAfterPaint` waits for the
 * popup's first answer on screen (the comparison, a notice or an error), so that what only adds to
 * that answer (is it saved? the competitors, the live language setting) never holds it up.
 */
export type LibraryAccess = typeof import('./library-access');

let access: Promise<LibraryAccess> | null = null;
export const libraryAccess = (): Promise<LibraryAccess> => {
  if (!access) performance.mark('roleclip:library-access'); // when it was first asked for (bench, e2e)
  return (access ??= import('./library-access'));
};

let painted: () => void = () => undefined;
const firstPaint = new Promise<void>((resolve) => (painted = resolve));

/** The popup's first answer is on screen (called by the views; later calls do nothing). */
export const markPainted = (): void => painted();

export const libraryAccessAfterPaint = (): Promise<LibraryAccess> => firstPaint.then(libraryAccess);
