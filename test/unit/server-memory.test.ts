// What the language server's process holds besides its index (docs/performance.md, Session 21):
// - its bundle's text, which V8 keeps for the process's life: written in ASCII only
//   (scripts/ascii-bundle.mjs), it is a one-byte string (3.7 MB for dist/server.js), not a two-byte
//   one twice that size; the escapes must mean what the characters meant;
// - the index worker's nursery, capped (INDEX_WORKER_YOUNG_GENERATION_MB) instead of V8's 48 MB
//   default, which an idle worker kept committed;
// - a check's claim-frame tokens in six fields (frames/tokens.ts Token), not nine: a heap snapshot
//   of a child's tokens measures each.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import * as esbuild from 'esbuild';
import { INDEX_WORKER_YOUNG_GENERATION_MB, spawnIndexWorker } from '../../server/src/engine/workers/workerPostings';

type AsciiModule = { asciiOnly(code: string, file?: string): string; asciiBundle: esbuild.Plugin };
const ascii = (): Promise<AsciiModule> => import(path.resolve(__dirname, '../../scripts/ascii-bundle.mjs'));

/** A module whose regular expressions, strings and comments hold non-ASCII characters (BMP and astral). */
const SAMPLE = [
  '/** A range written with an en dash or a minus: “3–5”, “−2” … 🪦 */',
  'export const range = (s: string): boolean => /^\\d+\\s*[-–−]\\s*\\d+$/.test(s);',
  "export const ellipsis = (s: string): string[] => s.split(/\\s*(?:\\.\\.\\.|…)\\s*/);",
  "export const quoted = (s: string): string => s.replace(/[“”]/g, '\"');",
  "export const pound = '£';",
  'export const astral = (s: string): boolean => /^[🪦-🪪]$/u.test(s);',
  'export const words = (s: string): string[] => s.split(/[^\\p{L}’]+/u).filter(Boolean);',
].join('\n');

function nonAscii(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) n++;
  return n;
}

describe('the server process beyond its index: the bundle in ASCII, the index worker a small nursery', function () {
  this.timeout(60_000);

  it('asciiOnly escapes every character above 0x7F, and the escaped code means the same', async () => {
    const { asciiOnly } = await ascii();
    const code = "const r = /[-–]/; const s = '…'; // 🪦\nmodule.exports = { r, s, u: /^.$/u.test('🪦') };";
    const out = asciiOnly(code);
    assert.equal(nonAscii(out), 0);
    assert.ok(out.includes('\\u2013') && out.includes('\\u2026') && out.includes('\\ud83e\\udea6'));
    const run = (c: string) => {
      const m = { exports: {} as { r: RegExp; s: string; u: boolean } };
      new Function('module', c)(m);
      return m.exports;
    };
    const [a, b] = [run(code), run(out)];
    assert.equal(b.s, a.s);
    assert.equal(b.u, true);
    for (const t of ['a-b', 'a–b', 'a—b']) assert.equal(b.r.test(t), a.r.test(t), t);
    // ASCII only: the same string back
    assert.equal(asciiOnly('const x = 1;\n'), 'const x = 1;\n');
  });

  it('asciiOnly refuses a backslash right before such a character (its escape would read otherwise)', async () => {
    const { asciiOnly } = await ascii();
    assert.throws(() => asciiOnly('const r = /\\–/;', 'x.js'), /backslash/);
  });

  it('a bundle built with the plugin is ASCII only and behaves as its source', async () => {
    const { asciiBundle } = await ascii();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-ascii-'));
    try {
      const entry = path.join(dir, 'sample.ts');
      fs.writeFileSync(entry, SAMPLE);
      await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', outdir: path.join(dir, 'out'), sourcemap: 'linked', logLevel: 'silent', plugins: [asciiBundle] });
      const text = fs.readFileSync(path.join(dir, 'out', 'sample.js'), 'utf8');
      assert.equal(nonAscii(text), 0, 'the bundle holds non-ASCII characters');
      assert.ok(fs.existsSync(path.join(dir, 'out', 'sample.js.map')), 'the source map is written too');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const m = require(path.join(dir, 'out', 'sample.js'));
      assert.equal(m.range('3–5'), true);
      assert.equal(m.range('3−5'), true);
      assert.equal(m.range('3—5'), false);
      assert.deepEqual(m.ellipsis('one … two...three'), ['one', 'two', 'three']);
      assert.equal(m.quoted('“a”'), '"a"');
      assert.equal(m.pound, '£');
      assert.equal(m.astral('🪨'), true);
      assert.equal(m.astral('a'), false);
      assert.deepEqual(m.words('Ann’s café, Zoë'), ['Ann’s', 'café', 'Zoë']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the index worker starts with a capped young generation and no cap on its old one', async () => {
    const w = spawnIndexWorker();
    try {
      await new Promise((resolve, reject) => {
        w.once('online', resolve);
        w.once('error', reject);
      });
      const limits = w.resourceLimits!;
      assert.equal(limits.maxYoungGenerationSizeMb, INDEX_WORKER_YOUNG_GENERATION_MB);
      assert.ok(INDEX_WORKER_YOUNG_GENERATION_MB < 48);
      // the old generation as a worker without limits has it (a big corpus's postings must fit)
      assert.ok(limits.maxOldGenerationSizeMb! >= 2048, `old generation capped at ${limits.maxOldGenerationSizeMb} MB`);
    } finally {
      await w.terminate();
    }
  });

  it("a claim frame's token is an object of six fields (72 bytes), whatever its kind", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grounded-tokens-'));
    try {
      const file = path.join(dir, 'tokens.heapsnapshot');
      const child = path.resolve(__dirname, '../helpers/tokenHeapChild.ts');
      const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', child, file], { encoding: 'utf8', cwd: path.resolve(__dirname, '../..') });
      assert.equal(r.status, 0, r.stderr);
      const made = Number(r.stdout.trim());
      const snap = JSON.parse(fs.readFileSync(file, 'utf8')) as {
        snapshot: { meta: { node_fields: string[]; edge_fields: string[]; node_types: [string[]]; edge_types: [string[]] } };
        nodes: number[];
        edges: number[];
        strings: string[];
      };
      const m = snap.snapshot.meta;
      const [nf, ef] = [m.node_fields.length, m.edge_fields.length];
      const [type, size, edgeCount] = ['type', 'self_size', 'edge_count'].map((f) => m.node_fields.indexOf(f));
      const [eType, eName] = ['type', 'name_or_index'].map((f) => m.edge_fields.indexOf(f));
      const object = m.node_types[0].indexOf('object');
      const property = m.edge_types[0].indexOf('property');
      // a token: an object with `low`, `lemma` and `concept` properties
      const sizes: number[] = [];
      for (let i = 0, e = 0; i < snap.nodes.length; i += nf) {
        const names = new Set<string>();
        const n = snap.nodes[i + edgeCount];
        for (let k = 0; k < n; k++, e += ef) if (snap.edges[e + eType] === property) names.add(snap.strings[snap.edges[e + eName]]);
        if (snap.nodes[i + type] === object && names.has('low') && names.has('lemma') && names.has('concept')) sizes.push(snap.nodes[i + size]);
      }
      assert.ok(made > 40, `${made} tokens`);
      assert.ok(sizes.length >= made, `${sizes.length} token objects in the snapshot for ${made} tokens`);
      // 6 fields of 8 bytes and a 24-byte header (Node is built without pointer compression); 9 fields made 96
      assert.ok(Math.max(...sizes) <= 72, `token objects of ${[...new Set(sizes)].sort().join(', ')} bytes`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
