// Bundles the client, the language server and the CLI entry points into dist/.
import { chmod } from 'node:fs/promises';
import * as esbuild from 'esbuild';
import catrecV8Flags from './server/src/cli/v8Flags.json' with { type: 'json' };

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const shared = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // jsonc-parser's UMD build hides its modules from the bundler; its ESM build does not.
  mainFields: ['module', 'main'],
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/node/main.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' } },
  // `catrec` as installed starts with the V8 flags it needs (server/src/cli/main.ts says why) instead of starting again.
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/catrec.js', banner: { js: `#!/usr/bin/env -S node ${catrecV8Flags.join(' ')}` } },
];

const contexts = await Promise.all(entries.map((entry) => esbuild.context({ ...shared, ...entry })));
if (watch) {
  await Promise.all(contexts.map((ctx) => ctx.watch()));
} else {
  await Promise.all(contexts.map((ctx) => ctx.rebuild()));
  await Promise.all(contexts.map((ctx) => ctx.dispose()));
  // Executable as npm makes a package's bins on install, so the benchmark and tests can run it the same way.
  await chmod('dist/catrec.js', 0o755);
}
