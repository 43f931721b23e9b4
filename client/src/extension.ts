import * as path from 'node:path';
import { type CodeLens, type ExtensionContext, Uri } from 'vscode';
import {
  LanguageClient, type LanguageClientOptions, type Location, type Position, type ServerOptions, TransportKind,
} from 'vscode-languageclient/node';
import { registerConversions } from './convert';
import { catalogDocumentSelector } from './documentSelector';
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
    documentSelector: catalogDocumentSelector(),
    synchronize: { configurationSection: 'catalogRecords' },
    middleware: {
      // The server sends showReferences arguments as JSON (uri, position, locations); VS Code's command wants its own types.
      provideCodeLenses: async (document, token, next) => (await next(document, token))?.map(withEditorArguments),
    },
  };
  client = new LanguageClient('catalogRecords', 'Catalog Records', serverOptions, clientOptions);
  await client.start();
  registerRecordPreview(context, client);
  registerConversions(context, client);
}

function withEditorArguments(lens: CodeLens): CodeLens {
  const args = lens.command?.arguments;
  if (!client || lens.command?.command !== 'editor.action.showReferences' || typeof args?.[0] !== 'string') return lens;
  const converter = client.protocol2CodeConverter;
  const locations = args[2] as Location[];
  lens.command.arguments = [Uri.parse(args[0]), converter.asPosition(args[1] as Position), locations.map((location) => converter.asLocation(location))];
  return lens;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
