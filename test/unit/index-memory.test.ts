// What an index holds for each source, beyond its text, passages and postings (ARCHITECTURE.md, "In
// memory"): with thousands of small files these objects weigh most. A child process indexes 700
// small files (two pieces of compaction) without a cache and writes a heap snapshot; the snapshot
// must hold none of the per-source objects that session 19 took out:
// - a rows object per source in columns (it keeps its records' table and its row number instead);
// - a content key sliced from its 43-character digest (the slice keeps the whole digest);
// - a path made by `+` (a cons string, kept beside the flat one once flattened);
// - metadata with four undefined fields (a source without url, author, date or id holds two);
// - a Map of content keys per piece of compaction (made only when a records file is looked up by key).
// Counted objects, not bytes: the same on any load. (The bytes: `node --expose-gc dist/scale.js
// --child-heap DIR 1`, docs/performance.md.)
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { contentKey } from '../../server/src/engine/persist/sourceRecords';
import { heapChildText } from '../helpers/heapChild';

const SOURCES = 700;

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; edge_fields: string[]; node_types: [string[]]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/** A heap snapshot read as nodes with their outgoing edges. */
class Heap {
  readonly count: number;
  private readonly nf: number;
  private readonly ef: number;
  private readonly firstEdge: Int32Array;
  constructor(private readonly s: Snapshot) {
    this.nf = s.snapshot.meta.node_fields.length;
    this.ef = s.snapshot.meta.edge_fields.length;
    this.count = s.nodes.length / this.nf;
    this.firstEdge = new Int32Array(this.count + 1);
    const ec = s.snapshot.meta.node_fields.indexOf('edge_count');
    for (let i = 0; i < this.count; i++) this.firstEdge[i + 1] = this.firstEdge[i] + s.nodes[i * this.nf + ec] * this.ef;
  }
  type(i: number): string {
    return this.s.snapshot.meta.node_types[0][this.s.nodes[i * this.nf + this.s.snapshot.meta.node_fields.indexOf('type')]];
  }
  name(i: number): string {
    return this.s.strings[this.s.nodes[i * this.nf + this.s.snapshot.meta.node_fields.indexOf('name')]];
  }
  /** The node's edges: their type, name (a property's, an internal field's) and target. */
  edges(i: number): { type: string; name: string; to: number }[] {
    const m = this.s.snapshot.meta;
    const [t, n, to] = ['type', 'name_or_index', 'to_node'].map((f) => m.edge_fields.indexOf(f));
    const out: { type: string; name: string; to: number }[] = [];
    for (let e = this.firstEdge[i]; e < this.firstEdge[i + 1]; e += this.ef) {
      const type = m.edge_types[0][this.s.edges[e + t]];
      const name = type === 'element' || type === 'hidden' ? String(this.s.edges[e + n]) : this.s.strings[this.s.edges[e + n]];
      out.push({ type, name, to: this.s.edges[e + to] / this.nf });
    }
    return out;
  }
  /** The nodes for which `test` holds. */
  where(test: (i: number) => boolean): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.count; i++) if (test(i)) out.push(i);
    return out;
  }
  /** The target of the node's edge named `name`, if it has one. */
  edge(i: number, name: string): number | undefined {
    return this.edges(i).find((e) => e.name === name)?.to;
  }
}

describe('what an index holds per source (a heap snapshot of 700 small sources, no cache)', function () {
  this.timeout(120_000);
  let heap: Heap;
  let dir: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-heap-'));
    fs.mkdirSync(path.join(dir, 'sources'));
    for (let i = 0; i < SOURCES; i++) fs.writeFileSync(path.join(dir, 'sources', `plant_${String(i).padStart(5, '0')}.txt`), heapChildText(i));
    const file = path.join(dir, 'index.heapsnapshot');
    const child = path.resolve(__dirname, '../helpers/heapChild.ts');
    const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', child, path.join(dir, 'sources'), file], { encoding: 'utf8', cwd: path.resolve(__dirname, '../..') });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), String(SOURCES));
    heap = new Heap(JSON.parse(fs.readFileSync(file, 'utf8')) as Snapshot);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('the sources are in the snapshot: one object per source with its path and meta (the count the others are read against)', () => {
    const sources = heap.where((i) => heap.type(i) === 'object' && heap.edge(i, 'meta') !== undefined && heap.edge(i, 'path') !== undefined && heap.edge(i, 'bodyStart') === undefined);
    // (bodyStart is a small integer, not an edge: a source's fields path, key, meta and the accessors)
    assert.ok(sources.length >= SOURCES, `${sources.length} sources found`);
  });

  it('no rows object per source in columns: each keeps its records’ table and its row number', () => {
    const rows = heap.where((i) => heap.type(i) === 'object' && heap.name(i) === 'RecordRows');
    assert.equal(rows.length, 0);
  });

  it('no content key is a slice of its digest', () => {
    const digest = /^[A-Za-z0-9_-]{43}$/;
    const sliced = heap.where((i) => {
      if (heap.type(i) !== 'sliced string') return false;
      const parent = heap.edge(i, 'parent');
      return parent !== undefined && digest.test(heap.name(parent));
    });
    assert.equal(sliced.length, 0);
  });

  it('no source path is a cons string', () => {
    // (a file's path: its folder's and its name, joined; flattened, the folder's part is the whole path)
    const cons = heap.where((i) => {
      if (heap.type(i) !== 'concatenated string') return false;
      const [first, second] = [heap.edge(i, 'first'), heap.edge(i, 'second')];
      return first !== undefined && second !== undefined && heap.name(first).startsWith(dir) && (heap.name(first).endsWith('.txt') || heap.name(second).endsWith('.txt'));
    });
    assert.equal(cons.length, 0);
  });

  it('the metadata of a source without url, author, date or id holds its title and aliases alone', () => {
    const metas = heap.where((i) => heap.type(i) === 'object' && heap.edge(i, 'title') !== undefined && heap.edge(i, 'aliases') !== undefined);
    assert.ok(metas.length >= SOURCES, `${metas.length} metadata objects found`);
    const wide = metas.filter((i) => ['url', 'author', 'date', 'id'].some((k) => heap.edge(i, k) !== undefined));
    assert.equal(wide.length, 0);
  });

  it('no piece of compaction holds a Map (of its content keys, or of its figures’ starts) before one is asked', () => {
    const sets = heap.where((i) => heap.type(i) === 'object' && heap.name(i) === 'RecordSet');
    assert.ok(sets.length >= 2, `${sets.length} record sets found`);
    const withMap = sets.filter((i) => heap.edges(i).some((e) => e.type === 'property' && heap.name(e.to) === 'Map'));
    assert.equal(withMap.length, 0);
  });

  it('the content key is the SHA-256 digest’s first 32 base64url characters, as before (a cache written before is read alike)', () => {
    for (const text of ['', 'Plant number 1 report', 'Prices rose 4% — “quoted” words\u2019 and ünïcode 🎉']) {
      assert.equal(contentKey(text), crypto.createHash('sha256').update(text).digest('base64url').slice(0, 32));
    }
  });
});
