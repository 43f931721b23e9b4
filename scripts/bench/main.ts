/**
 * The performance benchmark (`npm run bench [-- --json]`): synthetic corpora shaped like VuFind's own Solr fixtures,
 * the CLI against a read-and-split floor, and the language server over stdio. Prints a table, or one JSON object.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type EditTarget, benchLanguageServer } from './lsp';
import { type Corpus, RecordGenerator, loadTemplates, seededRandom, writeCorpus } from './corpus';
import { type ProcessRun, measureProcess } from './measure';

const repoRoot = path.resolve(__dirname, '..');
const sharedDir = path.resolve(repoRoot, '../shared');
const seed = 20260701;
const corpusSizes = [1_000, 10_000, 100_000];
const recordsPerFile = 1_000;
const openDocumentBytes = 10 * 1024 * 1024;
const editDocumentRecords = 50_000;
const openDocumentFirstIndex = 1_000_000;
const editCount = 100;
/** A full re-check of a 50k-record document can take seconds; the edit loop stops after this long. */
const editBudgetMs = 180_000;

interface CliResult extends ProcessRun {
  readonly records: number;
  readonly files: number;
  readonly bytes: number;
  readonly recordsPerSecond: number;
  readonly megabytesPerSecond: number;
  readonly rssPerCorpusByte: number;
  /** Every run's wall time, in the order run: the spread the median is taken from. */
  readonly wallMsOfRuns: readonly number[];
}

/**
 * Process runs per CLI figure. The machine's speed varies by ±20–30 % from run to run (a shared VM; six runs of one
 * build in a row took 1.82–2.64 s): each figure is the median of these runs by wall time, except peak RSS, the
 * largest of them. Five since 2026-11-29 (three before): a steadier median, no other bias.
 */
const cliRuns = 5;

/** A process the benchmark runs `cliRuns` times, and the runs so far. */
interface Measurement {
  readonly command: string;
  readonly args: readonly string[];
  readonly runs: ProcessRun[];
}

/** `catrec` as installed: the bundle run as a program, its first line starting Node with the CLI's V8 flags. */
function catrecCheck(corpus: Corpus, extraArgs: readonly string[] = []): Measurement {
  return { command: path.join(repoRoot, 'dist/catrec.js'), args: ['check', '--format', 'json', ...extraArgs, corpus.directory], runs: [] };
}

/**
 * Runs the measurements round by round, one run of each per round. The VM's slow and fast phases last a minute or
 * more: five runs of one command in a row could all fall in one phase, and each figure would carry it whole. Since
 * 2026-11-29 02:57 (before, each command's runs came one after the other).
 */
async function measureInRounds(measurements: readonly Measurement[], log: (message: string) => void): Promise<void> {
  for (let round = 1; round <= cliRuns; round++) {
    log(`round ${round} of ${cliRuns}…`);
    for (const measurement of measurements) measurement.runs.push(await measureProcess(measurement.command, measurement.args));
  }
}

/** The run of median wall time, with the largest peak RSS of all. */
function medianOf(runs: readonly ProcessRun[]): ProcessRun {
  const median = [...runs].sort((a, b) => a.wallMs - b.wallMs)[Math.floor(runs.length / 2)]!;
  return { ...median, peakRssBytes: Math.max(...runs.map((run) => run.peakRssBytes)) };
}

function cliResult(corpus: Corpus, measurement: Measurement): CliResult {
  for (const run of measurement.runs) {
    if (run.exitCode !== 0 && run.exitCode !== 1) throw new Error(`catrec exited with ${run.exitCode}`);
    if (run.stdoutBytes === 0) throw new Error('catrec wrote no report');
  }
  const run = medianOf(measurement.runs);
  return {
    ...run, records: corpus.records, files: corpus.files, bytes: corpus.bytes,
    recordsPerSecond: corpus.records / (run.wallMs / 1000),
    megabytesPerSecond: corpus.bytes / 1e6 / (run.wallMs / 1000),
    rssPerCorpusByte: run.peakRssBytes / corpus.bytes,
    wallMsOfRuns: measurement.runs.map((each) => each.wallMs),
  };
}

