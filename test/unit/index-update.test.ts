// A re-index after a few sources changed updates the previous corpus's postings instead of building
// them again (indexer.ts updatePostings); what it makes must be what a full build makes: the same
// postings per term, lengths, figure kinds, names and written forms, and the same verdicts on the
// BBC development note.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkNote } from '../../server/src/engine/check';
import type { Corpus } from '../../server/src/engine/corpus';
import { folderSet, InMemoryFileSystem, SourceIndex, type IndexSettings } from '../../server/src/engine/workspace';

const ROOT = path.resolve(__dirname, '../..');
const BBC = path.resolve(ROOT, '../shared/corpora/bbc-news');
const BBC_NOTE = path.resolve(ROOT, '../shared/eval-dev/bbc/notes.md');
const DIR = '/w/sources';
const settings: IndexSettings = { sets: [folderSet(DIR)], exclude: [], maxSourceSizeKB: 1024 };

/** Everything a check can ask of the postings, by term (ids differ between an update and a build). */
function byTerm(c: Corpus) {
  const ix = c.postingsIndex;
  const terms = new Map<string, string>();
  for (const [term, id] of ix.termIds) {
    const list = Array.from(ix.postings.subarray(ix.offsets[id], ix.offsets[id + 1])).join(',');
    if (list) terms.set(term, `${list}|${c.isName(term)}|df ${ix.df[id]}`);
    else assert.equal(c.has(term) || ix.df[id] !== 0, false, `${term} has no postings, so it is not in the corpus`);
  }
  return {
    terms,
    lengths: Array.from(ix.lengths),
    kindMask: Array.from(ix.kindMask),
    avgdl: ix.avgdl,
    lower: new Map(ix.written.lower),
    capitalisedInside: new Map(ix.written.capitalisedInside),
  };
}

function files(names: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of names) out[path.join(DIR, f)] = fs.readFileSync(path.join(BBC, f), 'utf8');
  return out;
}

describe('incremental index update', function () {
  this.timeout(300000);
  before(function () {
    if (!fs.existsSync(BBC)) this.skip();
  });

  it('a source changed, one removed, one added, one renamed: the updated postings are those of a full build', async () => {
    const names = fs.readdirSync(BBC).filter((f) => f.endsWith('.txt')).sort().slice(0, 300);
    const start = files(names);
    const fsys = new InMemoryFileSystem(start);
    const index = new SourceIndex(fsys, settings);
    assert.equal((await index.update()).postings, 'built');
    const changed = new Set<string>();
    const edit = (p: string, text: string | null) => {
      changed.add(p);
      if (text === null) fsys.delete(p);
      else fsys.write(p, text);
    };
    const p = (i: number) => path.join(DIR, names[i]);
    // a figure and a name changed, a sentence with new words, a whole new word written in lower case
    edit(p(10), start[p(10)].replace(/\d/, '7').replace(/\b([A-Z][a-z]+)\b/, 'Zanzibarian') + '\n\nA quokkafication of 42% was seen.\n');
    edit(p(20), null);
    edit(path.join(DIR, 'zz_new.txt'), 'Added article\n\nThe Quokkafication Board said exports rose 12% to £3.4bn in 2005.\n');
    edit(path.join(DIR, 'aa_renamed.txt'), start[p(30)]);
    edit(p(30), null);
    const r = await index.update({ changed });
    assert.equal(r.postings, 'updated');
    const fresh = new SourceIndex(fsys, settings);
    assert.equal((await fresh.update()).postings, 'built');
    assert.deepEqual(index.corpus.sources.map((s) => s.path), fresh.corpus.sources.map((s) => s.path));
    const a = byTerm(index.corpus);
    const b = byTerm(fresh.corpus);
    assert.ok(a.terms.has('quokkaf') || [...a.terms.keys()].some((t) => t.startsWith('quokka')), 'the new word is indexed');
    assert.deepEqual(a, b);
    for (const w of ['zanzibarian', 'quokkafication', 'the', 'profits']) assert.equal(index.corpus.writtenAs(w), fresh.corpus.writtenAs(w), w);
  });

  it('the BBC development note gets the same verdicts from an updated index as from a full build', async () => {
    if (!fs.existsSync(BBC_NOTE)) return;
    const names = fs.readdirSync(BBC).filter((f) => f.endsWith('.txt')).sort();
    const all = files(names);
    const fsys = new InMemoryFileSystem(all);
    const index = new SourceIndex(fsys, settings);
    await index.update();
    // every fiftieth article saved again, one rewritten, one removed and put back
    const changed = new Set(names.filter((_, i) => i % 50 === 0).map((f) => path.join(DIR, f)));
    const victim = path.join(DIR, names[7]);
    fsys.write(victim, all[victim].replace(/\d+/, (d) => String(Number(d) + 1)));
    changed.add(victim);
    assert.equal((await index.update({ changed })).postings, 'updated');
    fsys.write(victim, all[victim]);
    assert.equal((await index.update({ changed: new Set([victim]) })).postings, 'updated');
    const fresh = new SourceIndex(fsys, settings);
    await fresh.update();
    const note = fs.readFileSync(BBC_NOTE, 'utf8');
    const verdicts = (c: Corpus) => checkNote(note, c).figures.map((f) => `${f.figure.text}:${f.verdict}`);
    const got = verdicts(index.corpus);
    assert.ok(got.length > 150);
    assert.deepEqual(got, verdicts(fresh.corpus));
    assert.deepEqual(byTerm(index.corpus), byTerm(fresh.corpus));
  });
});
