// Index work off the request thread: postings made in a worker thread (workerPostings.ts), from
// jobs that cross as plain data (postingsJob.ts); postingsThread.ts is the worker's entry.
// A first index's sources built on several threads: workerExtraction.ts (extractJob.ts, extractThread.ts).
export { IN_PROCESS_POSTINGS, makePostings, type PostingsJob, type PostingsMaker, type PostingsUpdate } from './postingsJob';
export { spawnIndexWorker, WorkerPostings, type WorkerPostingsHooks } from './workerPostings';
export { corpusPostings, type SourceChange } from './corpusPostings';
export { InProcessExtraction, inProcessExtraction, WorkerExtraction, type SourceExtractor } from './workerExtraction';
