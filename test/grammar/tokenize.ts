import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createOnigScanner, createOnigString, loadWASM } from 'vscode-oniguruma';
import { type IGrammar, INITIAL, Registry, type StateStack, parseRawGrammar } from 'vscode-textmate';

/** Tokenizes `.record` text with the committed grammar and the TextMate engine VS Code itself uses. */

const root = path.resolve(__dirname, '../..');
export const grammarFile = path.join(root, 'syntaxes/vufind-record.tmLanguage.json');
const rootScope = 'source.vufind-record';

export interface Token {
  /** 1-based line and column, as an editor shows them. */
  readonly line: number;
  readonly column: number;
  readonly text: string;
  /** Innermost last, without the root scope. */
  readonly scopes: readonly string[];
}

let grammar: Promise<IGrammar> | undefined;

async function loadGrammar(): Promise<IGrammar> {
  await loadWASM(readFileSync(path.join(root, 'node_modules/vscode-oniguruma/release/onig.wasm')));
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner, createOnigString }),
    loadGrammar: async (scopeName) =>
      scopeName === rootScope ? parseRawGrammar(readFileSync(grammarFile, 'utf8'), grammarFile) : null,
  });
  const loaded = await registry.loadGrammar(rootScope);
  if (!loaded) throw new Error(`${grammarFile} did not load`);
  return loaded;
}

/** Splits text into lines as VS Code's text model does: the UTF-8 BOM is dropped on load, CR LF, LF and CR end lines. */
export function editorLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
}

export async function tokenize(text: string): Promise<Token[]> {
  grammar ??= loadGrammar();
  const loaded = await grammar;
  const tokens: Token[] = [];
  let state: StateStack = INITIAL;
  editorLines(text).forEach((lineText, index) => {
    const result = loaded.tokenizeLine(lineText, state);
    for (const token of result.tokens) {
      const tokenText = lineText.slice(token.startIndex, token.endIndex);
      if (tokenText === '') continue;
      tokens.push({ line: index + 1, column: token.startIndex + 1, text: tokenText, scopes: token.scopes.filter((scope) => scope !== rootScope) });
    }
    state = result.ruleStack;
  });
  return tokens;
}

/** One token a line: `line:column "text" → scopes`, the readable form of the grammar snapshots. */
export function renderTokens(tokens: readonly Token[]): string {
  return tokens.map((token) => `${token.line}:${token.column} ${JSON.stringify(token.text)} → ${token.scopes.join(' ') || '(none)'}`).join('\n') + '\n';
}

/** The token that covers the first occurrence of `text` on `line`. */
export function tokenAt(tokens: readonly Token[], line: number, column: number): Token | undefined {
  return tokens.find((token) => token.line === line && token.column <= column && column < token.column + token.text.length);
}
