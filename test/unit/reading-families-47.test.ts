// Reading families of session 47 (issue 9), found on bbc-37 and bbc-38 once they became development
// notes. Every sentence and every name here is written for the test.
import * as assert from 'node:assert/strict';
import { extractFigures } from '../../server/src/engine/figures';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
import { frameIn } from '../helpers/frameReads';
import { checkAgainst, judgedTitled, resultOf } from './check-helpers';

const kindOf = (text: string, figure: string) => extractFigures(text).find((f) => f.text === figure)?.kind;

describe('reading families (session 47): a place in a series of scores or of terms to come', () => {
  it('"a third penalty" and "any possible third term" are places in a series; "a third of voters" stays a share', () => {
    assert.equal(kindOf('Drevin cut the lead with a third penalty after 51 minutes.', 'third'), 'ordinal');
    assert.equal(kindOf('Their second try came from a scrum.', 'second'), 'ordinal');
    assert.equal(kindOf('He set out an agenda for policy in any possible third term.', 'third'), 'ordinal');
    assert.equal(kindOf('Blair promised policy for a possible third term.', 'third'), 'ordinal');
    assert.equal(kindOf('A third of voters said no.', 'A third'), 'percent');
  });
  it('"in a third place position", "a second place finish" are ranks', () => {
    assert.equal(kindOf('We can overtake them where we start in a third place position.', 'third'), 'ordinal');
    assert.equal(kindOf('He took a second place finish.', 'second'), 'ordinal');
  });
  it('"Drevin\'s third penalty came after 51 minutes" is supported by "a third penalty after 51 minutes", not contradicted by his sixth', () => {
    const S = 'Drevin cut the lead with a third penalty after 51 minutes. Later Drevin put Tarn ahead with his sixth penalty with 11 minutes left.';
    assert.equal(judgedTitled('Tarn edge past Vale', S, 'Drevin\'s third penalty came after 51 minutes.', 'third'), 'supported third');
  });
});

describe('reading families (session 47): "the Oscars" are the Academy Awards', () => {
  const S = 'Mara Lind, who lost the best actress Bafta to Tia Vey, will face her again at the Academy Awards in two weeks\' time.';
  it('"at the Oscars in three weeks\' time" is contradicted by "at the Academy Awards in two weeks\' time"', () => {
    assert.equal(judgedTitled('Lind and Vey meet again', S, 'Lind will face Vey again at the Oscars in three weeks\' time.', 'three weeks'), 'contradicted two weeks');
    assert.equal(judgedTitled('Lind and Vey meet again', S, 'Lind will face Vey again at the Oscars in two weeks\' time.', 'two weeks'), 'supported two weeks');
  });
});

describe('reading families (session 47): two digits of a stretch of time misplaced (loneTwin.ts)', () => {
  const S = 'Hundreds of gamers gathered at shops in Norway, some waiting for more than 36 hours, to be the first to buy the console.';
  it('"queued for more than 63 hours" is contradicted by the only stretch of hours the source gives, 36', () => {
    assert.equal(judgedTitled('Console sells out', S, 'Some fans queued for more than 63 hours.', '63 hours'), 'contradicted 36 hours');
  });
  it('not a value whose digits are not those misplaced, nor the same digits in another unit', () => {
    assert.equal(judgedTitled('Console sells out', S, 'Some fans queued for more than 50 hours.', '50 hours'), 'unverified');
    assert.equal(judgedTitled('Console sells out', S, 'Some fans queued for more than 63 days.', '63 days'), 'unverified');
  });
});

describe('reading families (session 47): a day of a month the source gives for the same event in other words', () => {
  const S = 'The prime minister is said to favour a spring poll to exploit his lead. Most commentators have been expecting an election on 5 May. A poll then would come four years into the term.';
  it('"expect a vote on 5 May" is supported by "expecting an election on 5 May"; another day is not', () => {
    assert.equal(judgedTitled('Poll date talk', S, 'Commentators mostly expect a vote on 5 May.', '5 May'), 'supported 5 May');
    assert.equal(judgedTitled('Poll date talk', S, 'Commentators mostly expect a vote on 6 May.', '6 May'), 'unverified');
  });
  it('not the day of someone else\'s event', () => {
    assert.equal(judgedTitled('Singers set dates', 'Vey\'s new album is released on 19 May, the label said. Lind is touring.', 'Lind\'s new album is out on 19 May.', '19 May'), 'unverified');
  });
});