/** The floor: a Node process that only reads the same files and splits them into lines. */
const floorScript = `
const fs = require('fs'), path = require('path');
let lines = 0;
for (const name of fs.readdirSync(process.argv[1]).sort()) {
  lines += fs.readFileSync(path.join(process.argv[1], name), 'utf8').split(/\\r\\n|\\n|\\r/).length;
}
process.stdout.write(String(lines));`;

/**
 * `count` places to type at: the end of random `title_sort` values. Found by scanning, not by splitting the text:
 * 2 million line strings would be garbage the benchmark's own collector clears while the edits are being timed.
 */
function editTargets(text: string, count: number): EditTarget[] {
  const candidates: EditTarget[] = [];
  let line = 0;
  for (let start = 0; start < text.length; line++) {
    const end = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
    if (text.startsWith('title_sort ', start) && end - start > 'title_sort '.length) candidates.push({ line, character: end - start - 1 });
    start = end + 1;
  }
  const random = seededRandom(seed + 1);
  return Array.from({ length: count }, () => candidates[Math.floor(random() * candidates.length)]!);
}

/** The editor's default sends at most 1,000 diagnostics (VS Code shows no more); this run sends all of them. */
const everyDiagnostic = { maxDiagnostics: 0 };

async function benchLsp(templates: ReturnType<typeof loadTemplates>, log: (message: string) => void, settings?: unknown) {
    log('language server: generating documents…');
    const openGenerator = new RecordGenerator(templates, seed + 2);
    const openRecords: string[] = [];
    let openBytes = 0;
    while (openBytes < openDocumentBytes) {
      // Ids of their own: the two documents are separate scenarios, not copies of each other's records.
      const record = openGenerator.record(openDocumentFirstIndex + openRecords.length);
      openRecords.push(record);
      openBytes += Buffer.byteLength(record) + 2;
    }
    const openText = `${openRecords.join('\n\n')}\n`;
    const editText = new RecordGenerator(templates, seed + 3).document(editDocumentRecords);
    log('language server: first diagnostics and edits…');
    return benchLanguageServer(path.join(repoRoot, 'dist/server.js'), openText, editText, editDocumentRecords,
      editTargets(editText, editCount), editBudgetMs, settings);

}

function cpuModel(): string {
  return os.cpus()[0]?.model ?? 'unknown';
}

