// Re-checking an edited note keeps the judgments of the figures an edit cannot change
// (engine/check/reuse.ts): the figures of untouched paragraphs are not judged again, those of the
// edited paragraph are, and the report is the one a fresh check gives — the figures' verdicts,
// evidence, fixes and frames, and the diagnostics — whatever the edit. Store work is counted through
// a proxy of the corpus. And the store keeps the "did you mean" suggestions of unknown citation
// keys, which a re-check asks for again.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkNote, CheckOptions, NoteReport } from '../../server/src/engine/check';
import { CitationResolver } from '../../server/src/engine/check/citations';
import { MAX_KEPT_KEY_SUGGESTIONS } from '../../server/src/engine/check/policy';
import { Retrieval } from '../../server/src/engine/check/retrieval';
import { Corpus } from '../../server/src/engine/corpus';
import { buildSource } from '../../server/src/engine/sources';
import type { PassageStore } from '../../server/src/engine/store';
import { requirePrerequisite } from '../prerequisites';

const SOURCES: Record<string, string> = {
  'kellmouth.md': '---\nid: kellmouth\n---\n\nThe port of Kellmouth handled 41,300 containers in 2021, up 6% on the year before.\n\nIts operator, Tidewell, employs 820 dock workers.\n',
  'brannock.md': '---\nid: brannock\n---\n\nGrowers in the Brannock valley picked 9,600 tonnes of apples in 2022.\n\nThe valley has 140 orchards.\n',
};

const NOTE = [
  '# Two places',
  '',
  'Kellmouth handled 41,300 containers in 2021 [@kellmouth]. Tidewell employs 820 dock workers.',
  '',
  'Growers in the Brannock valley picked 9,600 tonnes of apples in 2022 [@brannock].',
  '',
  'The valley has 150 orchards [@brannock].',
  '',
].join('\n');

function corpusOf(files: Record<string, string>): Corpus {
  return new Corpus(Object.entries(files).map(([p, text], i) => buildSource(i, `/ws/sources/${p}`, text)));
}

