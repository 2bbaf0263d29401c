// Reading families of session 26 (issue 9). Every sentence and every name here is written for the test.
import * as assert from 'node:assert/strict';
import { checkAgainst, verdictOf } from './check-helpers';
import { spellingSlip } from '../../server/src/engine/check/alignment';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { extractFigures } from '../../server/src/engine/figures';
import { frameIn } from '../helpers/frameReads';

const lex = new Lexicon();

describe('reading families (session 26): a change by an amount reckoned on average, further or estimated', () => {
  const CASES: [string, string, 'change' | 'level'][] = [
    // "by" past words that say how the amount was reckoned, the verb's object before "by"
    ['The Garrow plan would cut tenants\' rents by an average of £120.', '£120', 'change'],
    ['The Garrow plan would cut tenants\' rents by £120.', '£120', 'change'],
    ['Marlowe raised its fares by a further 4%.', '4%', 'change'],
    ['Marlowe trimmed its costs by an estimated £40m.', '£40m', 'change'],
    ['Marlowe trimmed its costs by a total of £40m.', '£40m', 'change'],
    // (an extra amount stays the amount, as a note's "an extra £4bn for the fund" reads it)
    ['Marlowe will increase its grant by an extra £4m.', '£4m', 'level'],
    // (a margin or a level "by" does not hang on is none of these)
    ['Tenants in Garrow paid an average of £120 a week.', '£120', 'level'],
  ];
  for (const [s, fig, role] of CASES) {
    it(`"${s}": ${fig} is ${role === 'change' ? 'a change' : 'no change'}`, () => {
      const fr = frameIn(lex, s, fig);
      if (role === 'change') assert.equal(fr.role, 'change');
      else assert.notEqual(fr.role, 'change');
    });
  }

  const SOURCE = {
    'rents.txt': 'Garrow rents plan\n\nThe Garrow party says it can save £2bn on administration, of which £600m could be used to cut tenants\' rents by an average of £120.\n',
  };
  it('a note that trims rents by another average amount is contradicted', () => {
    const r = checkAgainst(SOURCE, 'The Garrow party would spend £600m trimming tenants\' rents by £210 on average [@rents].');
    assert.equal(verdictOf(r, '£210'), 'contradicted');
  });
  it('…and the same amount is supported', () => {
    const r = checkAgainst(SOURCE, 'The Garrow party would spend £600m trimming tenants\' rents by £120 on average [@rents].');
    assert.equal(verdictOf(r, '£120'), 'supported');
  });
});

describe('reading families (session 26): a run of unbroken time is a duration', () => {
  const CASES: [string, string, string | null][] = [
    ['Pellham kept a clean sheet for 961 consecutive minutes.', '961 consecutive minutes', 'minute'],
    ['Orders fell for five straight months.', 'five straight months', 'month'],
    ['Orders fell for 3 successive weeks.', '3 successive weeks', 'week'],
    // (a run of things that are no time stays a count)
    ['Pellham won five straight games.', 'five', null],
  ];
  for (const [s, text, unit] of CASES) {
    it(`"${s}": ${text}${unit ? `, a duration in ${unit}s` : ', no duration'}`, () => {
      const f = extractFigures(s).find((x) => x.text.startsWith(text.split(' ')[0]));
      assert.ok(f, 'a figure');
      assert.equal(f.text, text);
      if (unit) assert.deepEqual([f.kind, f.unit], ['duration', unit]);
      else assert.notEqual(f.kind, 'duration');
    });
  }

  const SOURCE = { 'keeper.txt': 'Keeper record\n\nDaniel Orme has now gone 961 consecutive minutes without conceding, a league record.\n' };
  it('a note that gives the run in minutes with its digits swapped is contradicted', () => {
    assert.equal(verdictOf(checkAgainst(SOURCE, 'Daniel Orme set a league record of 691 minutes without conceding [@keeper].'), '691 minutes'), 'contradicted');
  });
  it('…and the right run is supported', () => {
    assert.equal(verdictOf(checkAgainst(SOURCE, 'Daniel Orme set a league record of 961 minutes without conceding [@keeper].'), '961 minutes'), 'supported');
  });
});