async function main(): Promise<void> {
  const asJson = process.argv.includes('--json');
  const log = (message: string) => { if (!asJson) process.stderr.write(`${message}\n`); };
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'catrec-bench-'));
  try {
    const templates = loadTemplates(sharedDir);
    const corpora = (process.argv.includes('--lsp-only') ? [] : corpusSizes).map((records) => {
      log(`generating ${records} records…`);
      return writeCorpus(new RecordGenerator(templates, seed), path.join(workDir, `records-${records}`), records, recordsPerFile);
    });
    const largest = corpora.at(-1)!;
    if (process.argv.includes('--lsp-only')) {
      // While working on the language server: its numbers alone, as JSON.
      const all = await benchLsp(templates, log);
      const uncapped = await benchLsp(templates, log, everyDiagnostic);
      process.stdout.write(`${JSON.stringify({ lsp: all, lspEveryDiagnostic: uncapped })}\n`);
      return;
    }
    const checks = corpora.map((corpus) => catrecCheck(corpus));
    const singleThreadCheck = catrecCheck(largest, ['--jobs', '1']);
    const floorMeasurement: Measurement = { command: process.execPath, args: ['-e', floorScript, largest.directory], runs: [] };
    log(`catrec check --format json on ${corpora.map((corpus) => corpus.records).join(', ')} records, the largest also with --jobs 1, and the floor: ${cliRuns} rounds…`);
    await measureInRounds([...checks, singleThreadCheck, floorMeasurement], log);
    const cli = checks.map((check, i) => cliResult(corpora[i]!, check));
    const singleThread = cliResult(largest, singleThreadCheck);
    const floorRun = medianOf(floorMeasurement.runs);
    const floorMegabytesPerSecond = largest.bytes / 1e6 / (floorRun.wallMs / 1000);
    const largestCli = cli.at(-1)!;

    const lsp = await benchLsp(templates, log);
    log('language server again, sending every diagnostic (catalogRecords.maxDiagnostics 0)…');
    const lspEveryDiagnostic = await benchLsp(templates, log, everyDiagnostic);

    const result = {
      date: new Date().toISOString(),
      machine: { nproc: os.availableParallelism(), cpu: cpuModel(), node: process.version, loadAverage: os.loadavg().map((load) => Number(load.toFixed(2))) },
      cli: cli.map(summarizeCli),
      cliSingleThread: summarizeCli(singleThread),
      floor: {
        wallMs: Math.round(floorRun.wallMs), wallMsOfRuns: floorMeasurement.runs.map((run) => Math.round(run.wallMs)),
        cpuMs: Math.round(floorRun.cpuMs), megabytesPerSecond: round(floorMegabytesPerSecond),
        cliShareOfFloor: round(largestCli.megabytesPerSecond / floorMegabytesPerSecond, 3),
      },
      lsp: {
        ...lsp, firstDiagnosticsMs: Math.round(lsp.firstDiagnosticsMs), editDocumentOpenMs: Math.round(lsp.editDocumentOpenMs),
        editP50Ms: round(lsp.editP50Ms), editP95Ms: round(lsp.editP95Ms),
      },
      lspEveryDiagnostic: {
        ...lspEveryDiagnostic, firstDiagnosticsMs: Math.round(lspEveryDiagnostic.firstDiagnosticsMs),
        editDocumentOpenMs: Math.round(lspEveryDiagnostic.editDocumentOpenMs),
        editP50Ms: round(lspEveryDiagnostic.editP50Ms), editP95Ms: round(lspEveryDiagnostic.editP95Ms),
      },
      targets: {
        recordsPerSecond: { target: 50_000, measured: Math.round(largestCli.recordsPerSecond) },
        shareOfFloor: { target: 0.25, measured: round(largestCli.megabytesPerSecond / floorMegabytesPerSecond, 3) },
        peakRssPerCorpusByte: { target: 3, measured: round(largestCli.rssPerCorpusByte, 2) },
        firstDiagnosticsMs: { target: 1000, measured: Math.round(lsp.firstDiagnosticsMs) },
        editP95Ms: { target: 20, measured: round(lsp.editP95Ms) },
      },
    };
    process.stdout.write(asJson ? `${JSON.stringify(result)}\n` : table(result));
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

function summarizeCli(run: CliResult) {
  return {
    records: run.records, files: run.files, megabytes: round(run.bytes / 1e6), wallMs: Math.round(run.wallMs),
    recordsPerSecond: Math.round(run.recordsPerSecond), megabytesPerSecond: round(run.megabytesPerSecond),
    cpuMs: Math.round(run.cpuMs), recordsPerCpuSecond: Math.round(run.records / (run.cpuMs / 1000)),
    peakRssMegabytes: round(run.peakRssBytes / 1e6), peakRssPerCorpusByte: round(run.rssPerCorpusByte, 2), exitCode: run.exitCode,
    wallMsOfRuns: run.wallMsOfRuns.map(Math.round),
  };
}

function round(value: number, digits = 1): number {
  return Number(value.toFixed(digits));
}

function table(result: {
  date: string; machine: { nproc: number; cpu: string; node: string; loadAverage: number[] };
  cli: ReturnType<typeof summarizeCli>[]; cliSingleThread: ReturnType<typeof summarizeCli>;
  floor: { wallMs: number; wallMsOfRuns: number[]; cpuMs: number; megabytesPerSecond: number; cliShareOfFloor: number };
  lsp: LspSummary; lspEveryDiagnostic: LspSummary; targets: Record<string, { target: number; measured: number }>;
}): string {
  const rows = [
    '| Run | Records | MB | Wall | Wall, fastest–slowest | Records/s | MB/s | CPU (user+sys) | Records per CPU-s | Peak RSS | RSS / corpus |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...result.cli.map((run) => cliRow('check --format json', run)),
    cliRow('check --format json --jobs 1', result.cliSingleThread),
    `| floor: read + split lines | ${result.cli.at(-1)!.records} | ${result.cli.at(-1)!.megabytes} | ${result.floor.wallMs} ms | ${spread(result.floor.wallMsOfRuns)} | | ${result.floor.megabytesPerSecond} | ${result.floor.cpuMs} ms | | | |`,
  ];
  const lsp = result.lsp;
  const all = result.lspEveryDiagnostic;
  const mb = (bytes: number) => (bytes / 1e6).toFixed(0);
  return [
    `Date: ${result.date}; nproc ${result.machine.nproc}; CPU ${result.machine.cpu}; Node ${result.machine.node}; load average ${result.machine.loadAverage.join(' ')}`,
    '',
    ...rows,
    '',
    `CLI speed as share of the floor: ${(result.floor.cliShareOfFloor * 100).toFixed(1)} %`,
    '',
    '| Language server | default (maxDiagnostics 1000) | every diagnostic (maxDiagnostics 0) |',
    '|---|---:|---:|',
    `| first diagnostics, ${(lsp.openBytes / 1e6).toFixed(1)} MB document | ${lsp.firstDiagnosticsMs} ms | ${all.firstDiagnosticsMs} ms |`,
    `| open + diagnostics, ${lsp.editDocumentRecords} records (${(lsp.editDocumentBytes / 1e6).toFixed(1)} MB) | ${lsp.editDocumentOpenMs} ms | ${all.editDocumentOpenMs} ms |`,
    `| one-character edit → diagnostics, p50 | ${lsp.editP50Ms} ms (${lsp.edits} edits) | ${all.editP50Ms} ms (${all.edits} edits) |`,
    `| one-character edit → diagnostics, p95 | ${lsp.editP95Ms} ms | ${all.editP95Ms} ms |`,
    `| diagnostics in each report after an edit | ${lsp.editDiagnostics} | ${all.editDiagnostics} |`,
    `| server RSS after the edits (peak) | ${mb(lsp.serverRssBytes)} MB (${mb(lsp.serverPeakRssBytes)} MB) | ${mb(all.serverRssBytes)} MB (${mb(all.serverPeakRssBytes)} MB) |`,
    '',
    '| Target | Goal | Measured |',
    '|---|---:|---:|',
    ...Object.entries(result.targets).map(([name, { target, measured }]) => `| ${name} | ${target} | ${measured} |`),
    '',
  ].join('\n');
}

type LspSummary = {
  openBytes: number; firstDiagnosticsMs: number; editDocumentRecords: number; editDocumentBytes: number; editDocumentOpenMs: number;
  edits: number; editP50Ms: number; editP95Ms: number; editDiagnostics: number; serverRssBytes: number; serverPeakRssBytes: number;
};

function spread(walls: readonly number[]): string {
  return `${Math.min(...walls)}–${Math.max(...walls)} ms`;
}

function cliRow(name: string, run: ReturnType<typeof summarizeCli>): string {
  return `| ${name} | ${run.records} | ${run.megabytes} | ${run.wallMs} ms | ${spread(run.wallMsOfRuns)} | ${run.recordsPerSecond} | ${run.megabytesPerSecond} | ${run.cpuMs} ms | ${run.recordsPerCpuSecond} | ${run.peakRssMegabytes} MB | ${run.peakRssPerCorpusByte}× |`;
}

void main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});

