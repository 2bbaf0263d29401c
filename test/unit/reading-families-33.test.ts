// Reading families of session 33 (issue 9), found on the development notes bbc-11 … bbc-14.
// Every sentence and every name here is written for the test.
import * as assert from 'node:assert/strict';
import { checkAgainst, judgedAgainst as judged, resultOf } from './check-helpers';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { extractFigures } from '../../server/src/engine/figures';
import { frameIn } from '../helpers/frameReads';

const lex = new Lexicon();

describe('reading families (session 33): a sum that prices a count has that count\'s end of the change', () => {
  const SOURCE = 'At the same time, reported thefts across Wessex fell from 9,412 cases worth £612m to 7,305 cases worth £488m.';
  it('the sum after "from … cases worth" is where the change started', () => {
    assert.equal(frameIn(lex, SOURCE, '£612m').end, 'from');
    assert.equal(frameIn(lex, SOURCE, '£488m').end, 'to');
    assert.equal(frameIn(lex, 'Exports rose from 12 deals valued at $3bn to 20 deals valued at $5bn.', '$3bn').end, 'from');
  });
  it('so a note that says the value fell to the starting sum is contradicted by the end sum', () => {
    assert.equal(judged(SOURCE, 'The value of reported thefts across Wessex fell to £612m.', '£612m'), 'contradicted £488m');
    assert.equal(judged(SOURCE, 'The value of reported thefts across Wessex fell to £488m.', '£488m'), 'supported £488m');
  });
  it('a sum after a count that does not price it keeps no end', () => {
    assert.equal(frameIn(lex, 'Sales rose from 12 stores, and £3bn came from online orders.', '£3bn').end, undefined);
  });
});

describe('reading families (session 33): an age bound after a verb that says who the people are', () => {
  it('"where people are over 80", "someone is under 16", "households with someone over 60" are ages', () => {
    assert.equal(frameIn(lex, 'It pays £250 where people are over 80.', '80').role, 'age');
    assert.equal(frameIn(lex, 'The fine is doubled if someone is under 16.', '16').role, 'age');
    assert.equal(frameIn(lex, 'Homes with someone over 60 get £150.', '60').role, 'age');
  });
  it('a bound after a verb with no person before it is no age', () => {
    assert.notEqual(frameIn(lex, 'Its sales are over 80 a week.', '80').role, 'age');
  });
  it('two age bounds are two thresholds: another threshold is contradicted, the same one supported', () => {
    const s = 'Pensioners get a £250 fuel payment where someone is over 80.';
    assert.equal(judged(s, 'Pensioners get a £250 fuel payment where someone is over 70.', '70'), 'contradicted 80');
    assert.equal(judged(s, 'Pensioners get a £250 fuel payment where someone is over 80.', '80'), 'supported 80');
  });
});

describe('reading families (session 33): match results a word-window cannot tie to the note', () => {
  it('a headline\'s result is a score whichever side scored more; a rising range in a sentence is not', () => {
    const kinds = (t: string) => extractFigures(t).map((f) => `${t.slice(f.start, f.end)}:${f.kind}`);
    assert.deepEqual(kinds('Brantley 0-4 Kelso Rovers'), ['0-4:score']);
    assert.deepEqual(kinds('Kelso Rovers 3-1 Brantley'), ['3-1:score']);
    assert.deepEqual(kinds('The museum opens 10-16 June for schools.').filter((k) => k.endsWith(':score')), []);
  });
  it('a headline names both sides and nothing else: a note naming both, and a scorer, is that match', () => {
    const s = 'Brantley 0-4 Kelso Rovers\n\nKelso Rovers eased into the last eight of the Shield.';
    const note = (x: string) => `Two Ivo Marek goals helped Kelso Rovers beat Brantley ${x} in the Shield.`;
    assert.equal(judged(s, note('4-0'), '4-0'), 'supported 0-4');
    assert.equal(judged(s, note('5-0'), '5-0'), 'contradicted 0-4');
  });
  it('one side named, and the ground named alike, even when the side opens the sentence', () => {
    const s = "Fans took heart from Harwick's shaky defending at Dunmore, even though they ran out 4-3 winners.";
    assert.equal(judged(s, 'Harwick scraped a 4-2 win at Dunmore.', '4-2'), 'contradicted 4-3');
    assert.equal(judged(s, 'Harwick scraped a 4-3 win at Dunmore.', '4-3'), 'supported 4-3');
    // (another ground: no match named)
    assert.equal(judged(s, 'Harwick scraped a 4-2 win at Selby.', '4-2').split(' ')[0], 'unverified');
  });
  it('one side named at half-time, against the same side\'s half-time score', () => {
    const s = 'Despite two early tries by the hosts, Italy were 14-6 down at half-time, but Rossi said: "Nobody was down at half-time."';
    assert.equal(judged(s, 'Italy trailed 14-3 at half-time.', '14-3'), 'contradicted 14-6');
    assert.equal(judged(s, 'Italy trailed 14-6 at half-time.', '14-6'), 'supported 14-6');
  });
});