describe('reading families (session 26): a reduced relative clause before the verb', () => {
  const CASES: [string, string, string][] = [
    // the phrase a participle and its "by" hang on is what is measured
    ['Fees charged by rival colleges could differ by as much as £90 per term.', '£90', 'fee'],
    ['Fees charged by neighbouring colleges could differ by as much as £90 per term.', '£90', 'fee'],
    // (an -ing form before a noun modifies it: the phrase reads on past it)
    ['The number of existing tenants fell 4%.', '4%', 'tenant'],
  ];
  for (const [s, fig, head] of CASES) {
    it(`"${s}": ${fig} measures ${head}`, () => {
      const fr = frameIn(lex, s, fig);
      assert.ok(fr.metric.includes(head), `${fr.metric}`);
    });
  }

  const SOURCE = { 'fees.txt': 'College fees\n\nA survey found that fees charged by neighbouring colleges could vary by as much as £90 per week.\n' };
  it('the same sum per another stretch of time is contradicted', () => {
    assert.equal(verdictOf(checkAgainst(SOURCE, 'Neighbouring colleges\' fees can differ by as much as £90 a month [@fees].'), '£90'), 'contradicted');
  });
  it('…and per the same stretch supported', () => {
    assert.equal(verdictOf(checkAgainst(SOURCE, 'Neighbouring colleges\' fees can differ by as much as £90 a week [@fees].'), '£90'), 'supported');
  });
});

describe('reading families (session 26): a passive after "be" takes its tense from its auxiliary', () => {
  const CASES: [string, string, string | undefined][] = [
    // ("will" too far back to read: no plan, but no past either)
    ['The tram line will be completed in the city over the next 18 months.', '18 months', undefined],
    ['The tram line will be completed in Orrin over the next 18 months.', '18 months', 'plan'],
    // (a participle after "was" or with no auxiliary still tells what happened)
    ['The tram line was completed in Orrin in 18 months.', '18 months', 'past'],
    ['Orrin completed the tram line in 18 months.', '18 months', 'past'],
  ];
  for (const [s, fig, mode] of CASES) {
    it(`"${s}": ${fig} is ${mode ?? 'neither plan nor past'}`, () => {
      assert.equal(frameIn(lex, s, fig).period.mode, mode);
    });
  }

  const SOURCE = { 'tram.txt': 'Orrin tram\n\nThe first tram line in the region will be completed in the city over the next 18 months, the council said.\n' };
  it('a plan over another stretch ahead is contradicted', () => {
    assert.equal(verdictOf(checkAgainst(SOURCE, 'The line is due to be completed over the next 12 months [@tram].'), '12 months'), 'contradicted');
  });
  it('…and over the same stretch supported', () => {
    assert.equal(verdictOf(checkAgainst(SOURCE, 'The line is due to be completed over the next 18 months [@tram].'), '18 months'), 'supported');
  });
});

describe('reading families (session 26): a moment\'s "when" clause names whose moment it is', () => {
  const CASES: [string, string, string[] | undefined][] = [
    ['Harlow suffered a blow in the 52nd minute when Piet Vosloo was sent off.', '52nd', ['piet', 'vosloo']],
    ['Harlow levelled on 54 minutes when Dara Quill scored.', '54 minutes', ['dara', 'quill']],
    ['The club was founded in 1998 when Maeve Orr bought it.', '1998', ['maeve', 'orr']],
    ['The club was sold on 17 March when Maeve Orr left.', '17 March', ['maeve', 'orr']],
    // (not an amount's: "fell 5% when Orrin Bank warned" says why, not whose)
    ['Shares fell 5% when Orrin Bank warned on profits.', '5%', undefined],
  ];
  for (const [s, fig, names] of CASES) {
    it(`"${s}": ${fig}${names ? ` is ${names.join(' ')}'s moment too` : ' names no one by "when"'}`, () => {
      assert.deepEqual(frameIn(lex, s, fig).whenAfter, names);
    });
  }

  const SOURCE = { 'match.txt': 'Harlow lose\n\nHarlow suffered a double blow in the 52nd minute when Piet Vosloo was sent off for a late tackle.\n' };
  it('another minute for the player is contradicted', () => {
    assert.equal(verdictOf(checkAgainst(SOURCE, 'Piet Vosloo was sent off in the 62nd minute [@match].'), '62nd'), 'contradicted');
  });
  it('…and the same minute supported', () => {
    assert.equal(verdictOf(checkAgainst(SOURCE, 'Piet Vosloo was sent off in the 52nd minute [@match].'), '52nd'), 'supported');
  });
});

