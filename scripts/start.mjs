#!/usr/bin/env node
// `npm start`: install (when needed), build, and open RoleClip in Chromium.
// Plain Node with no dependencies, because it runs before `npm ci` has installed anything.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const lock = 'package-lock.json';
const installed = 'node_modules/.package-lock.json';
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) run('npm', ['ci']);
run('npm', ['run', 'build']);

const extension = resolve('.output/chrome-mv3');
const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
].filter(Boolean);
const chromium = candidates.find((path) => existsSync(path));
const hasDisplay = process.platform === 'darwin' || process.platform === 'win32' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY;

console.log(`\nRoleClip is built: ${extension}`);
if (chromium && hasDisplay) {
  const profile = resolve('.output/chromium-profile');
  spawn(chromium, [`--user-data-dir=${profile}`, `--load-extension=${extension}`, '--no-first-run', 'chrome://extensions'], {
    detached: true,
    stdio: 'ignore',
  }).unref();
  console.log(`Opened Chromium with RoleClip loaded (profile: ${profile}).`);
} else {
  console.log(`No browser window can be opened here${chromium ? ' (no display)' : ' (no Chromium found)'}. To load it yourself:
  1. Open chrome://extensions (or edge://extensions) and switch on "Developer mode".
  2. Click "Load unpacked" and choose: ${extension}
  Firefox: run \`npm run build:firefox\`, open about:debugging, "Load Temporary Add-on", pick .output/firefox-mv2/manifest.json`);
}
