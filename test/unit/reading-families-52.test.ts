// Reading families of session 52 (issue 9), found on the development notes' misses: a lone twin's
// digits with a zero among them, a level and a change of one amount told apart by words far from
// it, a sibling whose own value the source states, an acronym written with an ampersand, figures
// quoted together beside a misquote of the same passage, and "dearer than" as a change. Every
// sentence and name is written for the test.
import * as assert from 'node:assert/strict';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';
import { checkAgainst, judgedAgainst, judgedStory, resultOf } from './check-helpers';

const lex = new Lexicon();

describe('reading families (session 52): a lone twin', () => {
  it('digits misplaced with a zero among them ("310" / "301") are a twin, though the words meet little', () => {
    assert.equal(judgedAgainst('The Ruvo prize judges had 301 to choose from this year.', 'Judges whittled 310 submissions down to a shortlist of ten for the Ruvo prize.', '310'), 'contradicted 301');
  });

  it('a level with a word of change near it and a change of the same digits misplaced are one amount ("the biggest rise, 226%" / "a 262% rise")', () => {
    assert.equal(judgedAgainst('But Norland led the way with a 262% rise, while Estmark saw the smallest increase of just 112%.', 'Norland saw the biggest rise, 226%, and Estmark the smallest, 112%.', '226%'), 'contradicted 262%');
    assert.equal(judgedAgainst('According to Labour Office figures, 157,000 new jobs were added in Ostland last month.', 'The Ostland economy added 175,000 jobs in May.', '175,000'), 'contradicted 157,000');
  });

  it('a share with no word of change near it stays apart from a rise of the same digits misplaced', () => {
    const r = judgedAgainst("Kelvo's sales rose 12.5% last year.", 'Kelvo holds a 15.2% share of the market.', '15.2%');
    assert.notEqual(r.split(' ')[0], 'contradicted', r);
  });

  it('a twin of three digits or more contradicts across "last year" against a year; one of two digits does not', () => {
    const src = 'The Ostland Development Bank said regional exports reached $445.1bn in 2004.';
    assert.equal(judgedAgainst(src, 'The Ostland Development Bank said exports from the region came to $454.1bn last year.', '$454.1bn'), 'contradicted $445.1bn');
    const two = judgedAgainst('The Ostland Development Bank said regional exports reached $45bn in 2004.', 'The Ostland Development Bank said exports from the region came to $54bn last year.', '$54bn');
    assert.notEqual(two.split(' ')[0], 'contradicted', two);
  });

  it('a sibling nearer the twin does not claim it when the source states the sibling\'s own value', () => {
    const src = 'The krona dropped to 141.60 per euro in morning trading. It later strengthened to 140.55.';
    assert.equal(judgedAgainst(src, 'The krona dropped to 141.60 per euro and later firmed to 145.05.', '145.05'), 'contradicted 140.55');
    // (a sibling the source does not state may be the misquote of the twin: no verdict)
    const r = judgedAgainst(src, 'The krona dropped to 141.90 per euro and later firmed to 145.05.', '145.05');
    assert.notEqual(r.split(' ')[0], 'contradicted', r);
  });
});

describe('reading families (session 52): names, comparatives, figures quoted together', () => {
  it('an acronym written with an ampersand names its firm ("M&S" / "Marks & Spencer")', () => {
    assert.equal(judgedAgainst('The move by Marks & Spencer has been widely expected and the firm will pay 76p for each Harlow share.', 'M&S will pay 67p for each Harlow share.', '67p'), 'contradicted 76p');
  });

  it('"54% dearer than a year ago" is a rise, contradicted by "45% higher than a year ago" and supported by its own value', () => {
    const fr = frameIn(lex, 'Crude is about 54% dearer than a year ago.', '54%');
    assert.equal(fr.role, 'change');
    assert.equal(fr.direction, 'up');
    const src = 'Crude prices are roughly 45% higher than a year ago, traders in Ostport said.';
    assert.equal(judgedAgainst(src, 'Crude is about 54% dearer than a year ago.', '54%'), 'contradicted 45%');
    assert.equal(judgedAgainst(src, 'Crude is about 45% dearer than a year ago.', '45%'), 'supported 45%');
  });

  it('two values quoted together still support each other beside a third value the same passage contradicts', () => {
    const r = checkAgainst(
      { 'velo.txt': 'Velo rally\n\nVelo shares touched 17.70 euros, before falling back to trade 7.8% higher at 16.60 euros.\n' },
      // (no name of its own: the words meet too little for "7.8%" alone)
      'They peaked at 17.70 euros before settling at 16.06 euros, up 7.8% [@velo].\n',
    );
    assert.equal(resultOf(r, '16.06 euros').verdict, 'contradicted');
    assert.equal(resultOf(r, '7.8%').verdict, 'supported');
    assert.equal(resultOf(r, '17.70 euros').verdict, 'supported');
  });
});

