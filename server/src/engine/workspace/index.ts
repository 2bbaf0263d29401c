// The workspace: the file system behind an interface (disk or memory), the configuration, the
// globs that pick sources and notes, and the source index shared by the CLI and the server.
export * from './config';
export * from './settings';
export * from './fileSystem';
export * from './globs';
export * from './indexer';
export { corpusFingerprint, fileSettingsOf, isKnownFingerprint, probeFingerprint, ProbedFileSystem, walkSources, type KnownFingerprint, type Probe } from './fingerprint';
export { InMemoryFileSystem } from './memoryFileSystem';
export { NodeFileSystem } from './nodeFileSystem';
