import type { Connection } from 'vscode-languageserver';

/** Runs a handler; a throw is logged and answered with `fallback`, so one bad request never stops the server. */
export function runSafe<T>(connection: Connection, what: string, fallback: T, handler: () => T): T {
  try {
    return handler();
  } catch (error) {
    connection.console.error(`${what} failed: ${describeError(error)}`);
    return fallback;
  }
}

export function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
