#!/usr/bin/env node
/**
 * `npm start`: builds the extension and its zip (`wxt zip` builds, then packs), prints where
 * both are, and opens Debian's Chromium with the extension loaded and a fresh profile in
 * .racescout-profile/ when there is a display. Without a display (or without Chromium) it says
 * how to load the build by hand and exits 0.
 *   --no-open   build and print only
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const build = path.join(root, '.output', 'chrome-mv3');
const profile = path.join(root, '.racescout-profile');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const wxt = path.join(root, 'node_modules', '.bin', 'wxt');

const zipped = spawnSync(wxt, ['zip'], { cwd: root, stdio: 'inherit' });
if (zipped.status !== 0) process.exit(zipped.status ?? 1);

const zip = newestZip(path.join(root, '.output'));
console.log(`
RaceScout is built.
  unpacked build: ${build}
  zip:            ${zip ?? '(not found in .output/)'}
`);

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (process.argv.includes('--no-open') || !hasDisplay || !existsSync(chromium)) {
  const why = process.argv.includes('--no-open') ? '--no-open given' : !hasDisplay ? 'no display' : `no browser at ${chromium}`;
  console.log(`Not opening a browser (${why}). To load it by hand:
  1. open chrome://extensions and switch on "Developer mode";
  2. click "Load unpacked" and choose ${build}
  or run: ${chromium} --user-data-dir=${profile} --load-extension=${build}`);
  process.exit(0);
}

mkdirSync(profile, { recursive: true });
const args = [`--user-data-dir=${profile}`, `--disable-extensions-except=${build}`, `--load-extension=${build}`, '--no-first-run', '--no-default-browser-check', 'chrome://extensions/'];
const browser = spawn(chromium, args, { detached: true, stdio: 'ignore' });
browser.on('error', (e) => {
  console.error(`Could not start ${chromium} (${e.message}). Load ${build} by hand: chrome://extensions → Developer mode → Load unpacked.`);
});
browser.on('spawn', () => {
  browser.unref();
  console.log(`Opened Chromium (profile ${profile}). Pin RaceScout from the puzzle icon, open a shop page and click it.`);
});

function newestZip(dir) {
  if (!existsSync(dir)) return null;
  const zips = readdirSync(dir)
    .filter((f) => f.endsWith('-chrome.zip'))
    .map((f) => path.join(dir, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return zips[0] ?? null;
}
