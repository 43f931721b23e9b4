// Shared harness of the end-to-end tests: a throw-away code-server profile with our .vsix installed,
// a workspace copied from examples/, code-server itself and a headless Chromium. See docs/e2e.md.
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { waitFor } = require('./waitFor');

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const E2E_HOME = process.env.E2E_HOME || path.join(os.homedir(), '.cache', 'catalog-records-e2e');
const NODE_BIN = path.join(E2E_HOME, 'node24', 'bin', 'node');
const CODE_SERVER_ENTRY = path.join(E2E_HOME, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const VSIX = path.join(REPO_ROOT, 'dist', 'catalog-records.vsix');
const EXTENSION_ID = 'catalog-records.catalog-records';
const ARTIFACTS = path.join(REPO_ROOT, 'test', 'artifacts');
const CHROMIUM = process.env.E2E_CHROMIUM || '/usr/bin/chromium';

// A quiet, deterministic workbench: no welcome page, no trust prompt, no chat side bar, no network lookups.
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'git.enabled': false,
};

function requireSetup() {
  for (const file of [NODE_BIN, CODE_SERVER_ENTRY, CHROMIUM]) {
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: run scripts/setup-e2e.sh (E2E_HOME=${E2E_HOME})`);
  }
  if (!fs.existsSync(VSIX)) throw new Error(`${VSIX} is missing: run npm run package`);
}

/** A fresh state folder per run: profile, extensions, XDG dirs (code-server writes there) and a workspace. */
function createRunState(name) {
  requireSetup();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `catalog-records-${name}-`));
  const dataDir = path.join(dir, 'data');
  const extensionsDir = path.join(dir, 'extensions');
  const workspace = path.join(dir, 'workspace');
  fs.mkdirSync(path.join(dataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dataDir, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  // Tests edit files: they get a copy, the repository's examples stay untouched.
  fs.cpSync(path.join(REPO_ROOT, 'examples'), path.join(workspace, 'examples'), { recursive: true });
  // code-server writes config.yaml to XDG_CONFIG_HOME and its IPC sockets to TMPDIR: keep both in the run.
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(dir, 'xdg-config'),
    XDG_DATA_HOME: path.join(dir, 'xdg-data'),
    TMPDIR: path.join(dir, 'tmp'),
  };
  fs.mkdirSync(env.TMPDIR);
  return { dir, dataDir, extensionsDir, workspace, env, cliArgs: ['--user-data-dir', dataDir, '--extensions-dir', extensionsDir] };
}

/** Installs the packaged .vsix the way a user would and returns the folder it was unpacked into. */
function installVsix(state) {
  const result = spawnSync(NODE_BIN, [CODE_SERVER_ENTRY, ...state.cliArgs, '--install-extension', VSIX], {
    env: state.env,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`code-server --install-extension failed (${result.status}):\n${result.stdout}${result.stderr}`);
  }
  const installed = fs.readdirSync(state.extensionsDir).find((entry) => entry.startsWith(`${EXTENSION_ID}-`));
  if (!installed) throw new Error(`${EXTENSION_ID} not found in ${state.extensionsDir} after installing ${VSIX}`);
  return path.join(state.extensionsDir, installed);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts code-server in its own process group, so stop() ends it with its extension host and language server. */
async function startCodeServer(state, extraArgs = []) {
  const port = Number(process.env.E2E_PORT) || (await freePort());
  const log = fs.openSync(path.join(state.dir, 'code-server.log'), 'w');
  const child = spawn(NODE_BIN, [
    CODE_SERVER_ENTRY, ...state.cliArgs,
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    ...extraArgs,
  ], { env: state.env, detached: true, stdio: ['ignore', log, log] });
  const signal = (name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      // the group is gone already
    }
  };
  const exited = new Promise((resolve) => child.once('exit', resolve));
  /** Ends code-server, its extension host and the language server, and waits for code-server to exit. */
  const stop = async () => {
    signal('SIGTERM');
    const stillRunning = await Promise.race([exited.then(() => false), new Promise((r) => setTimeout(() => r(true), 5000))]);
    if (stillRunning) signal('SIGKILL');
  };
  process.on('exit', () => signal('SIGKILL'));
  const url = `http://127.0.0.1:${port}`;
  await waitFor('code-server to answer /healthz', async () => {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}`);
    return (await fetch(`${url}/healthz`)).ok;
  }, { timeoutMs: 30000, intervalMs: 200 });
  return { url, port, stop };
}

/** Headless Debian Chromium with a throw-away profile (Playwright wants it as userDataDir, not as an arg). */
async function launchBrowser() {
  const { chromium } = require('playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-records-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 850 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const close = async () => {
    await context.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { context, page, close };
}

/** `folder` + optional `payload` query, as the workbench reads them. */
function workbenchUrl(server, state, payload) {
  const query = new URLSearchParams({ folder: state.workspace });
  if (payload) query.set('payload', JSON.stringify(payload));
  return `${server.url}/?${query}`;
}

/** The log files of a run, in the order they help: server, extension host, our language server's channel. */
function runLogs(state) {
  const logsRoot = path.join(state.dataDir, 'logs');
  const sessions = fs.existsSync(logsRoot) ? fs.readdirSync(logsRoot).map((entry) => path.join(logsRoot, entry)) : [];
  const found = [path.join(state.dir, 'code-server.log')];
  for (const session of sessions) {
    const exthost = path.join(session, 'exthost1');
    found.push(path.join(exthost, 'remoteexthost.log'));
    // The output channels of an extension are logged under its id: "Catalog Records.log" is the language client's.
    const channels = path.join(exthost, EXTENSION_ID);
    found.push(...listDir(channels).map((channel) => path.join(channels, channel)));
  }
  return found.filter((file) => fs.existsSync(file));
}

function printLogs(state) {
  for (const file of runLogs(state)) {
    console.log(`\n===== ${file} =====`);
    console.log(fs.readFileSync(file, 'utf8').trimEnd());
  }
  console.log(`\n(state of this run kept in ${state.dir})`);
}

/** A passing run leaves nothing behind; a failing one keeps its state for the logs. */
function removeRunState(state) {
  fs.rmSync(state.dir, { recursive: true, force: true, maxRetries: 5 });
}

function listDir(dir) {
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
}

/** The extension host log line VS Code writes when it activates our extension. */
function activationLogged(state) {
  const activation = new RegExp(`_doActivateExtension ${EXTENSION_ID.replace('.', '\\.')}\\b`);
  return runLogs(state).some((file) => file.endsWith('remoteexthost.log') && activation.test(fs.readFileSync(file, 'utf8')));
}

function resetArtifacts(name) {
  const dir = path.join(ARTIFACTS, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

module.exports = {
  REPO_ROOT, EXTENSION_ID, createRunState, installVsix, startCodeServer, launchBrowser, workbenchUrl,
  printLogs, removeRunState, activationLogged, resetArtifacts,
};
