import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from '../lsp/server';

// The bundle sits in dist/; the rule pages ship beside it in docs/rules/.
const ruleDocsBase = pathToFileURL(path.join(__dirname, '..', 'docs', 'rules')).href;

// createConnection picks the transport from argv: --stdio, --node-ipc or --socket=<port>.
startServer(createConnection(ProposedFeatures.all), { ruleDocsBase });