describe('reading families (session 26): the very value for another month', () => {
  const SOURCE = { 'homes.txt': 'Orrin homes\n\nHome prices in Orrin rose 12.6% in January from a year earlier, the Tarrow Building Society said.\n' };
  it('a precise value given for another month is contradicted, and the message names both months', () => {
    const r = checkAgainst(SOURCE, 'Home prices in Orrin rose 12.6% in March from a year earlier [@homes].');
    assert.equal(verdictOf(r, '12.6%'), 'contradicted');
    const d = r.diagnostics.find((x) => x.code === 'figure-mismatch')!;
    assert.match(d.message, /12\.6% in March; source homes says 12\.6% in January/);
    assert.equal(d.fixes?.length ?? 0, 0, 'no fix: the value is right, the month is not');
  });
  it('…the same month supports it', () => {
    assert.equal(verdictOf(checkAgainst(SOURCE, 'Home prices in Orrin rose 12.6% in January from a year earlier [@homes].'), '12.6%'), 'supported');
  });
  it('…and a round value for another month is left unverified (round values recur by chance)', () => {
    const round = { 'homes.txt': 'Orrin homes\n\nHome prices in Orrin rose 5% in January from a year earlier, the Tarrow Building Society said.\n' };
    assert.equal(verdictOf(checkAgainst(round, 'Home prices in Orrin rose 5% in March from a year earlier [@homes].'), '5%'), 'unverified');
  });
  it('…and for another year\'s month the year is what is flagged, once', () => {
    const other = { 'homes.txt': 'Orrin homes\n\nHome prices in Orrin rose 12.6% in January 2003 from a year earlier, the Tarrow Building Society said.\n' };
    const note = 'Home prices in Orrin rose 12.6% in March 2004 from a year earlier [@homes].';
    const r = checkAgainst(other, note);
    const flagged = r.diagnostics.filter((x) => x.code === 'figure-mismatch').map((x) => note.slice(x.start, x.end));
    assert.equal(flagged.length, 1, flagged.join(', '));
    assert.match(flagged[0], /2004/);
  });
});

describe('reading families (session 26): a decision\'s date, its maker\'s name misspelt in the source', () => {
  const SOURCE = { 'motors.txt': 'Orrin Motors\n\nHollenbrand, a 30% shareholder in Orrin Motors, decided in April 2004 not to put in any more money.\n' };
  it('"chose in April 2005" against "decided in April 2004": the year is contradicted', () => {
    const r = checkAgainst(SOURCE, 'Hollenbrand, which owns 30% of Orrin Motors, chose in April 2005 to stop putting in money [@motors].');
    assert.equal(verdictOf(r, '2005'), 'contradicted');
  });
  it('…and so it is where the source swaps two letters of the name ("Hollenbarnd")', () => {
    const typo = { 'motors.txt': SOURCE['motors.txt'].replace('Hollenbrand', 'Hollenbarnd') };
    const r = checkAgainst(typo, 'Hollenbrand, which owns 30% of Orrin Motors, chose in April 2005 to stop putting in money [@motors].');
    assert.equal(verdictOf(r, '2005'), 'contradicted');
  });
  it('(decide, choose and opt meet as one measure)', () => {
    assert.equal(lex.concept('choose'), lex.concept('decide'));
    assert.equal(lex.concept('opt'), lex.concept('decide'));
  });
});

describe('reading families (session 26): two letters swapped are one name misspelt', () => {
  const CASES: [string, string, boolean][] = [
    ['hollenbrand', 'hollenbarnd', true],
    ['hollenbrand', 'hollenbrnad', true],
    // (letters swapped that are not side by side, or two slips, are another name)
    ['hollenbrand', 'hollanbrend', false],
    ['hollenbrand', 'hlolenbradn', false],
  ];
  for (const [a, b, same] of CASES) it(`${a} / ${b}: ${same ? 'one name' : 'two names'}`, () => assert.equal(spellingSlip(a, b), same));
});

