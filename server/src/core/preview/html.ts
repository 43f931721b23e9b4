import type { Span } from '../model/span';
import type { Severity } from '../rules/rule';
import { escapeHtml } from './escape';
import type { PreviewDiagnostic, PreviewModel, PreviewRow, PreviewValue } from './viewModel';

export interface PreviewPageOptions {
  /** A fresh random token per page: the only inline style and the script must carry it. */
  readonly nonce: string;
  /** Where the stylesheet and images may come from (a webview's `cspSource`; `'self'` or `'none'` standalone). */
  readonly cspSource: string;
  /** The stylesheet to link (media/preview.css as a webview URI). */
  readonly styleHref?: string;
  /** The stylesheet's text, inlined under the nonce: for a standalone page that loads nothing. */
  readonly styleText?: string;
  /** The webview script (media/preview.js as a webview URI). */
  readonly scriptSrc?: string;
}

/** The complete HTML page of a record preview. Every value goes through `escapeHtml`; nothing remote is loaded. */
export function renderPreviewPage(model: PreviewModel, options: PreviewPageOptions): string {
  const nonce = options.nonce.replace(/[^A-Za-z0-9+/=_-]/g, '');
  const head = [
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(nonce, options.cspSource))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(model.heading.values[0]?.text ?? 'Record preview')}</title>`,
    options.styleHref === undefined ? '' : `<link rel="stylesheet" nonce="${nonce}" href="${escapeHtml(options.styleHref)}">`,
    // CSS cannot be HTML-escaped; "</" is the only sequence that could end the element early.
    options.styleText === undefined ? '' : `<style nonce="${nonce}">${options.styleText.replace(/<\//g, '<\\/')}</style>`,
  ].filter(Boolean).join('\n');
  const script = options.scriptSrc === undefined ? '' : `<script nonce="${nonce}" src="${escapeHtml(options.scriptSrc)}"></script>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
${head}
</head>
<body data-record-index="${model.recordIndex}">
<main class="record">
${renderBody(model)}
</main>
${script}
</body>
</html>
`;
}

/** Nothing by default; styles and images only from the webview's resource origin, inline only under the nonce. */
export function contentSecurityPolicy(nonce: string, cspSource: string): string {
  // 'none' next to another source is ignored (and warned about) by browsers: a standalone page names no origin.
  const origin = cspSource.replace(/[;,\r\n]/g, '').trim();
  const source = origin === "'none'" ? '' : origin;
  return [
    "default-src 'none'",
    `style-src ${source ? `${source} ` : ''}'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${source ? `${source} ` : ''}data:`,
  ].join('; ');
}

function renderBody(model: PreviewModel): string {
  if (model.recordIndex < 0) return '<p class="empty">This document has no record yet.</p>';
  const parts: string[] = [];
  if (model.recordCount > 1) parts.push(`<p class="record-position">Record ${model.recordIndex + 1} of ${model.recordCount}</p>`);
  if (model.otherDiagnostics.length > 0) {
    parts.push(`<section class="record-problems" aria-label="Problems">${renderDiagnostics(model.otherDiagnostics)}</section>`);
  }
  parts.push(renderHeading(model.heading));
  if (model.summary) {
    const more = model.summary.truncated ? ' <a class="full-description" href="#description">Full description</a>' : '';
    parts.push(`<div class="summary"${sourceAttributes(model.summary.row.sources)}><p>${escapeHtml(model.summary.shortText)}${more}</p>`
      + `${renderDiagnostics(model.summary.row.diagnostics)}</div>`);
  }
  parts.push(renderTable('details', 'Bibliographic Details', model.details));
  parts.push(section('description', 'Description', model.description.length > 0
    ? renderTable('description-table', 'Description', model.description)
    : '<p class="empty">No description fields.</p>'));
  parts.push(section('staff-view', 'Staff View', renderTable('staff', 'Staff View', model.staff, true)));
  return parts.join('\n');
}

function renderHeading(heading: PreviewRow): string {
  const text = heading.values[0]?.text;
  const title = text === undefined ? '<span class="untitled">Untitled record</span>' : escapeHtml(text);
  return `<header class="record-heading"${sourceAttributes(heading.sources)}><h1>${title}</h1>${renderDiagnostics(heading.diagnostics)}</header>`;
}

function section(id: string, title: string, content: string): string {
  return `<section id="${id}" class="record-section"><h2>${escapeHtml(title)}</h2>\n${content}\n</section>`;
}

/** Captions are for screen readers only, as in VuFind; the visible headings are the section titles. */
function renderTable(className: string, caption: string, rows: readonly PreviewRow[], staff = false): string {
  const body = rows.map((row) => renderRow(row, staff)).join('\n');
  return `<table class="${className}"><caption class="sr-only">${escapeHtml(caption)}</caption>\n<tbody>\n${body}\n</tbody></table>`;
}

function renderRow(row: PreviewRow, staff: boolean): string {
  const severity = worstSeverity(row.diagnostics);
  const classes = ['row', ...(severity ? [`has-${severity}`] : [])].join(' ');
  const label = staff ? escapeHtml(row.label) : `${escapeHtml(row.label)}:`;
  const values = row.values.map((value) => `<div class="value"${sourceAttributes([value.span])}>${renderValue(value)}</div>`).join('');
  return `<tr class="${classes}"${sourceAttributes(row.sources)}><th scope="row">${label}</th>`
    + `<td>${values}${renderDiagnostics(row.diagnostics)}</td></tr>`;
}

function renderValue(value: PreviewValue): string {
  const text = escapeHtml(value.text);
  if (value.href === undefined) return text;
  return `<a href="${escapeHtml(value.href)}" rel="noopener noreferrer nofollow">${text}</a>`;
}

const severityOrder: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** Icon and accessible name per severity: plain characters, so no icon font has to load. */
const severityIcons: Readonly<Record<Severity, string>> = {
  error: '\u2716',
  warning: '\u26A0',
  info: '\u2139',
  hint: '\u2605',
};

function worstSeverity(diagnostics: readonly PreviewDiagnostic[]): Severity | undefined {
  return severityOrder.find((severity) => diagnostics.some((diagnostic) => diagnostic.severity === severity));
}

function renderDiagnostics(diagnostics: readonly PreviewDiagnostic[]): string {
  if (diagnostics.length === 0) return '';
  const items = diagnostics.map((diagnostic) =>
    `<li class="diagnostic severity-${diagnostic.severity}"${sourceAttributes([diagnostic.span])}>`
    + `<span class="icon" role="img" aria-label="${diagnostic.severity}" title="${diagnostic.severity}">${severityIcons[diagnostic.severity]}</span> `
    + `<span class="message">${escapeHtml(diagnostic.message)}</span> <code class="rule">${escapeHtml(diagnostic.ruleId)}</code></li>`);
  return `<ul class="diagnostics">${items.join('')}</ul>`;
}

/** Where a click reveals the source: the first span (numbers only, so no escaping question arises). */
function sourceAttributes(spans: readonly Span[]): string {
  const first = spans[0];
  if (!first) return '';
  return ` data-start="${Math.trunc(first.start)}" data-end="${Math.trunc(first.end)}"`;
}
