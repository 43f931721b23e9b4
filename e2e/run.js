// Runs both end-to-end suites one after the other (each starts its own code-server) and fails if either fails.
// Expects dist/catalog-records.vsix: `npm run test:e2e` packages it first.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const suites = ['ui.e2e.js', 'host.e2e.js'];
const failedSuites = suites.filter((suite) => {
  console.log(`\n### e2e/${suite}`);
  return spawnSync(process.execPath, [path.join(__dirname, suite)], { stdio: 'inherit' }).status !== 0;
});
console.log(failedSuites.length === 0 ? '\ne2e: all suites passed' : `\ne2e: FAILED ${failedSuites.join(', ')}`);
process.exitCode = failedSuites.length === 0 ? 0 : 1;
