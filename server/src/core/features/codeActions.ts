import { type CodeAction, CodeActionKind, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import type { RecordDocument, TextChange } from '../model/document';
import { ruleById } from '../rules/index';
import type { TextLines } from '../text/lineIndex';
import { lineIndexOf, rangeToSpan, spanToRange } from '../text/positions';
import { minimalChange } from './changes';
import { diagnosticSource } from './diagnostics';

export const fixAllKind = `${CodeActionKind.SourceFixAll}.${diagnosticSource}`;

export interface CodeActionRequest {
  readonly document: RecordDocument;
  readonly uri: string;
  /** The diagnostics the editor sends back; only ours (by source and code) are fixed. */
  readonly diagnostics: readonly Diagnostic[];
  /** `context.only` of the request: undefined means every kind. */
  readonly only?: readonly string[];
  /** The editor asked by itself (as the cursor moves), not because the user did. */
  readonly automatic?: boolean;
  /** The whole fixed text, computed only when a fix-all action is wanted. */
  readonly fixAll: () => string;
}

/** Quick fixes for the given diagnostics, and the fix-all source action. */
export function getCodeActions(request: CodeActionRequest): CodeAction[] {
  const index = lineIndexOf(request.document);
  const actions: CodeAction[] = [];
  if (wants(request.only, CodeActionKind.QuickFix)) {
    for (const diagnostic of request.diagnostics) actions.push(...quickFixes(request, index, diagnostic));
  }
  // Fix-all rewrites the whole document (seconds in a 50,000-record file), and editors list source actions only
  // when asked for them: a request the editor makes by itself as the cursor moves gets it only by naming its kind.
  if (wants(request.only, fixAllKind) && !(request.automatic && request.only === undefined)) {
    const fixed = request.fixAll();
    if (fixed !== request.document.text) {
      actions.push({
        title: 'Fix all safe Catalog Records problems',
        kind: fixAllKind,
        edit: { changes: { [request.uri]: [toTextEdit(index, minimalChange(request.document.text, fixed))] } },
      });
    }
  }
  return actions;
}

function quickFixes(request: CodeActionRequest, index: TextLines, diagnostic: Diagnostic): CodeAction[] {
  if (diagnostic.source !== diagnosticSource || typeof diagnostic.code !== 'string') return [];
  const rule = ruleById(diagnostic.code);
  if (!rule?.fix) return [];
  const data = isRecord(diagnostic.data) ? diagnostic.data : {};
  const fixes = rule.fix({ span: rangeToSpan(index, diagnostic.range), data, document: request.document });
  return fixes.map((fix) => ({
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: fix.preferred ?? false,
    edit: { changes: { [request.uri]: fix.changes.map((change) => toTextEdit(index, change)) } },
  }));
}

function wants(only: readonly string[] | undefined, kind: string): boolean {
  return only === undefined || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}

function toTextEdit(index: TextLines, change: TextChange): TextEdit {
  return { range: spanToRange(index, change.span), newText: change.newText };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
