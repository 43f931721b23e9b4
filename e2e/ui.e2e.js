// Drives the real VS Code workbench of code-server with Playwright: our .vsix installed in a fresh profile,
// examples/ copied into a temporary workspace. Each step is one named function; a screenshot of the page
// after every step goes to test/artifacts/ui/. A later feature adds its step to `steps` (see docs/e2e.md).
const fs = require('node:fs');
const path = require('node:path');
const {
  REPO_ROOT, activationLogged, createRunState, installVsix, launchBrowser, printLogs, removeRunState, resetArtifacts, startCodeServer, workbenchUrl,
} = require('./lib/harness');
const { waitFor } = require('./lib/waitFor');

const RECORD = 'doaj-article.record';
const UNINDENTED_RULE = 'record/unindented-value';
const FIXED_LINE = '  Journal of Innovation in Polytechnic Education';
const TIMEOUT = 60000;
/** The example as the workspace copy starts; the steps only re-indent a line, so line numbers keep. */
const EXAMPLE_LINES = fs.readFileSync(path.join(REPO_ROOT, 'examples', RECORD), 'utf8').split('\n');
const EXPECTED_TITLE_SORT = 'back to basics facilitating the recognition of micro credentials in ontario pse';
const PREVIEW_TAB = `Preview ${RECORD}`;
/** The "Bibliographic Details" rows VuFind shows for the example (label: values). */
const EXPECTED_DETAILS = {
  'Main Author': 'Roger Pizarro Milian',
  Format: 'Article',
  Language: 'English',
  Published: 'Humber Press 2021-07-01',
  Series: 'Journal of Innovation in Polytechnic Education',
  'Online Access': 'https://jipe.ca/index.php/jipe/article/view/92',
};

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
      const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Indent the value' });
      // The code actions may not be computed yet when Ctrl+. lands (it then shows nothing): ask again until they are.
      let asked = 0;
      await waitFor('the quick fix menu with "Indent the value"', async () => {
        if (await fix.isVisible()) return true;
        if (Date.now() - asked > 3000) {
          await page.keyboard.press('Control+.');
          asked = Date.now();
        }
        return false;
      }, { timeoutMs: TIMEOUT });
      await screenshot('quick fix menu');
      await fix.click();
      await waitFor(`the editor to show "${FIXED_LINE}"`, async () => (await editorLines(page)).includes(FIXED_LINE), { timeoutMs: TIMEOUT });
      await waitFor(`one ${UNINDENTED_RULE} row left`, async () => (await problemRows(page).count()) === 1, { timeoutMs: TIMEOUT });
    },
  },
  {
    name: 'hovering over the title_sort value shows the computed key and how it is computed',
    async run({ page }) {
      await goToLine(page, lineNumberOf('title_sort '));
      // The last token of the line is the value; the mouse rests on it until the hover shows.
      await editorLine(page, 'title_sort ').locator('span > span').last().hover();
      const hover = page.locator('.monaco-editor .monaco-hover', { hasText: 'VuFind computes' });
      await hover.waitFor({ state: 'visible', timeout: TIMEOUT });
      const text = (await hover.innerText()).replace(/\s+/g, ' ');
      for (const part of [
        `title_sort: VuFind computes ${EXPECTED_TITLE_SORT} (matches)`,
        'Computed as VuFind\'s XSLT importers do',
        'strip one leading English article, lowercase: "back to basics: facilitating the recognition of micro-credentials in ontario pse"',
        `punctuation and whitespace runs → one space: "${EXPECTED_TITLE_SORT}"`,
        `trim, lowercase: "${EXPECTED_TITLE_SORT}"`,
      ]) {
        expect(text.includes(part), `the hover to contain ${JSON.stringify(part)}, got ${JSON.stringify(text)}`);
      }
    },
  },
  {
    name: 'Catalog Records: Open Preview to the Side shows the Bibliographic Details',
    async run({ page }) {
      await page.keyboard.press('Escape'); // the hover
      await runCommand(page, 'Catalog Records: Open Preview to the Side');
      await page.locator('.tab', { hasText: PREVIEW_TAB }).waitFor({ timeout: TIMEOUT });
      await expectDetails(page);
    },
  },
  {
    name: 'clicking the Main Author value in the preview selects it in the editor',
    async run({ page }) {
      const line = lineNumberOf('author ');
      const value = EXPECTED_DETAILS['Main Author'];
      await clickInPreview(page, (frame) => frame.locator('table.details tr', { hasText: 'Main Author' }).locator('.value'));
      await expectSelection(page, { line, column: 'author '.length + value.length + 1, selected: value.length });
    },
  },
  {
    name: 'clicking the Online Access label selects the url field, in the edited text',
    async run({ page }) {
      // After the indent fix the url field sits two characters further into the file than in examples/:
      // the preview's offsets come from the open document, not from the file on disk.
      const line = lineNumberOf('url ');
      const field = EXAMPLE_LINES[line - 1];
      await clickInPreview(page, (frame) => frame.locator('table.details tr', { hasText: 'Online Access' }).locator('th'));
      await expectSelection(page, { line, column: field.length + 1, selected: field.length });
    },
  },
  {
    name: 'Ctrl+K V opens the preview again after it was closed',
    async run({ page }) {
      const tab = page.locator('.tab', { hasText: PREVIEW_TAB });
      await tab.locator('.action-label[aria-label^="Close"]').click();
      await tab.waitFor({ state: 'detached', timeout: TIMEOUT });
      await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+K');
      await page.keyboard.press('V');
      await tab.waitFor({ timeout: TIMEOUT });
      await expectDetails(page);
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

/** 1-based number of the example's line that starts with `prefix`. */
function lineNumberOf(prefix) {
  const index = EXAMPLE_LINES.findIndex((line) => line.startsWith(prefix));
  if (index < 0) throw new Error(`no line of ${RECORD} starts with "${prefix}"`);
  return index + 1;
}

/** Go to Line (Ctrl+G) in the active editor: the line is revealed and the cursor put at its start. */
async function goToLine(page, line) {
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').waitFor({ timeout: TIMEOUT });
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  await expectSelection(page, { line, column: 1 });
}

/** The rendered line of the active editor that starts with `prefix`. */
function editorLine(page, prefix) {
  return page.locator('.editor-instance .monaco-editor .view-lines .view-line')
    .filter({ hasText: new RegExp(`^${prefix.replace(/ /g, '[ \\u00a0]')}`) }).first();
}

/** Runs a command by its title from the Command Palette. */
async function runCommand(page, title) {
  await page.keyboard.press('Control+Shift+P');
  await page.locator('.quick-input-widget input').waitFor({ timeout: TIMEOUT });
  await page.keyboard.type(title);
  // Enter runs the focused row: wait until filtering has put the command there.
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: title }).waitFor({ timeout: TIMEOUT });
  await page.keyboard.press('Enter');
}

