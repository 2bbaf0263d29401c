// The wrong-source search frames first the candidates whose text shows a trace of every name of the
// note's sentence (check/nameReach.ts), and names no source when none of them could be named: the
// test on the text is never false where `align` finds every name within a source figure's reach
// (namesMissingWide 0) — over the frames of BBC articles (or the project's example sources) and
// names drawn from what they reach: their words and lemmas, acronyms their names spell, names a
// letter apart, compounds, a run's last word after a title — and it is false where a name leaves
// no trace; a check whose other sources cannot reach the note's name frames none of them and names
// none, and one whose other source can still names it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { align, spellingSlip } from '../../server/src/engine/check/alignment';
import { checkNote } from '../../server/src/engine/check';
import { LemmaForms, NameReach } from '../../server/src/engine/check/nameReach';
import { Corpus } from '../../server/src/engine/corpus';
import { SourceFrames, type FrameSide } from '../../server/src/engine/frames/sourceFrames';
import { buildSource } from '../../server/src/engine/sources';
import type { Passage, Source } from '../../server/src/engine/types';
import { resultOf } from './check-helpers';

const BBC = path.resolve(__dirname, '../../../shared/corpora/bbc-news');
const EXAMPLES = path.resolve(__dirname, '../../examples/sources');

const forms = new LemmaForms();
const reach = (names: string[], source: Source, p: Passage, leads?: Map<string, string>) => new NameReach(names, leads, forms).mayReachAll(source, p);

/** Names a letter apart from y (5 letters or more, the first kept): one changed, dropped, added. */
function slipsOf(y: string): string[] {
  const mid = y.length >> 1;
  return [y.slice(0, mid) + (y[mid] === 'q' ? 'x' : 'q') + y.slice(mid + 1), y.slice(0, -1), y.slice(0, 2) + 'z' + y.slice(2)].filter((x) => x.length >= 5 && spellingSlip(x, y));
}

/** Acronyms the initials of 3 to 6 consecutive names spell. */
function acronymsOf(names: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.min(names.length, 12); i++) for (let n = 3; n <= 6 && i + n <= names.length; n++) out.push(names.slice(i, i + n).map((x) => x[0]).join(''));
  return out;
}

