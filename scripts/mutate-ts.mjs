// One TypeScript language service over server/tsconfig.json that says whether a file still compiles
// with a mutant applied, as Stryker's TypeScript checker would class it (used by
// scripts/mutate-typecheck.mjs and scripts/mutate-sample.mjs).
import path from 'node:path';
import ts from 'typescript';

/**
 * A checker: `errorsWith(file, text)` gives the compile errors of `file` (absolute) read as `text`;
 * the caller compares them with the errors of the original text (a file may have some that every
 * mutant shares). Only that file is checked, not the files that import it.
 */
export function createMutantChecker(tsconfig = 'server/tsconfig.json') {
  const configPath = path.resolve(tsconfig);
  // as Stryker's checker: unused names and unreachable code are no compile errors here
  const overrides = { allowUnreachableCode: true, noUnusedLocals: false, noUnusedParameters: false, noEmit: true };
  const config = ts.getParsedCommandLineOfConfigFile(configPath, overrides, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')); } });
  /** file → [text, version]: the service reads the mutated text of one file at a time */
  const texts = new Map();
  const host = {
    getCompilationSettings: () => config.options,
    getScriptFileNames: () => config.fileNames,
    getScriptVersion: (f) => String(texts.get(path.resolve(f))?.[1] ?? 0),
    getScriptSnapshot: (f) => {
      const t = texts.get(path.resolve(f))?.[0] ?? ts.sys.readFile(f);
      return t === undefined ? undefined : ts.ScriptSnapshot.fromString(t);
    },
    getCurrentDirectory: () => process.cwd(),
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  const service = ts.createLanguageService(host, ts.createDocumentRegistry());
  let version = 0;
  return {
    errorsWith(file, text) {
      texts.set(file, [text, ++version]);
      const d = [...service.getSyntacticDiagnostics(file), ...service.getSemanticDiagnostics(file)].filter((x) => x.category === ts.DiagnosticCategory.Error);
      return d.map((x) => ts.flattenDiagnosticMessageText(x.messageText, ' '));
    },
    /** Back to the file as it is on disk. */
    reset(file) {
      texts.delete(file);
    },
  };
}

/** Start offset of every line of `text`. */
export function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}
