// Types for code-server.mjs (used by test/e2e/ui.test.ts).
import type { Browser } from 'playwright-core';

export const REPO_ROOT: string;
export const CACHE_DIR: string;
export const NODE24: string;
export const CODE_SERVER_ENTRY: string;
export const CHROMIUM: string;
export const CHROMIUM_ARGS: string[];
export const DEFAULT_SETTINGS: Record<string, unknown>;

export interface CodeServer {
  port: number;
  /** http://127.0.0.1:PORT */
  base: string;
  /** 127.0.0.1:PORT, the vscode-remote authority */
  authority: string;
  pid: number | undefined;
  tmpDir: string;
  userDataDir: string;
  extensionsDir: string;
  logFile: string;
  /** Kills the whole process group (SIGTERM then SIGKILL). */
  stop(): void;
}

export interface StartOptions {
  workspace?: string;
  userDataDir?: string;
  extensionsDir?: string;
  tmpDir?: string;
  settings?: Record<string, unknown>;
  smokeTestDriver?: boolean;
  log?: (s: string) => void;
}

export function missingPrerequisite(): string | undefined;
export function freePort(): Promise<number>;
export function copyToTemp(src: string, prefix?: string): string;
export function installExtensionCopy(extensionsDir: string, repo?: string): string;
export function startCodeServer(opts?: StartOptions): Promise<CodeServer>;
export function tail(file: string, lines?: number): string;
export function launchChromium(): Promise<Browser>;
export function workbenchUrl(server: CodeServer, folder: string, payload?: [string, string][]): string;
export function remoteUri(server: CodeServer, p: string): string;
