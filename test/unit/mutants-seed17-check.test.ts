// The checker at edges seed 17 of the mutation sample found untested (scripts/mutate-sample.mjs
// --seed 17, docs/mutation-testing.md "Session 23"), with made-up sources and names. Each case
// fails with its seed-17 mutant applied and passes without it.
import * as assert from 'node:assert/strict';
import { checkNote } from '../../server/src/engine/check';
import { figureQuery } from '../../server/src/engine/check/retrieval';
import { sharesName, spellingSlip, yearAgainstNow } from '../../server/src/engine/check/alignment';
import { reportSources } from '../../server/src/engine/check/dependencies';
import { ALIGN_POLICY as A, CITED_CANDIDATE_PASSAGES, FIGURE_CANDIDATE_PASSAGES, MAX_KEY_SUGGESTION_LOOKUPS } from '../../server/src/engine/check/policy';
import { Corpus } from '../../server/src/engine/corpus';
import { extractFigures } from '../../server/src/engine/figures';
import { buildSource } from '../../server/src/engine/sources';
import { tokenize } from '../../server/src/engine/text';
import { checkAgainst, resultOf, verdictOf } from './check-helpers';

describe('seed 17 survivors: check', () => {
  it('a year against "currently" is told either way round (alignment.ts yearAgainstNow)', () => {
    const now = { tense: 'now' as const };
    assert.equal(yearAgainstNow({ year: 2004 }, now), true, 'the year first');
    assert.equal(yearAgainstNow(now, { year: 2004 }), true, 'the year second');
    assert.equal(yearAgainstNow({ year: 2004 }, { year: 2005 }), false, 'two years');
    assert.equal(yearAgainstNow({ year: 2004, tense: 'now' }, { year: 2004 }), false, 'a "now" that states its year');
  });

  it('a name glued to another word is the same name at either end, from A.gluedNameMin letters (alignment.ts sameName)', () => {
    assert.equal(sharesName(['kelby'], ['kelbyvans']), true, 'at the start');
    assert.equal(sharesName(['kelby'], ['superkelby']), true, 'at the end');
    assert.equal(sharesName(['kelbyvans'], ['kelby']), true, 'the long one first');
    assert.equal(sharesName(['kelb'], ['kelbvans']), false, 'shorter than A.gluedNameMin');
    assert.equal(A.gluedNameMin, 5);
  });

  it('a misspelling is read only between two names of at least A.misspeltNameMin letters (alignment.ts spellingSlip)', () => {
    assert.equal(A.misspeltNameMin, 5);
    assert.equal(spellingSlip('orlan', 'orlen'), true, 'five letters, one changed');
    assert.equal(spellingSlip('orlan', 'orlann'), true, 'five and six, one added');
    assert.equal(spellingSlip('orla', 'orlan'), false, 'four and five: the shorter too short');
    assert.equal(spellingSlip('orlan', 'orla'), false, 'five and four, the other way round');
    assert.equal(spellingSlip('orla', 'orle'), false, 'both four');
  });

  it('a figure the cited source does not support makes the report depend on every source (dependencies.ts)', () => {
    const files = { 'k.txt': 'Kelby\n\nKelby sold 300 vans in 2004.\n', 'm.txt': 'Minto\n\nMinto sold 120 trucks in 2004.\n' };
    const supported = checkAgainst(files, '# Notes\n\nKelby sold 300 vans in 2004 [@k].\n');
    assert.equal(verdictOf(supported, '300'), 'supported');
    assert.equal(reportSources(supported).everySource, false);
    const unverified = checkAgainst(files, '# Notes\n\nKelby bought 45 boats in 1990 [@k].\n');
    assert.equal(verdictOf(unverified, '45'), 'unverified');
    assert.ok(resultOf(unverified, '45').scope, 'the figure has a cited scope');
    assert.equal(reportSources(unverified).everySource, true);
  });

  it('a contradicted scoreline offers the source\'s score as its fix (verdict.ts scorelineResult)', () => {
    const files = { 'k.txt': 'Match report\n\nKelby beat Minto 3-1 on Saturday in the league.\n' };
    const wrong = resultOf(checkAgainst(files, '# Notes\n\nKelby beat Minto 4-1 on Saturday [@k].\n'), '4-1');
    assert.equal(wrong.verdict, 'contradicted');
    assert.deepEqual(wrong.fixes.map((f) => f.edits.map((e) => e.newText)), [['3-1']]);
    const right = resultOf(checkAgainst(files, '# Notes\n\nKelby beat Minto 3-1 on Saturday [@k].\n'), '3-1');
    assert.equal(right.verdict, 'supported');
    assert.deepEqual(right.fixes, []);
  });
});

