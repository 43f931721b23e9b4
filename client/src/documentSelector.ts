import * as vscode from 'vscode';

/** `.record` files, and the Solr JSON/XML files the settings name (they keep their own json/xml language). */
export function catalogDocumentSelector(): Array<{ language: string } | { scheme: string; pattern: string }> {
  const configuration = vscode.workspace.getConfiguration('catalogRecords');
  const patterns = [
    ...configuration.get<string[]>('solrJson.include', ['**/*.solr.json', '**/*.solr.jsonl']),
    ...configuration.get<string[]>('solrXml.include', ['**/*.solr.xml']),
  ];
  return [{ language: 'vufind-record' }, ...patterns.map((pattern) => ({ scheme: 'file', pattern }))];
}

export function isCatalogDocument(document: vscode.TextDocument): boolean {
  return vscode.languages.match(catalogDocumentSelector(), document) > 0;
}