describe('reading families (session 52): what a count or a sum measures', () => {
  it('"the 300-strong audience" counts the audience, and supports "an audience of 300"', () => {
    assert.deepEqual(frameIn(lex, 'A 5,000-strong crowd watched the final.', '5,000').metric, ['spectator']);
    assert.equal(judgedAgainst('He told the 300-strong audience at the Dunmore Hall that the band was nervous.', 'Kel Varga spoke to an audience of 300 at the Dunmore Hall.', '300'), 'supported 300');
  });

  it('"hopes to save £10m" and "plans to make savings of £100m" measure one thing', () => {
    const src = 'Mr Arlen also plans to make savings of £100m by making changes to council pensions.';
    assert.equal(judgedAgainst(src, 'Tom Arlen hopes to save £10m through changes to council pension schemes.', '£10m'), 'contradicted £100m');
    assert.equal(judgedAgainst(src, 'Tom Arlen hopes to save £100m through changes to council pension schemes.', '£100m'), 'supported £100m');
  });
});

describe('reading families (session 52): a sentence restated', () => {
  const story = ['Border talks', 'Talks between Norland and Estmark resumed on Monday. The mountain region of Vallis has been a flashpoint between the two neighbours for more than 50 years.'];

  it('restates a source sentence whose names the sentence before it gives ("the two neighbours")', () => {
    assert.equal(judgedStory(story, 'Vallis has been a flashpoint between Norland and Estmark for almost 50 years.', '50 years'), 'contradicted 50 years');
    assert.equal(judgedStory(story, 'Vallis has been a flashpoint between Norland and Estmark for more than 50 years.', '50 years'), 'supported 50 years');
  });

  it('not where a name of the note is nowhere before it', () => {
    const r = judgedStory(story, 'Vallis has been a flashpoint between Norland and Ruvia for almost 50 years.', '50 years');
    assert.notEqual(r.split(' ')[0], 'contradicted', r);
  });
});

describe('reading families (session 52): two values swapped between their names', () => {
  const files = { 'bell.txt': 'Artist profile\n\nCarys Bell has won a number of prizes, including the Dunmore Open in 1989 and the Arlen Prize in 1991.\n' };
  const judged = (note: string) => checkAgainst(files, note + '\n').figures.map((x) => `${x.figure.text} ${x.verdict} ${x.evidence[0]?.figure?.text ?? ''}`.trim());

  it('each year moved to the other prize is contradicted by the year of its own prize', () => {
    assert.deepEqual(judged('Carys Bell won the Dunmore Open in 1991 and the Arlen Prize in 1989 [@bell].'), ['1991 contradicted 1989', '1989 contradicted 1991']);
  });

  it('the years in their places are supported', () => {
    assert.deepEqual(judged('Carys Bell won the Dunmore Open in 1989 and the Arlen Prize in 1991 [@bell].'), ['1989 supported 1989', '1991 supported 1991']);
  });
});

describe('reading families (session 52): a level set off before "down from" another', () => {
  it('is a level reached that way: "a 36% share of the market - down from 39%", "about 90% but this is down from a peak of 96%", "$12m, up from $9m"', () => {
    for (const [sentence, fig, way] of [
      ['Velcom now has a 36% share of the broadband market - down from 39% - which is becoming increasingly competitive.', '36%', 'down'],
      ['Ostsoft still dominates with a share of about 90% but this is down from a peak of almost 96% in mid-2004.', '90%', 'down'],
      ['Profits were $12m, up from $9m.', '$12m', 'up'],
    ]) {
      const fr = frameIn(lex, sentence, fig);
      assert.deepEqual([fr.end, fr.direction], ['to', way], sentence);
    }
    // (not a level whose clause goes on to something else coming down: "as prices came down from 60p")
    assert.equal(frameIn(lex, 'Sales reached 500 units as prices came down from 60p.', '500').direction, undefined);
  });

  it('a level said to have risen to it is contradicted; one said to have fallen to it is supported', () => {
    const src = 'Velcom now has a 36% share of the broadband market - down from 39% - which is becoming increasingly competitive.';
    assert.equal(judgedAgainst(src, "Velcom's market share has risen to 36%.", '36%'), 'contradicted 36%');
    assert.equal(judgedAgainst(src, "Velcom's share of the broadband market has fallen to 36%.", '36%'), 'supported 36%');
  });
});