describe('seed 17 survivors: unknown citation keys', () => {
  const corpus = () =>
    new Corpus(
      Object.entries({
        'river-fish-census.txt': 'River fish census\n\nThe census counted 412 trout.\n',
        'harbour-ships.txt': 'Harbour ships\n\nThe harbour handled 41,300 ships.\n',
      }).map(([p, text], i) => buildSource(i, `/ws/sources/${p}`, text)),
    );
  const suggestion = (key: string) => checkNote(`Trout numbered 412 [@${key}].\n`, corpus()).diagnostics.find((d) => d.code === 'unknown-source')?.fixes.map((f) => f.edits[0].newText);
  it('a one-word key of four letters or more is matched by the words of the source\'s name (citations.ts suggestFor)', () => {
    assert.deepEqual(suggestion('fish'), ['river-fish-census'], 'four letters');
    assert.deepEqual(suggestion('census'), ['river-fish-census'], 'six letters');
  });
  it('after MAX_KEY_SUGGESTION_LOOKUPS unknown keys, a note\'s further unknown keys get no suggestion (citations.ts similar)', () => {
    const max = MAX_KEY_SUGGESTION_LOOKUPS;
    // (the last two keys are misspellings of the fish census's name; the ones before match nothing)
    const keys = Array.from({ length: max + 1 }, (_, i) => (i < max - 1 ? `zq${i}zq` : i === max - 1 ? 'river-fish-censos' : 'river-fish-cansus'));
    const note = keys.map((k) => `Trout numbered 412 [@${k}].`).join('\n') + '\n';
    const found = checkNote(note, corpus()).diagnostics.filter((d) => d.code === 'unknown-source');
    const fixesOf = (k: string) => found.find((d) => d.message.includes(`@${k}`))?.fixes.length;
    assert.equal(fixesOf(keys[max - 1]), 1, `the ${max}th key is looked up`);
    assert.equal(fixesOf(keys[max]), 0, `the ${max + 1}th is not`);
  });
});

describe('seed 17 survivors: figures quoted together, in order only (coQuoted.ts together)', () => {
  const files = { 'tennis.txt': 'Marr through again\n\nVeteran Len Marr is through at Ostbury. It is the 12th time in 15 trips to the event that the 34-year-old has gone so far.\n' };
  it('two values the cited sentence states in the other order are no pair', () => {
    const same = checkAgainst(files, '# Notes\n\nLen Marr reached the last eight for the 12th time in 15 visits [@tennis].\n');
    assert.deepEqual([verdictOf(same, '12th'), verdictOf(same, '15')], ['supported', 'supported']);
    const swapped = checkAgainst(files, '# Notes\n\nIn 15 visits Len Marr reached the last eight for the 12th time [@tennis].\n');
    // ("12th time" is met by its own words; "15 visits" only by the pair, which is out of order)
    assert.equal(verdictOf(swapped, '15'), 'unverified');
  });
});

describe('seed 17 survivors: acronyms (alignment.ts spelledOut)', () => {
  it('a note\'s acronym of A.acronymMin letters or more stands for the source\'s names it spells; of two letters, for none', () => {
    assert.equal(A.acronymMin, 3);
    const three = { 'k.txt': 'Vans\n\nKelby Dynamics Group sold 300 vans in 2004.\n' };
    assert.equal(verdictOf(checkAgainst(three, '# Notes\n\nKDG sold 400 vans in 2004 [@k].\n'), '400'), 'contradicted', 'three letters: the same company');
    const two = { 'k.txt': 'Vans\n\nKelby Dynamics sold 300 vans in 2004.\n' };
    assert.equal(verdictOf(checkAgainst(two, '# Notes\n\nKD sold 400 vans in 2004 [@k].\n'), '400'), 'unverified', 'two letters: another name, maybe');
  });
});