/**
 * The frame that holds the preview page. Webview content sits two iframes deep (the webview host page, then the
 * content frame), and the content frame is replaced whenever the page is re-rendered: look it up every time.
 */
async function previewFrame(page) {
  for (const frame of page.frames()) {
    if (await frame.locator('table.details').count().catch(() => 0) > 0) return frame;
  }
  return undefined;
}

/** The rows of "Bibliographic Details" as { label: values joined by a space }. */
async function detailRows(page) {
  const frame = await previewFrame(page);
  if (!frame) return undefined;
  const rows = await frame.locator('table.details tr').evaluateAll((trs) => trs.map((tr) => [
    tr.querySelector('th').textContent.trim().replace(/:$/, ''),
    [...tr.querySelectorAll('.value')].map((value) => value.textContent.trim()).join(' '),
  ]));
  return Object.fromEntries(rows);
}

async function expectDetails(page) {
  const wanted = JSON.stringify(EXPECTED_DETAILS);
  const rows = await waitFor('the preview\'s Bibliographic Details in a webview frame', async () => {
    const found = await detailRows(page);
    return found && JSON.stringify(found) === wanted ? found : undefined;
  }, { timeoutMs: TIMEOUT });
  expect(JSON.stringify(rows) === wanted, `rows ${wanted}`);
}

/** Clicks what `target` finds in the preview, retrying while a re-render replaces the frame under it. */
async function clickInPreview(page, target) {
  await waitFor('a click in the preview', async () => {
    const frame = await previewFrame(page);
    if (!frame) return false;
    await target(frame).click({ timeout: 2000 });
    return true;
  }, { timeoutMs: TIMEOUT });
}

/** The cursor (and selection size) of the active editor, as the status bar shows it: "Ln 2, Col 28 (20 selected)". */
async function expectSelection(page, { line, column, selected }) {
  const text = `Ln ${line}, Col ${column}${selected ? ` (${selected} selected)` : ''}`;
  await waitFor(`the status bar to show "${text}"`, async () => {
    const shown = await page.locator('.statusbar-item', { hasText: /^Ln \d+, Col \d+/ }).allInnerTexts();
    return shown.some((item) => item.trim() === text);
  }, { timeoutMs: TIMEOUT });
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