describe('reading families (session 52): awards by other names', () => {
  it('"four American Velvet gongs" supports "four US Velvet awards"', () => {
    assert.equal(judgedAgainst('The latest win adds to the three Grammys and four American Velvet gongs won by Arlen earlier this year.', 'Arlen won four US Velvet awards earlier in the year.', 'four'), 'supported four');
  });
});

describe('reading families (session 52): a gap in points is no total of points', () => {
  const src = "The result leaves Ferris's side fourth in the league on 31 points - four points behind Dunmore and a further five back from Ostbury.";

  it('a gap is judged against the gap, not the side\'s total ("five points behind Dunmore" / "on 31 points - four points behind Dunmore")', () => {
    assert.equal(judgedAgainst(src, "Ferris's side are five points behind Dunmore.", 'five'), 'contradicted four');
    // ("trail X by N points" is the same gap)
    assert.equal(judgedAgainst(src, "Ferris's side trail Dunmore by five points.", 'five'), 'contradicted four');
    assert.equal(judgedAgainst(src, "Ferris's side trail Dunmore by four points.", 'four'), 'supported four');
  });

  it('a total is still judged against the total', () => {
    assert.equal(judgedAgainst(src, "Ferris's side are fourth in the league on 33 points.", '33'), 'contradicted 31');
  });

  it('"to within six points of", "six points between" and "trail X by six points" are gaps', () => {
    for (const [sentence, fig] of [['Victory took Arlen to within six points of leaders Dunmore.', 'six'], ['It is only six points between Dunmore and us.', 'six'], ['They trail Dunmore by six points.', 'six']]) {
      assert.equal(frameIn(lex, sentence, fig).pointsGap, true, sentence);
    }
    assert.equal(frameIn(lex, 'Arlen are on 31 points.', '31').pointsGap, undefined);
  });
});

describe('reading families (session 52): a paragraph opening with a description', () => {
  const story = ['Vela stays on', 'Marta Vela has put any talk of retirement on hold after an injury-free season.', 'The 28-year-old world number two had said that she would quit at the end of last year.'];

  it('"The 28-year-old world number two had said …" is about whom the paragraph before named', () => {
    assert.equal(judgedStory(story, 'Marta Vela, 29, has shelved plans to retire.', '29'), 'contradicted 28');
    assert.equal(judgedStory(story, 'Marta Vela, 28, has shelved plans to retire.', '28'), 'supported 28');
  });

  it('not about someone the paragraph before does not name', () => {
    const r = judgedStory(story, 'Anna Brek, 29, has shelved plans to retire.', '29');
    assert.notEqual(r.split(' ')[0], 'contradicted', r);
  });
});

describe('reading families (session 52, from bbc-47 and bbc-48): "quarterly" is a quarter', () => {
  const src = "Velmo's revenues rose 4.7% to $51.2bn from $48.8bn a year earlier. For the whole of 2004, Velmo earned $3.7bn, while its annual revenue rose 4.5% to $193bn.";

  it('"Quarterly sales" are a quarter\'s, which quarter unsaid', () => {
    assert.equal(frameIn(lex, 'Quarterly sales rose 4.5% to $51.2bn.', '$51.2bn').period.someQuarter, true);
  });

  it('a quarter\'s sales are judged against the quarter\'s, not the year\'s ("annual revenue rose 4.5% to $193bn")', () => {
    assert.equal(judgedAgainst(src, 'Quarterly sales at Velmo rose 4.5% to $51.2bn.', '$51.2bn'), 'supported $51.2bn');
    assert.equal(judgedAgainst(src, 'Quarterly sales at Velmo rose 4.5% to $52.1bn.', '$52.1bn'), 'contradicted $51.2bn');
  });
});

describe('reading families (session 52, from bbc-47 and bbc-48): a fronted "For X" before a pronoun subject', () => {
  it('names for whom, not who: "For Dunmore Weekly they asked 2,234 adults" has no named subject', () => {
    assert.deepEqual(frameIn(lex, 'For Dunmore Weekly they asked 2,234 adults the same question.', '2,234').subject, []);
    // (a subject named before the pronoun otherwise stays: "Dunmore Weekly said they asked …")
    assert.deepEqual(frameIn(lex, 'Dunmore Weekly asked 2,234 adults the same question.', '2,234').subject.sort(), ['dunmore', 'weekly']);
  });

  it('so the poll named a sentence before is who asked', () => {
    const story = ['Hunt poll', 'The Ostpoll survey of 2,000 adults for Arlen Radio found the public split. For Dunmore Weekly they asked 2,234 adults the same question.'];
    assert.equal(judgedStory(story, 'Ostpoll questioned 2,234 adults for Dunmore Weekly.', '2,234'), 'supported 2,234');
  });
});

