#!/usr/bin/env node
// Pretest step: makes sure python-igraph is there for src/io/export/igraph.test.ts, which reads the GraphML
// export with it. igraph is looked for in the `python3` on PATH, then in Debian's own /usr/bin/python3 (a pyenv or
// venv python on PATH does not see Debian's packages; the test looks in the same two places). On a Debian machine
// as root it installs Debian's python3-igraph package (0.10 on bookworm); anywhere else it stops with one sentence
// saying what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PYTHONS = ['python3', '/usr/bin/python3'];
const hasIgraph = () =>
  PYTHONS.some((python) => spawnSync(python, ['-c', 'import igraph'], { stdio: 'ignore' }).status === 0);
if (hasIgraph()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
if (isRoot && isDebian) {
  console.log(
    "ensure-igraph: python-igraph not found; installing Debian's python3-igraph package with apt-get…",
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'python3-igraph'], { stdio: 'inherit', env });
  if (hasIgraph()) process.exit(0);
}
console.error(
  "ensure-igraph: python-igraph not found: install Debian's package (`sudo apt-get install -y python3-igraph`) or `pip install igraph`.",
);
process.exit(1);
