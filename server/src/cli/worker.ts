import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import type { CatalogSettings, DocumentFormat } from '../core/index';
import { type CheckedFile, checkBytes } from './checkText';
import { createCliService } from './service';

/** What every worker is started with (`workerData`). */
export interface WorkerSetup {
  readonly catrecWorker: true;
  readonly settings: CatalogSettings;
  readonly schemaXml: string | undefined;
  readonly fix: boolean;
}

export interface WorkerTask {
  readonly index: number;
  readonly absolutePath: string;
  readonly format: DocumentFormat;
}

export type WorkerReply =
  | { readonly index: number; readonly ok: true; readonly file: CheckedFile }
  | { readonly index: number; readonly ok: false; readonly message: string };

export function isWorkerSetup(data: unknown): data is WorkerSetup {
  return typeof data === 'object' && data !== null && (data as Partial<WorkerSetup>).catrecWorker === true;
}

/** The worker side: checks one file per message, reading it itself so I/O runs in parallel too. */
export function runWorker(setup: WorkerSetup): void {
  const service = createCliService(setup.schemaXml);
  const port = parentPort!;
  port.on('message', (task: WorkerTask) => {
    void readFile(task.absolutePath).then(
      (bytes) => {
        const reply: WorkerReply = { index: task.index, ok: true, file: checkBytes(service, bytes, task.format, setup.settings, setup.fix) };
        port.postMessage(reply);
      },
      (error: Error) => {
        const reply: WorkerReply = { index: task.index, ok: false, message: error.message };
        port.postMessage(reply);
      },
    );
  });
}