describe('reading families (session 33): a bombing, a blast, an explosion are one event', () => {
  const SOURCE = 'A documentary about the Karvale blasts in 1997 has been shelved after protests by relatives.';
  it('the year of "the 1997 Karvale bombings" is supported by "the Karvale blasts in 1997"', () => {
    assert.equal(judged(SOURCE, 'The 1997 Karvale bombings killed dozens of people.', '1997'), 'supported 1997');
  });
  it('the class meets as one metric', () => {
    assert.equal(lex.concept('bombing'), lex.concept('blast'));
    assert.equal(lex.concept('explosion'), lex.concept('blast'));
    assert.notEqual(lex.concept('attack'), lex.concept('blast'));
  });
});

describe('reading families (session 33): a figure the subject of "were" right after its noun is what happened', () => {
  it('"nearly 90,000 people were arriving", "4,000 jobs were lost" are past; a plan and a bare count are not', () => {
    assert.equal(frameIn(lex, 'Ms Reyes said nearly 90,000 people were arriving in Norland every year.', '90,000').period.mode, 'past');
    assert.equal(frameIn(lex, 'About 4,000 jobs were lost at the plant.', '4,000').period.mode, 'past');
    assert.equal(frameIn(lex, 'About 4,000 jobs at the plant.', '4,000').period.mode, undefined);
  });
  it('so a proposed cap is no misquote of how many came', () => {
    const s = 'Ms Reyes said nearly 90,000 people were arriving in Norland every year.';
    assert.equal(judged(s, 'The party would cap arrivals in Norland at 15,000 people a year.', '15,000').split(' ')[0], 'unverified');
  });
});

describe('reading families (session 33): a year with its month, stated in a source the sentence does not cite', () => {
  const files = {
    'release.txt': 'Prisoners freed\n\nFive men held abroad are to be released, the Home Office said on Tuesday.\n',
    'arrest.txt': 'Detainee speaks\n\nTomas Rell said he was questioned by British officers shortly after his arrest in Kavala in March 2002.\n',
  };
  it('is found there: the right year, the wrong source', () => {
    const r = resultOf(checkAgainst(files, 'Tomas Rell was arrested in Kavala in March 2002 [@release].\n'), '2002');
    assert.equal(r.verdict, 'supported');
    assert.ok(r.wrongSource, 'the other source is named');
    assert.match(r.wrongSource!.source.path, /arrest\.txt$/);
  });
  it('a year without its month is not sought elsewhere', () => {
    const r = resultOf(checkAgainst(files, 'Tomas Rell was arrested in Kavala in 2002 [@release].\n'), '2002');
    assert.equal(r.verdict, 'unverified');
    assert.equal(r.wrongSource, undefined);
  });
});

describe('reading families (session 33): a term of punishment, whatever the verb', () => {
  it('"N years in prison" measures a term in prison; jail, prison and a sentence meet', () => {
    assert.ok(frameIn(lex, 'If found guilty, Mr Dale could face up to 14 years in prison.', '14 years').metric.includes(lex.concept('prison')));
    assert.equal(lex.concept('jail'), lex.concept('prison'));
    assert.equal(lex.concept('sentence'), lex.concept('prison'));
  });
  it('so "jailed for up to 41 years" is contradicted by "face up to 14 years in prison", and the same term supported', () => {
    const s = 'If found guilty, Mr Dale could face up to 14 years in prison.';
    assert.equal(judged(s, 'If found guilty, Mr Dale could be jailed for up to 41 years.', '41 years'), 'contradicted 14 years');
    assert.equal(judged(s, 'If found guilty, Mr Dale could be jailed for up to 14 years.', '14 years'), 'supported 14 years');
  });
  it('a span in another place is no term', () => {
    assert.ok(!frameIn(lex, 'She spent 14 years in Paris.', '14 years').metric.includes(lex.concept('prison')));
  });
});