describe('reading families (session 47): the same sum of money in its subject\'s clause (rules.ts sameSum)', () => {
  const S = 'Animation Reef Tale has raked in $80m (£42.4m) in the first week of its DVD release in Norway, the studio said. Its rival Sea Story cost $80m to make.';
  it('"Reef Tale took $80m in its opening week on DVD" is supported by "Reef Tale has raked in $80m … in the first week"', () => {
    assert.equal(judgedTitled('Fish film on DVD', S, 'Reef Tale took $80m in its opening week on DVD in Norway.', '$80m'), 'supported $80m');
  });
  it('not by a sum of the subject\'s with no word around it alike ("Sea Story cost $80m to make")', () => {
    assert.equal(judgedTitled('Fish film on DVD', S, 'Sea Story took $80m in its opening week on DVD in Norway.', '$80m'), 'unverified');
  });
});

describe('reading families (session 47): jobs cut, in the forms a count of jobs is cut', () => {
  const lex = new Lexicon();
  const roleOf = (sentence: string, figure: string) => frameIn(lex, sentence, figure).role;
  it('"the economy shed 22,000 jobs", "Airgate cut 500 jobs" (a past form that is also a noun, after its subject) are changes', () => {
    assert.equal(roleOf('In the first half of the year the economy shed almost 22,000 jobs.', '22,000'), 'change');
    assert.equal(roleOf('Airgate cut 500 jobs.', '500'), 'change');
    assert.equal(roleOf('It was a cut 500 strong.', '500'), 'level');
  });
  it('"105,000 jobs lost from the sector" and "104,000 job cuts" are changes; "20,000 workers lost their jobs" counts people', () => {
    assert.equal(roleOf('Action is needed because of 105,000 jobs lost from the sector.', '105,000'), 'change');
    assert.equal(roleOf('It follows the announcement of 104,000 job cuts.', '104,000'), 'change');
    assert.equal(roleOf('When the firm collapsed, 20,000 workers lost their jobs.', '20,000'), 'level');
  });
  it('"the economy shed almost 22,000 jobs" is contradicted by "lost more than 22,000 jobs"; "shed 105,000 jobs" supported by "105,000 jobs lost"', () => {
    assert.equal(judgedTitled('Jobs lost in Norway', 'During the first half of this year, the Norwegian economy lost more than 22,000 jobs.', 'In the first half of this year the Norwegian economy shed almost 22,000 jobs.', '22,000'), 'contradicted 22,000');
    assert.equal(judgedTitled('Factories in Norway', 'Action is needed, the union says, because of 105,000 jobs lost from manufacturing in Norway over the last year.', 'The union says manufacturing in Norway shed 105,000 jobs over the past year.', '105,000'), 'supported 105,000');
  });
});

describe('reading families (session 47): a sum sought is a claim made, not a plan', () => {
  const lex = new Lexicon();
  it('"is seeking $18 million in damages" plans nothing; "is seeking to raise $18 million" and "seeks 500 new staff" do', () => {
    assert.equal(frameIn(lex, 'Tarn Media is seeking $18 million in damages from Vale TV.', '$18 million').period.mode, undefined);
    assert.equal(frameIn(lex, 'Tarn Media is seeking to raise $18 million.', '$18 million').period.mode, 'plan');
    assert.equal(frameIn(lex, 'It seeks 500 new staff.', '500').period.mode, 'plan');
  });
  it('"is seeking $18 million in damages" is supported by "has filed a damages claim for $18 million"', () => {
    const S = 'Tarn Media, which makes the show for a network in Norway, has filed a damages claim for $18 million against Vale TV.';
    assert.equal(judgedTitled('Show makers sue', S, 'Tarn Media is seeking $18 million in damages from Vale TV.', '$18 million'), 'supported $18 million');
  });
});