/** The corpus behind a proxy that counts the figure retrievals asked of it since the last `asked()` (one or more per figure judged). */
function counted(corpus: Corpus): { store: PassageStore; asked: () => number } {
  let n = 0;
  const store = new Proxy(corpus, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      if (prop === 'figureCandidates' && typeof v === 'function') {
        return (...args: unknown[]) => {
          n++;
          return (v as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return typeof v === 'function' ? v.bind(target) : v;
    },
  }) as unknown as PassageStore;
  return {
    store,
    asked: () => {
      const was = n;
      n = 0;
      return was;
    },
  };
}

/** What a report says, as plain data: each figure's place, verdict, evidence, fixes and frames, and the diagnostics. */
function said(r: NoteReport): string {
  const plain = (_k: string, v: unknown) => (v instanceof Map ? [...v] : v instanceof Set ? [...v] : v);
  return JSON.stringify(
    {
      figures: r.figures.map((x) => [x.figure.start, x.figure.end, x.figure.text, x.verdict, x.evidence.map((e) => [e.source.index, e.start, e.end, e.score]), x.fixes, x.wrongSource && [x.wrongSource.source.index, x.wrongSource.start], x.frame, x.sourceFrame]),
      diagnostics: r.diagnostics,
    },
    plain,
  );
}

function apply(text: string, at: string, replacement: string): string {
  const i = text.indexOf(at);
  assert.ok(i >= 0, `no "${at}" in the note`);
  return text.slice(0, i) + replacement + text.slice(i + at.length);
}

/** As the language server checks a note: keeping its judgments for the next check. */
const KEEP = { keepJudgments: true } as const;

describe('engine: re-checking an edited note keeps the judgments an edit cannot change', () => {
  const corpus = corpusOf(SOURCES);

  it('a check keeps its judgments only when asked (the CLI checks each note once)', () => {
    assert.equal(checkNote(NOTE, corpus).judgments, undefined);
    assert.ok(checkNote(NOTE, corpus, KEEP).judgments);
  });

  it('an edit of one paragraph judges only its figures again, and reports what a fresh check reports', () => {
    const { store, asked } = counted(corpus);
    const first = checkNote(NOTE, store, KEEP);
    assert.equal(first.figures.find((f) => f.figure.text === '150')?.verdict, 'contradicted');
    const edited = apply(NOTE, '9,600 tonnes', '9,900 tonnes');
    asked();
    const again = checkNote(edited, store, { previous: first.judgments, ...KEEP });
    const kept = asked();
    const { store: fresh, asked: freshAsked } = counted(corpus);
    const anew = checkNote(edited, fresh);
    assert.equal(said(again), said(anew));
    assert.equal(again.figures.find((f) => f.figure.text === '9,900')?.verdict, 'contradicted', 'the edited figure is judged again');
    assert.ok(kept > 0 && kept < freshAsked(), `figures judged again: ${kept} retrievals, a fresh check ${freshAsked()}`);
  });

  it('an unchanged note judges nothing again', () => {
    const { store, asked } = counted(corpus);
    const first = checkNote(NOTE, store, KEEP);
    asked();
    const again = checkNote(NOTE, store, { previous: first.judgments, ...KEEP });
    assert.equal(asked(), 0);
    assert.equal(said(again), said(checkNote(NOTE, corpus)));
  });

  it('text added before a paragraph moves its kept figures and their fixes with it', () => {
    const first = checkNote(NOTE, corpus, KEEP);
    const moved = apply(NOTE, '# Two places\n', '# Two places\n\nA paragraph added at the top, with no figure.\n');
    const again = checkNote(moved, corpus, { previous: first.judgments, ...KEEP });
    assert.equal(said(again), said(checkNote(moved, corpus)));
    const wrong = again.figures.find((f) => f.figure.text === '150')!;
    assert.equal(wrong.verdict, 'contradicted');
    const edit = wrong.fixes[0].edits[0];
    assert.equal(moved.slice(edit.start, edit.end), '150', 'the kept fix replaces the figure where it now is');
    assert.equal(edit.newText, '140');
  });

  it('a word changed earlier in the same paragraph judges the paragraph again (its figures may refer to it)', () => {
    const { store, asked } = counted(corpus);
    const first = checkNote(NOTE, store, KEEP);
    const edited = apply(NOTE, 'Tidewell employs', 'Kellmouth employs');
    asked();
    const again = checkNote(edited, store, { previous: first.judgments, ...KEEP });
    assert.ok(asked() >= 2, `both figures of the paragraph judged again (${asked()} retrievals)`);
    assert.equal(said(again), said(checkNote(edited, corpus)));
  });

  it('a figure whose source the note now names by another key is judged again: its fix cites it by that key', () => {
    const note = 'Kellmouth handled 41,300 containers in 2021 [@kellmouth].\n\nTidewell employs 820 dock workers.\n';
    const { store, asked } = counted(corpus);
    const first = checkNote(note, store, KEEP);
    const cite = (r: NoteReport) => r.figures.find((f) => f.figure.text === '820')!.fixes.flatMap((x) => x.edits.map((e) => e.newText)).join(' ');
    assert.match(cite(first), /@kellmouth\]/);
    const edited = apply(note, '[@kellmouth]', '[@kell]');
    asked();
    const again = checkNote(edited, store, { previous: first.judgments, ...KEEP });
    const kept = asked();
    assert.match(cite(again), /@kell\]/);
    assert.equal(said(again), said(checkNote(edited, store)));
    assert.equal(kept, asked(), 'both figures judged again, as in a fresh check: the first in its edited sentence, the second for the name of its source');
  });

  it('an edit within reach of a figure\'s "the rest" test, in the next paragraph, judges it again', () => {
    // (the test reads up to VERDICT_POLICY.restReach characters after the figure, past its block when no full stop ends it)
    const note = 'Kellmouth handled 41,300 containers in 2021 [@kellmouth]\n\nTidewell employs 820 dock workers.\n';
    const { store, asked } = counted(corpus);
    const first = checkNote(note, store, KEEP);
    const edited = apply(note, 'Tidewell employs', 'Tidewell, owning the rest, employs');
    asked();
    const again = checkNote(edited, store, { previous: first.judgments, ...KEEP });
    const kept = asked();
    assert.equal(said(again), said(checkNote(edited, store)));
    assert.equal(kept, asked(), 'both figures judged again, as in a fresh check');
  });

  const nothingKept = (label: string, edited: string, options: (first: NoteReport) => CheckOptions, other?: Corpus) =>
    it(`nothing is kept when ${label}`, () => {
      const { store, asked } = counted(corpus);
      const first = checkNote(NOTE, store, KEEP);
      const { store: second, asked: secondAsked } = other ? counted(other) : { store, asked };
      asked();
      const again = checkNote(edited, second, options(first));
      const kept = secondAsked();
      checkNote(edited, second, { ...options(first), previous: undefined });
      assert.equal(kept, secondAsked(), 'as many retrievals as a fresh check');
      assert.equal(said(again), said(checkNote(edited, other ?? corpus, { ...options(first), previous: undefined })));
    });
  nothingKept('the hedge tolerance changes', NOTE, (first) => ({ previous: first.judgments, ...KEEP, hedgeTolerance: 0.2 }));
  nothingKept('the store is another', NOTE, (first) => ({ previous: first.judgments, ...KEEP }), corpusOf({ ...SOURCES, 'brannock.md': SOURCES['brannock.md'].replace('140 orchards', '150 orchards') }));
});

