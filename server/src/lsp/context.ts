// What every feature handler gets: the server state, the open documents and the client's
// capabilities. server.ts builds one over the real connection; tests build one over an in-memory
// workspace and call the handlers directly.
import type { InitializeParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerState } from './state';

/** The documents open in the editor (vscode-languageserver's TextDocuments fits). */
export interface OpenDocuments {
  get(uri: string): TextDocument | undefined;
  all(): TextDocument[];
}

/** What the client declared it supports, as far as the server cares. */
export interface ClientCaps {
  configuration: boolean;
  progress: boolean;
  linkSupport: boolean;
  related: boolean;
  dynamicConfig: boolean;
  workspaceFolders: boolean;
}

export function clientCaps(c: InitializeParams['capabilities'] = {}): ClientCaps {
  return {
    configuration: !!c.workspace?.configuration,
    progress: !!c.window?.workDoneProgress,
    linkSupport: !!c.textDocument?.definition?.linkSupport,
    related: !!c.textDocument?.publishDiagnostics?.relatedInformation,
    dynamicConfig: !!c.workspace?.didChangeConfiguration?.dynamicRegistration,
    workspaceFolders: !!c.workspace?.workspaceFolders,
  };
}

export interface FeatureContext {
  state: ServerState;
  documents: OpenDocuments;
  caps: ClientCaps;
}