describe('reading families (session 47): "N more" an addition, scare quotes, a union by its initials', () => {
  const lex = new Lexicon();
  it('"plus 300 more at the market" adds 300 (a level, as "a further 300" is); "300 more visitors than last year" is a change', () => {
    assert.equal(frameIn(lex, 'Some 350 films will be shown, plus 300 more at the film market.', '300').role, 'level');
    assert.equal(frameIn(lex, 'There were 300 more visitors than last year.', '300').role, 'change');
    assert.equal(judgedTitled('Festival line-up', 'Some 350 films will be screened at this year\'s festival, with a further 300 shown at the film market that runs alongside it.', 'Some 350 films will be shown, plus 300 more at the film market.', '300'), 'supported 300');
  });
  it('quotation marks around a word inside a phrase are read past: eight "critical" security holes count holes', () => {
    assert.equal(frameIn(lex, 'In its monthly bulletin, it flagged up eight "critical" security holes in Norway.', 'eight').metric[0], 'hole');
    assert.equal(frameIn(lex, 'It found eight \u2018critical\u2019 holes.', 'eight').metric[0], 'hole');
  });
  it('"the European Union" is "the EU": "The EU is funding it with 7.5m euros" is supported by "a 7.5m euro project funded by the European Union"', () => {
    assert.deepEqual(frameIn(lex, 'It is a new 7.5m euro project funded by the European Union.', '7.5m euro').names, ['eu']);
    const S = 'Tailored films are just the start of an ambitious new 7.5m euro project funded by the European Union.';
    assert.equal(judgedTitled('Films made to measure', S, 'The EU is funding the project with 7.5m euros.', '7.5m euros'), 'supported 7.5m euro');
  });
});

describe('reading families (session 47): a first the sentence dates, a plural\'s possessive', () => {
  it('"for the first time since 1925", "the first time in four years", "only the second time in 30 years" are places in a series', () => {
    assert.equal(kindOf('Cameras may be allowed into courts for the first time since 1925.', 'first'), 'ordinal');
    assert.equal(kindOf('It was the first time in four years.', 'first'), 'ordinal');
    assert.equal(kindOf('They grew by more than 3% for only the second time in 30 years.', 'second'), 'ordinal');
  });
  it('not "for the first time" alone, nor "the first time in London", nor "the first three games"', () => {
    assert.equal(kindOf('For the first time, he won.', 'first'), undefined);
    assert.equal(kindOf('It was the first time in London.', 'first'), undefined);
    assert.equal(kindOf('He won the first three games.', 'first'), undefined);
  });
  it('"the Tigers\' second try" is a place in the Tigers\' series; "the players\' second half" a part', () => {
    assert.equal(kindOf('He set up Corry for the Tigers\' second try.', 'second'), 'ordinal');
    assert.equal(kindOf('He set up Corry for the Tigers\u2019 second try.', 'second'), 'ordinal');
    assert.equal(kindOf('The players\' second half was poor.', 'second'), undefined);
  });
  it('"the first time since 1917" is supported by the source\'s; "the second time since 1917" is not', () => {
    const S = 'The party has picked Manchester for its spring conference, the first time since 1917 that it has gone there.';
    assert.equal(judgedTitled('Party heads north', S, 'It will be the first time since 1917 that the party has chosen Manchester.', 'first'), 'supported first');
    assert.notEqual(judgedTitled('Party heads north', S, 'It will be the second time since 1917 that the party has chosen Manchester.', 'second').split(' ')[0], 'supported');
  });
});

