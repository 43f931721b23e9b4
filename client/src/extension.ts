import * as path from 'node:path';
import type { ExtensionContext } from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { registerRecordPreview } from './preview/recordPreview';

let client: LanguageClient | undefined;

/** Starts the language server; everything about catalogs lives there. */
export async function activate(context: ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'vufind-record' }],
    synchronize: { configurationSection: 'catalogRecords' },
  };
  client = new LanguageClient('catalogRecords', 'Catalog Records', serverOptions, clientOptions);
  await client.start();
  registerRecordPreview(context, client);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