describe('reading families (session 52, from bbc-47 and bbc-48): the span of an extreme', () => {
  const src = "Last year's Velvet awards attracted the highest audience in four years as viewers tuned in to see Arlen sweep the board.";

  it('the span of the least is no span of the highest ("the least watched in 20 years" / "the highest audience in four years")', () => {
    assert.equal(frameIn(lex, "This year's Velvet awards were the least watched in 20 years.", '20 years').extreme, 'low since');
    const r = judgedAgainst(src, "This year's Velvet awards were the least watched in 20 years.", '20 years');
    assert.notEqual(r.split(' ')[0], 'contradicted', r);
  });

  it('the span of the same extreme is still compared', () => {
    assert.equal(judgedAgainst(src, "Last year's Velvet awards attracted the highest audience in five years.", 'five years'), 'contradicted four years');
    assert.equal(judgedAgainst(src, "Last year's Velvet awards attracted the highest audience in four years.", 'four years'), 'supported four years');
  });
});

describe('reading families (session 52, from bbc-47 and bbc-48): a word made with a hyphen before the counted noun', () => {
  it('"a £5,000 tax-free personal allowance" counts the allowance, as "a £5,000 personal allowance" does', () => {
    const files = { 'tax.txt': 'Tax plans\n\nThe Arlen Party says it would aim for a £5,000 tax-free personal allowance, or a £7,000 allowance for the over-65s.\n' };
    const r = checkAgainst(files, 'The Arlen Party proposes a £5,000 personal allowance, or £7,500 for the over-65s [@tax].\n');
    assert.deepEqual(r.figures.map((x) => `${x.figure.text} ${x.verdict} ${x.evidence[0]?.figure?.text ?? ''}`), ['£5,000 supported £5,000', '£7,500 contradicted £7,000']);
  });
});

describe('reading families (session 52, from bbc-47 and bbc-48): places reached, views held', () => {
  it('"slipped to 18th" is a place reached, as "fell to number 16" is', () => {
    assert.deepEqual(frameIn(lex, "Last year's winner Ana Vell slipped to 18th.", '18th').metric, ['rank']);
    assert.equal(judgedAgainst("Last year's winner, chat show host Ana Vell, fell to number 16 following relatively few television appearances.", "Last year's winner Ana Vell slipped to 18th.", '18th'), 'contradicted number 16');
  });

  it('a view and an opinion are one thing held ("his view of Norland had dimmed after 15 … years" / "his opinion … after 12 … years")', () => {
    const src = 'Tom Arlen said his opinion of Norland had been lowered after 12 relatively trouble-free years in Ostland.';
    assert.equal(judgedAgainst(src, 'Tom Arlen said his view of Norland had dimmed after 15 largely trouble-free years in Ostland.', '15'), 'contradicted 12');
  });
});

describe('reading families (session 52, from bbc-48): the date of another figure\'s starting value', () => {
  const src = 'For the whole of 2004, Velmo earned $3.7bn, down from $3.8bn in 2003, while its annual revenue rose 4.5% to $193bn.';

  it('"down from $3.8bn in 2003" dates the $3.8bn, not the $193bn after it', () => {
    assert.equal(frameIn(lex, src, '$193bn').period.year, undefined);
    assert.equal(frameIn(lex, src, '$3.8bn').period.year, 2003);
  });

  it('so the year\'s revenue is judged against it', () => {
    assert.equal(judgedAgainst(src, 'For the whole of 2004 Velmo earned $3.7bn on revenue of $139bn.', '$139bn'), 'contradicted $193bn');
    assert.equal(judgedAgainst(src, 'For the whole of 2004 Velmo earned $3.7bn on revenue of $193bn.', '$193bn'), 'supported $193bn');
    assert.equal(judgedAgainst(src, 'Velmo earned $3.8bn in 2003.', '$3.8bn'), 'supported $3.8bn');
  });
});

describe('review (session 52): a sentence states a rate, not an interval', () => {
  it('"40 a day" past a semicolon is a rate the sentence states; "a year earlier", "a day after the vote" are none', () => {
    assert.equal(frameIn(lex, 'Kelvor sold 500 scooters; its plant makes 40 a day.', '500').rateNearby, true);
    assert.equal(frameIn(lex, 'Kelvor sold 500 scooters, up from 400 a year earlier.', '500').rateNearby, undefined);
    assert.equal(frameIn(lex, 'Kelvor sold 500 scooters a day after the vote.', '500').rateNearby, undefined);
  });
});