describe('reading families (session 47): a note naming no one, its value stated where no one else is named', () => {
  const S = 'Zorbix topped the chart, taking $24.1m (£12.7m) in its fourth week. Dune Song, said to have cost more than $150m (£79m) to make, earned just $13.5m (£7m) over three days at the box office.';
  it('"It took about £7m over three days" is not contradicted by the £12.7m of a clause that names Zorbix', () => {
    const r = checkAgainst({ 'story.txt': 'Dune Song flops\n\n' + S + '\n' }, '# Notes\n\nDune Song opened at number six.\nIt took about £7m over three days [@story].\n');
    assert.notEqual(resultOf(r, '£7m').verdict, 'contradicted');
  });
  it('…but a value stated nowhere is still contradicted', () => {
    const r = checkAgainst({ 'story.txt': 'Dune Song flops\n\n' + S + '\n' }, '# Notes\n\nDune Song opened at number six.\nIt took about £9m over three days [@story].\n');
    assert.equal(resultOf(r, '£9m').verdict, 'contradicted');
  });
});

describe('reading families (session 47): an age after "at", and after a person\'s role', () => {
  const lex = new Lexicon();
  const roleOf = (sentence: string, figure: string) => frameIn(lex, sentence, figure).role;
  it('"died at 92,", "who died last year at 80,", "signed to a label at 15.", "At 74, Dag Norum …" are ages', () => {
    assert.equal(roleOf('Lord Vane died at 92, on the eve of his birthday.', '92'), 'age');
    assert.equal(roleOf('Brandt, who died last year at 80, turned the part down.', '80'), 'age');
    assert.equal(roleOf('The Bergen singer signed to a record label at 15.', '15'), 'age');
    assert.equal(roleOf('At 74, Dag Norum would be the oldest winner.', '74'), 'age');
    assert.equal(roleOf('The Norway midfielder is 30.', '30'), 'age');
  });
  it('not "died at 92 Baker Street", "rose at 15 stores", "closed at 16.", "At 16, the index …", "was 30 yards out"', () => {
    assert.notEqual(roleOf('He died at 92 Baker Street.', '92'), 'age');
    assert.notEqual(roleOf('Sales rose at 15 stores.', '15'), 'age');
    assert.notEqual(roleOf('The index closed at 16.', '16'), 'age');
    assert.notEqual(roleOf('At 16, the index was flat.', '16'), 'age');
    assert.notEqual(roleOf('The striker was 30 yards out.', '30'), 'age');
  });
  it('"Lord Vane died at 92" is supported by "died at the age of 92", not by "at the age of 93"', () => {
    assert.equal(judgedTitled('Lord Vane dies', 'Former prime minister Lord Vane has died at the age of 92.', 'Lord Vane died at 92, a day before his birthday.', '92'), 'supported 92');
    assert.notEqual(judgedTitled('Lord Vane dies', 'Former prime minister Lord Vane has died at the age of 93.', 'Lord Vane died at 92, a day before his birthday.', '92').split(' ')[0], 'supported');
  });
});

describe('reading families (session 47): capitals joined by "&" are one name', () => {
  const lex = new Lexicon();
  it('"M&S", "P&O" and "AT&T" are one name each, not single letters', () => {
    assert.deepEqual(frameIn(lex, 'M&S sales fell 5%.', '5%').names, ['m&s']);
    assert.ok(frameIn(lex, 'P&O Ferries cut 1,200 jobs.', '1,200').names.includes('p&o'));
    assert.ok(frameIn(lex, 'Vanta is paying $16bn for AT&T.', '$16bn').names.includes('at&t'));
    assert.ok(!frameIn(lex, 'Vanta & partners paid $16bn.', '$16bn').names.some((x) => x.includes('&')));
  });
});

describe('reading families (session 47): "The man who …" stands for whoever the story named before', () => {
  const S = 'Tarn have appointed Dag Berg as manager. The man who was Ola Moe\'s assistant when Norway played at the 1994 World Cup won seven league titles with Vale.';
  it('"Berg won six league titles at Vale" is contradicted by the seven of "The man who was Ola Moe\'s assistant …"; seven supported', () => {
    assert.equal(judgedTitled('Tarn name Berg', S, 'Berg won six league titles at Vale.', 'six'), 'contradicted seven');
    assert.equal(judgedTitled('Tarn name Berg', S, 'Berg won seven league titles at Vale.', 'seven'), 'supported seven');
  });
});
