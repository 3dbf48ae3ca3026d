#!/usr/bin/env node
// Pretest step: makes sure a Chromium is there for Playwright. On a fresh Debian machine as root it installs
// Debian's `chromium` package; anywhere else it stops with one sentence saying what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const found = await findChromium();
if (found !== null) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
if (isRoot && isDebian) {
  console.log("ensure-browser: no Chromium found; installing Debian's chromium package with apt-get…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if ((await findChromium()) !== null) process.exit(0);
}
console.error(
  "ensure-browser: no Chromium found: install Debian's package (`sudo apt-get install -y chromium`) or set PLAYWRIGHT_CHROMIUM_PATH to a Chromium executable.",
);
process.exit(1);