describe('engine: re-checks of the labelled notes after edits report what fresh checks report', () => {
  // the seed articles' labelled note, edited the ways a writer edits: a digit, a word, a line
  // removed, a paragraph added; each re-check with the previous check's judgments against a fresh one
  let corpus: Corpus;
  let note: string;
  before(function () {
    const shared = path.resolve(__dirname, '../../../shared');
    const seeds = path.join(shared, 'seeds');
    const missing = [seeds, path.join(shared, 'eval-dev/notes.md')].find((p) => !fs.existsSync(p));
    requirePrerequisite(this, 'the seed articles and their labelled note', missing && `no ${missing}`, 'put the shared folder next to the repository (../shared/seeds, ../shared/eval-dev)');
    const files = Object.fromEntries(fs.readdirSync(seeds).filter((f) => /\.(md|txt)$/.test(f)).sort().map((f) => [f, fs.readFileSync(path.join(seeds, f), 'utf8')]));
    corpus = corpusOf(files);
    note = fs.readFileSync(path.join(shared, 'eval-dev/notes.md'), 'utf8');
  });

  it('twelve edits in a row', () => {
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    let text = note;
    const { store, asked } = counted(corpus);
    let prev = checkNote(text, store, KEEP);
    let keptAny = false;
    for (let e = 0; e < 12; e++) {
      const lines = text.split('\n');
      if (e % 4 === 0) {
        const digits = [...text.matchAll(/\d/g)].map((m) => m.index!);
        const i = digits[Math.floor(next() * digits.length)];
        text = text.slice(0, i) + (text[i] === '9' ? '1' : String(Number(text[i]) + 1)) + text.slice(i + 1);
      } else if (e % 4 === 1) {
        const j = text.indexOf(' ', Math.floor(next() * text.length));
        if (j > 0) text = `${text.slice(0, j)} the rest${text.slice(j)}`;
      } else if (e % 4 === 2) {
        lines.splice(Math.floor(next() * lines.length), 1);
        text = lines.join('\n');
      } else {
        lines.splice(Math.floor(next() * lines.length), 0, '', 'Revenue rose 12% to $4bn in 2024.', '');
        text = lines.join('\n');
      }
      asked();
      const again = checkNote(text, store, { previous: prev.judgments, ...KEEP });
      const kept = asked();
      const anew = checkNote(text, store);
      assert.equal(said(again), said(anew), `edit ${e}`);
      if (kept < asked()) keptAny = true;
      prev = again;
    }
    assert.ok(keptAny, 'some judgments were kept');
  });
});

describe('engine: the store keeps the key suggestions of unknown citation keys for later checks', () => {
  const corpus = corpusOf(SOURCES);

  it('a later check asks for the same key: the kept suggestions, not a new comparison with every source', () => {
    const first = new CitationResolver(new Retrieval(corpus)).similar('kelmouth');
    assert.deepEqual(first.map((s) => s.key), ['kellmouth']);
    const later = new CitationResolver(new Retrieval(corpus)).similar('kelmouth');
    assert.equal(later, first, 'the very suggestions kept');
    const elsewhere = new CitationResolver(new Retrieval(corpusOf(SOURCES))).similar('kelmouth');
    assert.notEqual(elsewhere, first, 'another store keeps its own');
    assert.deepEqual(elsewhere, first);
  });

  it(`at most ${MAX_KEPT_KEY_SUGGESTIONS} keys are kept: then they are sought again`, () => {
    const store = corpusOf(SOURCES);
    const first = new CitationResolver(new Retrieval(store)).similar('kelmouth');
    for (let i = 0; i < MAX_KEPT_KEY_SUGGESTIONS; i++) new CitationResolver(new Retrieval(store)).similar(`unknown-${i}`);
    const again = new CitationResolver(new Retrieval(store)).similar('kelmouth');
    assert.notEqual(again, first);
    assert.deepEqual(again, first);
  });
});
