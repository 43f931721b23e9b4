import type { Position } from 'vscode-languageserver-types';
import { type CatalogService, WorkspaceRecordIndex, createCatalogService } from '../../server/src/core/index';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { stripMarkers } from './markers';

/** A service over an in-memory workspace holding `files` (uri → `.record` text). */
export function serviceWith(files: Readonly<Record<string, string>> = {}): { service: CatalogService; workspace: WorkspaceRecordIndex } {
  const workspace = new WorkspaceRecordIndex();
  const service = createCatalogService({ workspace, ruleDocsBase: 'https://docs.example/rules' });
  for (const [uri, text] of Object.entries(files)) workspace.setDocument(uri, service.parse(text));
  return { service, workspace };
}

/** Parses marked text; `position` is where `‸` stood. */
export function atCursor(service: CatalogService, marked: string) {
  const { text, cursor, spans } = stripMarkers(marked);
  if (cursor === undefined) throw new Error(`no ‸ in ${JSON.stringify(marked)}`);
  const document = service.parse(text);
  const index = new LineIndex(text);
  const position: Position = index.positionAt(cursor);
  return { text, document, position, spans, index };
}
