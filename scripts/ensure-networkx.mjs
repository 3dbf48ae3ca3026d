#!/usr/bin/env node
// Pretest step: makes sure Python's networkx is there for src/io/export/networkx.test.ts, which reads the
// exports with it. On a Debian machine as root it installs Debian's python3-networkx package (2.8 on bookworm;
// scripts/networkx-read.py works with 2.8 and 3.x); anywhere else it stops with one sentence saying what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// The python3 on PATH, or Debian's own: apt installs into /usr/bin/python3, which a pyenv or venv python does not see.
const hasNetworkx = () =>
  ['python3', '/usr/bin/python3'].some(
    (python) => spawnSync(python, ['-c', 'import networkx'], { stdio: 'ignore' }).status === 0,
  );
if (hasNetworkx()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
if (isRoot && isDebian) {
  console.log(
    "ensure-networkx: networkx not found; installing Debian's python3-networkx package with apt-get…",
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'python3-networkx'], { stdio: 'inherit', env });
  if (hasNetworkx()) process.exit(0);
}
console.error(
  "ensure-networkx: Python's networkx not found: install Debian's package (`sudo apt-get install -y python3-networkx`) or `pip install networkx`.",
);
process.exit(1);
