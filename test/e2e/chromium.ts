import { existsSync } from 'node:fs';

/** Where Chromium is: $CHROME_PATH, else the usual system paths (the real binary first). */
export const CHROMIUM_CANDIDATES = [
  '/usr/lib/chromium/chromium', // Debian's real binary; /usr/bin/chromium is a wrapper script
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROME_PATH) return existsSync(env.CHROME_PATH) ? env.CHROME_PATH : null;
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export const INSTALL_HINT =
  'Chromium not found. Install it (Debian/Ubuntu: `sudo apt-get install -y --no-install-recommends chromium`) or set CHROME_PATH.';