describe('reading families (session 26): nouns the lemmatiser took for another verb\'s past', () => {
  // ("rent" read as the past of "rend", "wound" of "wind", "ground" of "grind"; found by helper h26c)
  for (const [one, many] of [['rent', 'rents'], ['wound', 'wounds'], ['ground', 'grounds']]) {
    it(`"${one}" and "${many}" are one word`, () => assert.equal(lex.lemma(one), lex.lemma(many)));
  }
  it('(a past that is only a past still reads as its verb: "spent", "lent")', () => {
    assert.equal(lex.lemma('spent'), 'spend');
    assert.equal(lex.lemma('lent'), 'lend');
  });
});

describe('reading families (session 26): a bound strictly above zero', () => {
  // ("more than 0%" was supported by "0%": the sliver "strictly above" adds was a share of the value; found by helper h26c)
  const SOURCE = { 'growth.txt': 'Orrin growth\n\nGrowth in Orrin was 0% last year, the council said.\n' };
  it('"more than 0%" is contradicted by "0%"', () => {
    assert.equal(verdictOf(checkAgainst(SOURCE, 'Growth in Orrin was more than 0% last year [@growth].'), '0%'), 'contradicted');
  });
  it('…"about 0%" and "0%" are supported', () => {
    assert.equal(verdictOf(checkAgainst(SOURCE, 'Growth in Orrin was about 0% last year [@growth].'), '0%'), 'supported');
    assert.equal(verdictOf(checkAgainst(SOURCE, 'Growth in Orrin was 0% last year [@growth].'), '0%'), 'supported');
  });
});

describe('reading families (session 26): a figure with its hedge after it is framed as one with its hedge before', () => {
  // ("300-odd vans", "300 or so vans" had no figure token: their frames were empty; found by helper h26a)
  for (const s of ['Kelby sold 300-odd vans in 2004.', 'Kelby sold 300 or so vans in 2004.', 'Kelby sold some 300 vans in 2004.']) {
    it(`"${s}": vans, Kelby's, in 2004`, () => {
      const fr = frameIn(lex, s, '300');
      assert.equal(fr.metric[0], 'van');
      assert.deepEqual(fr.subject, ['kelby']);
      assert.equal(fr.period.year, 2004);
    });
  }
  it('a source\'s "300 or so vans" supports "some 300 vans" and contradicts "some 400 vans"', () => {
    const src = { 'fleet.txt': 'Kelby fleet\n\nKelby sold 300 or so vans in 2004, and some 250 cars.\n' };
    assert.equal(verdictOf(checkAgainst(src, 'Kelby sold some 300 vans in 2004 [@fleet].'), '300'), 'supported');
    assert.equal(verdictOf(checkAgainst(src, 'Kelby sold some 400 vans in 2004 [@fleet].'), '400'), 'contradicted');
  });
});

describe('fixes (session 26): a number word opening the sentence stays capitalised', () => {
  // (found by helper h26a: "Replace Eleven with twenty")
  const fixesOf = (source: string, note: string) => {
    const r = checkAgainst({ 'vans.txt': `Kelby vans\n\n${source}\n` }, note);
    return r.diagnostics.filter((d) => d.code === 'figure-mismatch').flatMap((d) => (d.fixes ?? []).flatMap((x) => x.edits.map((e) => e.newText)));
  };
  it('"Eleven vans…" against "twenty vans": "Twenty"', () => {
    assert.deepEqual(fixesOf('Kelby sold twenty vans in 2004.', 'Eleven vans were sold by Kelby in 2004 [@vans].'), ['Twenty']);
  });
  it('…against "about twenty vans": "About twenty" (the hedge takes the capital), and the bare "Twenty"', () => {
    assert.deepEqual(fixesOf('Kelby sold about twenty vans in 2004.', 'Eleven vans were sold by Kelby in 2004 [@vans].'), ['About twenty', 'Twenty']);
  });
  it('…and mid-sentence it stays lower case', () => {
    assert.deepEqual(fixesOf('Kelby sold twenty vans in 2004.', 'In 2004 Kelby sold eleven vans [@vans].'), ['twenty']);
  });
});