describe('reading families (session 33): "for the third time", "their third meeting" count a series', () => {
  const ords = (t: string) => extractFigures(t).filter((f) => f.kind === 'ordinal').map((f) => f.text);
  it('are ordinals; "for the first time" and "a third of the time" are not', () => {
    assert.deepEqual(ords('Ines Varga won the poetry prize for the third time.'), ['third']);
    assert.deepEqual(ords('It was the second meeting between the two boards.'), ['second']);
    assert.deepEqual(ords('She won it for the first time.'), []);
    assert.deepEqual(ords('It was the second time this year.'), []);
    assert.deepEqual(ords('It rains a third of the time.'), []);
  });
  it('so a fourth win against the source\'s third is contradicted', () => {
    const s = 'Ines Varga has picked up the poetry prize for the third time for her collection Salt.';
    assert.equal(judged(s, 'Ines Varga won the poetry prize for a fourth time.', 'fourth'), 'contradicted third');
  });
});

describe('reading families (session 33): the names of a fronted clause of time are no subject of the main clause', () => {
  const SOURCE = 'The Larks formed in Derby in 1979. Before the release of Paper Harbour Lights, they had sold 41 million albums around the world.';
  it('"Before the release of <title>, they had sold …": the title is not whose figure it is', () => {
    assert.ok(!frameIn(lex, SOURCE, '41 million').subject.includes('harbour'));
    // (a main clause that names its own subject keeps it)
    assert.ok(frameIn(lex, 'Before the release of Paper Harbour Lights, Nordvale Records had sold 41 million albums.', '41 million').subject.some((x) => x === 'nordvale' || x === 'records'));
  });
  it('so the band\'s misquoted sales are contradicted', () => {
    const files = { 'larks.txt': 'The Larks\n\n' + SOURCE + '\n' };
    const r = resultOf(checkAgainst(files, "Before their new album The Larks' sales stood at 14 million albums [@larks].\n"), '14 million');
    assert.equal(r.verdict, 'contradicted');
  });
});

describe('reading families (session 33): a gap in points to a named rival', () => {
  const SOURCE = 'Lowe scored late to take Harwick back into second spot, five points behind Dunmore.';
  it('"N points adrift of X" / "behind X": whom the gap is to is read', () => {
    assert.deepEqual(frameIn(lex, 'The win lifted Harwick to second, three points adrift of Dunmore.', 'three').behind, ['dunmore']);
    assert.deepEqual(frameIn(lex, SOURCE, 'five').behind, ['dunmore']);
  });
  it('so a small gap to the same rival is contradicted, and the same gap supported', () => {
    assert.equal(judged(SOURCE, 'The win lifted Harwick to second, three points adrift of Dunmore.', 'three'), 'contradicted five');
    assert.equal(judged(SOURCE, 'The win lifted Harwick to second, five points adrift of Dunmore.', 'five'), 'supported five');
  });
  it('a gap to another rival is not', () => {
    assert.equal(judged(SOURCE, 'The win lifted Harwick to second, three points adrift of Selby.', 'three').split(' ')[0], 'unverified');
  });
});

describe('reading families (session 33): a person\'s age, no one named, against the only age the source states', () => {
  const SOURCE = 'Tom Vale has given the party £2m since 2001. The 52-year-old on Tuesday said he was reviewing his donations.';
  const verdict = (source: string, note: string, fig: string) => judged(source, note, fig);
  it('"The 55-year-old says …" is contradicted by the sole "52-year-old"; the same age supported', () => {
    assert.equal(verdict(SOURCE, 'The 55-year-old says he will almost certainly stop giving.', '55'), 'contradicted 52');
    assert.equal(verdict(SOURCE, 'The 52-year-old says he will almost certainly stop giving.', '52').split(' ')[0], 'supported');
  });
  it('not when the source states two ages, nor when the note names whose age it is', () => {
    const two = SOURCE + ' His 49-year-old brother agreed.';
    assert.equal(verdict(two, 'The 55-year-old says he will almost certainly stop giving.', '55').split(' ')[0], 'unverified');
    assert.equal(verdict(SOURCE, 'Ann Kerr, 55, says she will almost certainly stop giving.', '55').split(' ')[0], 'unverified');
  });
});

