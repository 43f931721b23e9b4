// Drives the real VS Code workbench of code-server with Playwright: our .vsix installed in a fresh profile,
// examples/ copied into a temporary workspace. Each step is one named function; a screenshot of the page
// after every step goes to test/artifacts/ui/. A later feature adds its step to `steps` (see docs/e2e.md).
const path = require('node:path');
const {
  activationLogged, createRunState, installVsix, launchBrowser, printLogs, removeRunState, resetArtifacts, startCodeServer, workbenchUrl,
} = require('./lib/harness');
const { waitFor } = require('./lib/waitFor');

const RECORD = 'doaj-article.record';
const UNINDENTED_RULE = 'record/unindented-value';
const FIXED_LINE = '  Journal of Innovation in Polytechnic Education';
const TIMEOUT = 60000;

/** @type {{ name: string, run: (t: StepContext) => Promise<void> }[]} */
const steps = [
  {
    name: 'workbench loads the workspace',
    async run({ page, server, state }) {
      await page.goto(workbenchUrl(server, state));
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'examples' }).waitFor({ timeout: TIMEOUT });
    },
  },
  {
    name: `opens examples/${RECORD} as a VuFind Record`,
    async run({ page }) {
      await quickOpen(page, RECORD);
      await page.locator('.tab', { hasText: RECORD }).waitFor({ timeout: TIMEOUT });
      await page.locator('.statusbar-item', { hasText: 'VuFind Record' }).waitFor({ timeout: TIMEOUT });
    },
  },
  {
    name: 'the extension activates',
    async run({ state }) {
      await waitFor('the activation line in the extension host log', () => activationLogged(state), { timeoutMs: TIMEOUT });
    },
  },
  {
    name: `the Problems panel lists two ${UNINDENTED_RULE} warnings`,
    async run({ page }) {
      await page.keyboard.press('Control+Shift+M');
      const rows = problemRows(page);
      await waitFor(`two ${UNINDENTED_RULE} rows`, async () => (await rows.count()) === 2, { timeoutMs: TIMEOUT });
      const texts = await rows.allInnerTexts();
      expect(texts[0].includes('Back to Basics') && texts[1].includes('Journal of Innovation'),
        `rows name the two unindented values, got ${JSON.stringify(texts)}`);
      expect(await rows.locator('.codicon-warning').count() === 2, 'both rows are warnings');
    },
  },
  {
    name: 'Ctrl+. on a warning applies the indent fix',
    async run({ page, screenshot }) {
      // Enter on the problem puts the cursor on the value in the editor; Ctrl+. asks for its quick fixes there.
      await problemRows(page).filter({ hasText: 'Journal of Innovation' }).click();
      await page.keyboard.press('Enter');
      await page.locator('.monaco-editor.focused').waitFor({ timeout: TIMEOUT });
      await page.keyboard.press('Control+.');
      const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Indent the value' });
      await fix.waitFor({ timeout: TIMEOUT });
      await screenshot('quick fix menu');
      await fix.click();
      await waitFor(`the editor to show "${FIXED_LINE}"`, async () => (await editorLines(page)).includes(FIXED_LINE), { timeoutMs: TIMEOUT });
      await waitFor(`one ${UNINDENTED_RULE} row left`, async () => (await problemRows(page).count()) === 1, { timeoutMs: TIMEOUT });
    },
  },
];

async function quickOpen(page, fileName) {
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').waitFor({ timeout: TIMEOUT });
  await page.keyboard.type(fileName);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first().waitFor({ timeout: TIMEOUT });
  await page.keyboard.press('Enter');
}

function problemRows(page) {
  return page.locator('.markers-panel .monaco-list-row', { hasText: UNINDENTED_RULE });
}

/** The rendered lines of the active editor; the editor renders spaces as no-break spaces. */
async function editorLines(page) {
  const lines = await page.locator('.editor-instance .monaco-editor .view-lines .view-line').allInnerTexts();
  return lines.map((line) => line.replace(/\u00a0/g, ' '));
}

function expect(condition, description) {
  if (!condition) throw new Error(`expected ${description}`);
}

async function main() {
  const shots = resetArtifacts('ui');
  const state = createRunState('ui');
  let passed = 0;
  let failed = 0;
  let server;
  let browser;
  try {
    installVsix(state);
    server = await startCodeServer(state);
    browser = await launchBrowser();
    const { page } = browser;
    for (const [index, step] of steps.entries()) {
      const shot = path.join(shots, `${String(index + 1).padStart(2, '0')}-${slug(step.name)}`);
      const screenshot = (moment) => page.screenshot({ path: `${shot}.${slug(moment)}.png` });
      const started = Date.now();
      try {
        await step.run({ page, server, state, screenshot });
        passed++;
        console.log(`  ✓ ${step.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
        await page.screenshot({ path: `${shot}.png` });
      } catch (error) {
        failed++;
        console.log(`  ✗ ${step.name}\n    ${error.message}`);
        await page.screenshot({ path: `${shot}.FAILED.png` }).catch(() => {});
        const skipped = steps.slice(index + 1).map((later) => later.name);
        if (skipped.length > 0) console.log(`  (not run after the failure: ${skipped.join('; ')})`);
        break;
      }
    }
  } catch (error) {
    failed++;
    console.log(`  ✗ harness: ${error.message}`);
  } finally {
    await browser?.close();
    await server?.stop();
  }
  if (failed > 0) printLogs(state);
  else removeRunState(state);
  console.log(`\ne2e ui: ${passed} passed, ${failed} failed (screenshots in ${shots})`);
  process.exitCode = failed > 0 ? 1 : 0;
}

function slug(name) {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/**
 * @typedef {object} StepContext
 * @property {import('playwright-core').Page} page
 * @property {{ url: string, port: number }} server
 * @property {ReturnType<typeof createRunState>} state
 * @property {(moment: string) => Promise<unknown>} screenshot an extra screenshot in the middle of the step
 */

void main();
