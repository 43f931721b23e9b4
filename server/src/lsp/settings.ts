import type { Connection } from 'vscode-languageserver';
import { type CatalogSettings, defaultSettings, readSettings } from '../core/index';

export const settingsSection = 'catalogRecords';

/** Settings per document, pulled from the client when it supports `workspace/configuration`. */
export class SettingsStore {
  readonly #perDocument = new Map<string, Promise<CatalogSettings>>();
  #global: CatalogSettings = defaultSettings;

  constructor(readonly connection: Connection, readonly canPull: () => boolean) {}

  get(uri: string): Promise<CatalogSettings> {
    if (!this.canPull()) return Promise.resolve(this.#global);
    let settings = this.#perDocument.get(uri);
    if (!settings) {
      settings = this.connection.workspace.getConfiguration({ scopeUri: uri, section: settingsSection })
        .then(readSettings, () => defaultSettings);
      this.#perDocument.set(uri, settings);
    }
    return settings;
  }

  /** A `didChangeConfiguration` push: clients without pull send the settings themselves. */
  changed(pushed: unknown): void {
    this.#perDocument.clear();
    const section = typeof pushed === 'object' && pushed !== null ? (pushed as Record<string, unknown>)[settingsSection] : undefined;
    if (section !== undefined) this.#global = readSettings(section);
  }

  forget(uri: string): void {
    this.#perDocument.delete(uri);
  }

  setGlobal(raw: unknown): void {
    this.#global = readSettings(raw);
  }
}
