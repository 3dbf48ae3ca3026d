#!/usr/bin/env node
// Pretest step for the tests that read our exports with another program's Python library:
// `node scripts/ensure-python-module.mjs <module> <debian-package> <pip-name>`. The module is looked for in the
// `python3` on PATH, then in Debian's own /usr/bin/python3 (a pyenv or venv python does not see Debian's packages;
// the tests look in the same two places). On a Debian machine as root the Debian package is installed with
// apt-get; anywhere else the step stops with one sentence saying what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const [module, debianPackage, pipName] = process.argv.slice(2);
if (!module || !debianPackage || !pipName) {
  console.error('usage: ensure-python-module.mjs <module> <debian-package> <pip-name>');
  process.exit(2);
}
const PYTHONS = ['python3', '/usr/bin/python3'];
const found = () =>
  PYTHONS.some((python) => spawnSync(python, ['-c', `import ${module}`], { stdio: 'ignore' }).status === 0);
if (found()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
if (isRoot && isDebian) {
  console.log(
    `ensure-python-module: ${module} not found; installing Debian's ${debianPackage} with apt-get…`,
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', debianPackage], { stdio: 'inherit', env });
  if (found()) process.exit(0);
}
console.error(
  `ensure-python-module: Python's ${module} not found: install Debian's package (\`sudo apt-get install -y ${debianPackage}\`) or \`pip install ${pipName}\`.`,
);
process.exit(1);
