#!/usr/bin/env node
// The `faultline` command (`npx faultline …`): registers tsx's loader so the TypeScript sources run as they are,
// then hands the arguments to src/cli/main.ts, whose exit status becomes the process's.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
