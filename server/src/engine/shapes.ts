// Object shapes kept for the life of the process: one object of each kind of a build's short-lived
// scratch objects, never used. V8 gives an object made by a class a hidden class reached from the
// class's first one by transitions, one per field, and holds those transitions weakly: once the
// last object of the shape is gone, a collection drops the shape and throws away every optimized
// function compiled for it ("weak objects"), to be compiled again at the next build. A build's
// figure scans (`Scan`, `CodeSpans`, one per source) and its postings scan (`ScanState` and its
// `RawWords`) are all gone once it is done, so each build of an index — every run of the bench's
// loop, a language server's index made again — compiled the extractor and the scan again (`node
// --trace-opt`: some 65 functions a build of bbc-news, ~0.3 s of compiler threads). With one object
// of each kept here the shapes outlive the builds (the objects are never read or written).
import { CodeSpans } from './figures/code';
import { Scan } from './figures/scan';
import { ScanState } from './indexer';

/**
 * One object of each shape (see above), frozen, its objects never read or written. Held by the global
 * object under a symbol of this module's own: a module-level constant nothing reads would live only
 * while the module is being evaluated (V8 keeps a variable no function refers to on the stack, and
 * a bundler drops an export nothing imports), so the shapes would die all the same.
 */
export const KEPT_SHAPES: readonly object[] = Object.freeze([new Scan('', 0, 0), new CodeSpans('', 0, 0), new ScanState(new Map(), new Int32Array(0), 0, 1, 0)]);
Object.defineProperty(globalThis, Symbol('grounded: kept shapes'), { value: KEPT_SHAPES });
