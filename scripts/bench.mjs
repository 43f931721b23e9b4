// `npm run bench [-- --json]`: bundles the benchmark (TypeScript, it reuses core code) and runs it.
import { spawnSync } from 'node:child_process';
import * as esbuild from 'esbuild';

await esbuild.build({
  entryPoints: ['scripts/bench/main.ts'], outfile: 'dist/bench.js', bundle: true, platform: 'node', format: 'cjs',
  target: 'node20', logLevel: 'warning', mainFields: ['module', 'main'],
});
// --expose-gc: the benchmark clears its own garbage (generated corpora) before it times anything.
const result = spawnSync(process.execPath, ['--expose-gc', 'dist/bench.js', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = result.status ?? 1;