describe('seed 17 survivors: periods of rates and ages (alignment.ts align)', () => {
  it('a rate a year against a total of "last year" is that year\'s total; against "last March", no year\'s', () => {
    assert.equal(verdictOf(checkAgainst({ 'k.txt': 'Losses\n\nKelby lost £12m last year.\n' }, '# Notes\n\nKelby loses £12m a year [@k].\n'), '£12m'), 'supported');
    assert.equal(verdictOf(checkAgainst({ 'k.txt': 'Losses\n\nKelby lost £12m last March.\n' }, '# Notes\n\nKelby loses £12m a year [@k].\n'), '£12m'), 'unverified');
  });
  it('an age the note dates by its sentence is not met by the same age under another year the source set before', () => {
    const files = { 'k.txt': 'Kelby\n\nIn 2004 the Kelby firm was sold. Its founder Ann Kelby was 58.\n' };
    assert.equal(verdictOf(checkAgainst(files, '# Notes\n\nIn 2010 Ann Kelby was 58 [@k].\n'), '58'), 'unverified');
  });
});

describe('seed 17 survivors: a scoreline\'s sentence runs past its commas (scorelines.ts sentenceEnd)', () => {
  it('the sides and the words of an interim score after a comma are the scoreline\'s', () => {
    const after = { 'k.txt': 'Match report\n\nIt finished 3-1, Kelby beating Minto at home.\n' };
    assert.equal(verdictOf(checkAgainst(after, '# Notes\n\nKelby beat Minto 3-1 [@k].\n'), '3-1'), 'supported');
    assert.equal(verdictOf(checkAgainst(after, '# Notes\n\nKelby beat Minto 2-1 [@k].\n'), '2-1'), 'contradicted');
    const interim = { 'k.txt': 'Match report\n\nKelby led Minto 2-1, at half-time, and won in the end.\n' };
    assert.equal(verdictOf(checkAgainst(interim, '# Notes\n\nKelby beat Minto 2-1 [@k].\n'), '2-1'), 'unverified');
  });
});

describe('seed 17 survivors: a year beside another year anchors nothing (verdict.ts vetoed)', () => {
  it('a wrong year is contradicted though the note\'s other year, which the source does not state, stands near it', () => {
    const files = { 'k.txt': 'Kelby\n\nAnn Kelby left the firm in 2009.\n' };
    assert.equal(verdictOf(checkAgainst(files, '# Notes\n\nAnn Kelby joined the firm in 1990 and left it in 2008 [@k].\n'), '2008'), 'contradicted');
  });
});

describe('seed 17 survivors: a cited source is searched wider than the whole corpus (retrieval.ts figurePassages)', () => {
  it('the value in a paragraph past the first FIGURE_CANDIDATE_PASSAGES of equally ranked ones is still found in the cited source', () => {
    const n = 2 * FIGURE_CANDIDATE_PASSAGES;
    assert.ok(n < CITED_CANDIDATE_PASSAGES);
    const text = 'Kelby vans\n\n' + Array.from({ length: n }, (_, i) => `Kelby sold ${300 + i * 7} vans.`).join('\n\n') + '\n';
    const last = String(300 + (n - 4) * 7);
    assert.equal(verdictOf(checkAgainst({ 'k.txt': text }, `# Notes\n\nKelby sold ${last} vans [@k].\n`), last), 'supported');
  });
});

describe('seed 17 survivors: a figure\'s query leaves out the figure\'s own words, first to last (retrieval.ts figureQuery)', () => {
  const query = (s: string) => figureQuery(tokenize(s), extractFigures(s)[0]).map((q) => q.term).join(' ');
  it('a value in words, an ordinal, a scaled figure: none of their words is searched for', () => {
    assert.equal(query('Kelby sold twelve vans.'), 'kelby sell van');
    assert.equal(query('Kelby came third in the race.'), 'kelby cam rac');
    assert.equal(query('Kelby sold 2.5m vans.'), 'kelby sell van');
    assert.equal(query('Kelby won a third of the vote.'), 'kelby win vot');
  });
});

describe('seed 17 survivors: a share is taken of a whole only through "of" (partitive.ts partBefore)', () => {
  it('"40% of its 1,000 staff" makes 400 that part; a rise of 40% six words before 1,000 units does not', () => {
    const part = { 'k.txt': 'Kelby\n\nKelby cut 40% of its 1,000 staff last year.\n' };
    assert.equal(verdictOf(checkAgainst(part, '# Notes\n\nKelby cut 400 staff last year [@k].\n'), '400'), 'unverified');
    const apart = { 'k.txt': 'Kelby\n\nKelby shares were up 40% with its northern van sales at 1,000 units.\n' };
    assert.equal(verdictOf(checkAgainst(apart, '# Notes\n\nKelby northern van sales were at 400 units [@k].\n'), '400'), 'contradicted');
  });
});
