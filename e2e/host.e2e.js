// Runs the mocha tests of e2e/host/ inside the real extension host of code-server (the programming model of
// @vscode/test-electron, which cannot run here). The extension under test is the one unpacked from our .vsix.
const fs = require('node:fs');
const path = require('node:path');
const {
  createRunState, installVsix, launchBrowser, printLogs, removeRunState, resetArtifacts, startCodeServer, workbenchUrl,
} = require('./lib/harness');

const TESTS = path.join(__dirname, 'host', 'index.js');
const RUN_TIMEOUT_MS = 180000;

async function main() {
  const artifacts = resetArtifacts('host');
  const state = createRunState('host');
  const report = path.join(state.dir, 'mocha-report.json');
  state.env.E2E_REPORT = report; // the extension host inherits code-server's environment
  let server;
  let browser;
  let exitCode;
  try {
    const extensionDir = installVsix(state);
    // Without the smoke-test driver the workbench ignores extensionDevelopmentPath/extensionTestsPath.
    server = await startCodeServer(state, ['--vscode-option', 'enable-smoke-test-driver']);
    browser = await launchBrowser();
    let finish;
    const finished = new Promise((resolve) => (finish = resolve));
    await browser.page.exposeFunction('codeAutomationExit', (code) => finish(code));
    await browser.page.exposeFunction('codeAutomationLog', (type, args) => {
      // Errors of the workbench and the extension host arrive here; the closed network's noise is dropped.
      const first = String(args?.[0] ?? '').split('\n')[0];
      if (type === 'error' && !/ENOTFOUND|authentication provider 'github'|vsda/.test(first)) console.log(`  [workbench] ${first}`);
    });
    const remote = (file) => `vscode-remote://127.0.0.1:${server.port}${file}`;
    await browser.page.goto(workbenchUrl(server, state, [
      ['extensionDevelopmentPath', remote(extensionDir)],
      ['extensionTestsPath', remote(TESTS)],
      ['skipWelcome', 'true'],
    ]));
    const timer = setTimeout(() => finish('timeout'), RUN_TIMEOUT_MS);
    exitCode = await finished;
    clearTimeout(timer);
    if (exitCode === 'timeout') console.log(`  ✗ the tests did not finish within ${RUN_TIMEOUT_MS / 1000} s`);
    if (exitCode !== 0) await browser.page.screenshot({ path: path.join(artifacts, 'failure.png') }).catch(() => {});
  } catch (error) {
    console.log(`  ✗ harness: ${error.message}`);
  } finally {
    await browser?.close();
    await server?.stop();
  }
  const { passed, failed } = summarize(report);
  const ok = exitCode === 0 && failed === 0 && passed > 0;
  if (!ok) printLogs(state);
  else removeRunState(state);
  console.log(`\ne2e host: ${passed} passed, ${ok ? failed : Math.max(failed, 1)} failed`);
  process.exitCode = ok ? 0 : 1;
}

/** Prints one line per test from mocha's JSON report (console output of the extension host goes nowhere). */
function summarize(report) {
  if (!fs.existsSync(report)) {
    console.log(`  (no mocha report at ${report})`);
    return { passed: 0, failed: 0 };
  }
  const { stats, tests } = JSON.parse(fs.readFileSync(report, 'utf8'));
  for (const test of tests) {
    const failedWith = test.err && Object.keys(test.err).length > 0 ? test.err : undefined;
    console.log(`  ${failedWith ? '✗' : '✓'} ${test.fullTitle} (${((test.duration ?? 0) / 1000).toFixed(1)} s)`);
    if (failedWith) console.log(`    ${String(failedWith.message).split('\n').join('\n    ')}`);
  }
  return { passed: stats.passes, failed: stats.failures };
}

void main();