describe('a trace of every name in a source figure’s text (nameReach.ts)', () => {
  it('is never missing where align finds every name of the note within the figure’s reach, whatever route it reaches it by', function () {
    this.timeout(60000);
    const dir = fs.existsSync(BBC) ? BBC : EXAMPLES;
    const texts = fs.readdirSync(dir).sort().filter((f) => /\.(txt|md)$/.test(f)).slice(0, 40).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    const corpus = new Corpus(texts.map((t, i) => buildSource(i, `/ws/sources/${i}.txt`, t)));
    const frames = new SourceFrames(corpus);
    const counts = { reached: 0, acronym: 0, slip: 0, compound: 0, head: 0 };
    for (const src of corpus.sources)
      for (const p of src.passages.slice(0, 10))
        for (const f of p.figures.slice(0, 2)) {
          const side = frames.side(p, f)!;
          const s = side.frame;
          const wide = [...side.referableWide!];
          // each candidate name as the note's sole name, in a frame align does not block (the source's own, without its subject)
          const check = (x: string, kind: keyof typeof counts, leads?: Map<string, string>) => {
            const note: FrameSide = { frame: { ...s, names: [x], subject: [], placeAfter: undefined, placeBefore: undefined, partner: undefined, leads }, referable: new Set(), inheritedPeriod: {} };
            const a = align(note, side, () => 1, frames.lex);
            if (a.blocked || a.namesMissingWide !== 0) return;
            counts[kind]++;
            assert.ok(reach([x], src, p, leads), `"${x}" reached by ${kind} in "${src.text.slice(p.start, p.end)}", no trace found`);
          };
          for (const x of wide) check(x, 'reached');
          for (const x of acronymsOf(s.names)) check(x, 'acronym');
          for (const y of s.names) for (const x of slipsOf(y)) check(x, 'slip');
          for (let k = 0; k + 1 < wide.length && k < 6; k++) check(`${wide[k]}-${wide[k + 1]}`, 'compound');
          // a name led into a run whose last word follows a title ("Jane Hutt" / "Ms Hutt")
          if (s.titled) for (const h of s.titled) check('zqxjane', 'head', new Map([['zqxjane', h]]));
        }
    // (the project's example sources, where the BBC corpus is absent — as in Stryker's sandbox, two folders deeper — reach fewer names)
    assert.ok(counts.reached > (dir === BBC ? 1000 : 500), `names reached: ${JSON.stringify(counts)}`);
    assert.ok(counts.acronym > 0 && counts.slip > 0 && counts.compound > 0, `routes tried: ${JSON.stringify(counts)}`);
    if (dir === BBC) assert.ok(counts.head > 0, `routes tried: ${JSON.stringify(counts)}`);
  });

  it('finds the traces of lemmas, nationalities, acronyms and misspellings, and none of a name the text does not reach', () => {
    const corpus = new Corpus([
      buildSource(0, '/ws/sources/a.txt', 'Farm report\n\nThe mice ate 350,000 tonnes of grain.\n\nScottish women sold 41,000 sheep to International Business Machines.\n\nKen Follet wrote 12 books.\n'),
    ]);
    const src = corpus.sources[0];
    const [mice, women, follet] = src.passages.filter((p) => p.figures.length > 0);
    assert.ok(reach(['mouse'], src, mice), 'an exception of WordNet’s: mice → mouse');
    assert.ok(reach(['grain', 'report'], src, mice), 'a word of the passage and one of the title');
    assert.ok(reach(['scotland', 'woman'], src, women), 'a nationality’s country, and a lemma by rule');
    assert.ok(reach(['ibm'], src, women), 'an acronym the sentence’s capitals spell');
    assert.ok(reach(['mouse'], src, women), 'a passage before in the reach');
    assert.ok(reach(['follett'], src, follet), 'a name a letter apart');
    assert.equal(reach(['acme'], src, women), false);
    assert.equal(reach(['scotland', 'acme'], src, women), false, 'every name must leave a trace');
    assert.equal(reach(['xyz'], src, women), false, 'an acronym whose letters no capital starts');
    assert.equal(reach(['follett'], src, mice), false, 'a misspelling is sought in the figure’s own sentence only');
  });
});

describe('the wrong-source search names no source when no candidate with a trace of every name could be named', () => {
  const FILES: Record<string, string> = {
    'college.txt': 'College review\n\nThe online college closed last year after enrolling only 700 students.\n',
  };
  for (let k = 0; k < 6; k++) FILES[`noise${k}.txt`] = `Harbour works ${k}\n\nThe quay was rebuilt by the council.\n\nThe council paid a bonus of £38,217 to its staff in 2001.\n`;

  function run(files: Record<string, string>, note: string) {
    const corpus = new Corpus(Object.entries(files).map(([p, text], i) => buildSource(i, `/ws/sources/${p}`, text)));
    const proto = SourceFrames.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
    const saved = proto.framesOf;
    const framed = new Set<string>();
    proto.framesOf = function (this: SourceFrames, ...a: unknown[]) {
      framed.add(corpus.sources[(a[0] as Passage).source].key);
      return saved.apply(this, a);
    };
    try {
      return { r: checkNote(note, corpus), framed: [...framed].sort() };
    } finally {
      proto.framesOf = saved;
    }
  }

  it('other sources stating the value without the note’s name: none named, none of them framed', () => {
    const { r, framed } = run(FILES, 'In 2001 Mr Hale was paid a bonus of £38,217 by the online college [@college].\n');
    assert.equal(resultOf(r, '£38,217').wrongSource, undefined);
    assert.equal(resultOf(r, '£38,217').verdict, 'unverified');
    assert.deepEqual(framed.filter((k) => k.startsWith('noise')), []);
  });

  it('one of them naming the note’s person: it is named, as before', () => {
    const files = { ...FILES, 'pay.txt': 'Pay row\n\nMr Hale joined the board in May.\n\nIn 2001 Mr Hale was paid a bonus of £38,217 by the online college.\n' };
    const { r, framed } = run(files, 'In 2001 Mr Hale was paid a bonus of £38,217 by the online college [@college].\n');
    assert.equal(resultOf(r, '£38,217').wrongSource?.source.key, 'pay');
    assert.ok(framed.includes('pay'));
  });
});