describe('reading families (session 33): "fifth-placed", "third-ranked" are places in a ranking', () => {
  const SOURCE = 'The band have three more albums on the readers\' list, including fifth-placed Iron Lanterns.';
  it('the ordinal hyphened to "placed" measures a rank', () => {
    assert.ok(frameIn(lex, SOURCE, 'fifth').metric.includes('rank'));
    assert.ok(frameIn(lex, 'The third-ranked side lost again.', 'third').metric.includes('rank'));
  });
  it('so "placed fourth in the list" is contradicted; another holder\'s place is not', () => {
    assert.equal(judged(SOURCE, 'Iron Lanterns was placed fourth in the readers\' list.', 'fourth'), 'contradicted fifth');
    assert.equal(judged(SOURCE, 'Salt Harbour was placed fourth in the readers\' list.', 'fourth').split(' ')[0], 'unverified');
  });
});

describe('reading families (session 33): "the largest" and "the biggest" measure alike', () => {
  it('so the span of a superlative is compared ("in 20 years" / "in a decade")', () => {
    assert.equal(lex.concept('large'), lex.concept('big'));
    const s = 'The strike, called by the Nordvale Staff Union, was the biggest by civil servants in a decade.';
    assert.equal(judged(s, 'The strike was the largest by civil servants in 20 years.', '20 years'), 'contradicted a decade');
    assert.equal(judged(s, 'The strike was the largest by civil servants in ten years.', 'ten years').split(' ')[0], 'supported');
  });
});

describe('reading families (session 33): "a further 6.4%" moved, and the counterpart of a supported level moved the other way', () => {
  it('"lost a further 6.4%" is a change; "added an extra 6.4%" measures nothing by "extra"', () => {
    const fr = frameIn(lex, 'The stock then lost a further 6.4%, to $27.24, in late trading.', '6.4%');
    assert.equal(fr.role, 'change');
    assert.equal(fr.direction, 'down');
    assert.ok(!frameIn(lex, 'They added an extra 6.4% to $27.24 in late trading.', '6.4%').metric.includes(lex.concept('extra')));
    // (an extra sum is still what it measures: "an extra £3m")
    assert.ok(frameIn(lex, 'The council will spend an extra £3m on roads.', '£3m').metric.includes(lex.concept('extra')));
  });
  it('the same size the other way, beside a level the source states beside it, is the direction misquoted', () => {
    const s = 'Shares in Kelt Media had closed at $25.60. They added an extra 6.4% to $27.24 in late trading.';
    assert.equal(judged(s, 'The stock then lost a further 6.4%, to $27.24, in late trading.', '6.4%'), 'contradicted 6.4%');
    assert.equal(judged(s, 'The stock then gained a further 6.4%, to $27.24, in late trading.', '6.4%'), 'supported 6.4%');
  });
});

describe('reading families (session 33): a year the note gives with many names and no metric', () => {
  const SOURCE = 'The highlight of years of phone-in shows was Edith Marlow\'s discomfort on Open Line in 1983, when a caller pressed her over the sinking of the Belmont.';
  it('every name met in the source figure\'s reach: another year is contradicted, the same supported', () => {
    assert.equal(judged(SOURCE, 'Edith Marlow was grilled about the Belmont on Open Line in 1987.', '1987'), 'contradicted 1983');
    assert.equal(judged(SOURCE, 'Edith Marlow was grilled about the Belmont on Open Line in 1983.', '1983').split(' ')[0], 'supported');
  });
  it('not with fewer names', () => {
    assert.equal(judged(SOURCE, 'Edith Marlow was grilled on the radio in 1987.', '1987').split(' ')[0], 'unverified');
  });
});

describe('reading families (session 33): "it was" a value, and a list of places before their values', () => {
  const SOURCE = 'The average size of an English constituency was 70,000 people, Mr Dunn said. In Northern Ireland it was just over 66,000, in Wales just over 59,000 and in Scotland 53,000.';
  it('"it was just over 66,000" measures what the sentence before measured, and so do the places listed after it', () => {
    assert.ok(frameIn(lex, SOURCE, '66,000').metric.includes('people'));
    assert.ok(frameIn(lex, SOURCE, '59,000').metric.includes('people'));
    assert.ok(frameIn(lex, SOURCE, '53,000').metric.includes('people'));
  });
  it('so Wales given Scotland\'s figure is contradicted by Wales\'s own', () => {
    assert.equal(judged(SOURCE, 'Welsh seats average only about 53,000 people.', '53,000'), 'contradicted 59,000');
    assert.equal(judged(SOURCE, 'Welsh seats average just over 59,000 people.', '59,000').split(' ')[0], 'supported');
  });
});
