// Reading families of session 36 (issue 9), found on the development notes bbc-2 … bbc-16.
// Every sentence and every name here is written for the test.
import * as assert from 'node:assert/strict';
import { judgedAgainst as judged } from './check-helpers';
import { extractFigures } from '../../server/src/engine/figures';

describe('reading families (session 36): a date is of the verb of its clause', () => {
  const S = 'The memoir, serialised in a weekly paper, says on 9 April Lady Harrow met then Trade Minister Lord Beck and adviser Dame Ivory. The minutes were later published on 14 April.';
  it('"met … on 14 April" against "on 9 April … met …": the meeting\'s day is misquoted', () => {
    assert.equal(judged(S, 'Lady Harrow met Lord Beck and Dame Ivory on 14 April.', '14 April'), 'contradicted 9 April');
    assert.equal(judged(S, 'Lady Harrow met Lord Beck and Dame Ivory on 9 April.', '9 April'), 'supported 9 April');
  });
  it('another verb names another event: a day of it is not compared with the meeting\'s', () => {
    assert.equal(judged(S, 'Lady Harrow wrote to Lord Beck and Dame Ivory on 3 April.', '3 April'), 'unverified');
  });
  it('"pointed to" a decade is "cited" it', () => {
    const s = 'Governor Ada Kell cited the late 1970s as an example of a time when weak figures were later revised upwards.';
    assert.equal(judged(s, 'Kell pointed to the early 1980s as a period when weak figures were later revised up.', 'early 1980s'), 'contradicted late 1970s');
    assert.equal(judged(s, 'Kell pointed to the late 1970s as a period when weak figures were later revised up.', 'late 1970s'), 'supported late 1970s');
  });
});

describe('reading families (session 36): a part of a decade is its years', () => {
  const years = (s: string) => extractFigures(s).map((f) => `${f.text} ${f.value}-${f.high}`);
  it('early, mid and late parts of a calendar decade; the whole decade and a century without one', () => {
    assert.deepEqual(years('It was set in the late 1980s.'), ['late 1980s 1986-1989']);
    assert.deepEqual(years('Since the mid-1990s, and in the early 2000s.'), ['mid-1990s 1993-1997', 'early 2000s 2000-2004']);
    assert.deepEqual(years('In the 1990s, and the early 1800s.'), ['1990s 1990-1999', '1800s 1800-1899']);
  });
  it('"the late 1980s" against "the early 1980s" is another time; against 1988 none', () => {
    const s = 'The Quiet Years, set in a mining town in the early 1980s, opened on Tuesday.';
    assert.equal(judged(s, 'The Quiet Years, set in a mining town in the late 1980s, opened this week.', 'late 1980s'), 'contradicted early 1980s');
    assert.equal(judged(s, 'The Quiet Years, set in a mining town in the early 1980s, opened this week.', 'early 1980s'), 'supported early 1980s');
    assert.doesNotMatch(judged('The Quiet Years is set in a mining town in 1988.', 'The Quiet Years is set in a mining town in the late 1980s.', 'late 1980s'), /^contradicted/);
  });
});

describe('reading families (session 36): a zero added or dropped', () => {
  it('"roughly 2,000 extra students" against "an additional figure of about 200" in the same words', () => {
    const s = 'Once converted into places, the rise was not huge - an additional figure of about 200 students.';
    assert.equal(judged(s, 'Once converted into places, the rise amounts to roughly 2,000 extra students.', '2,000'), 'contradicted 200');
    assert.equal(judged(s, 'Once converted into places, the rise amounts to roughly 200 extra students.', '200'), 'supported 200');
  });
  it('a round number ten times another of other words is no slip', () => {
    const s = 'Ticket sales reached 200 on the first day of the fair, the organisers said.';
    assert.equal(judged(s, 'Some 2,000 police officers were on duty on the first day of the fair.', '2,000'), 'unverified');
  });
});

describe('reading families (session 36): the speaker of a quotation is named where the source names them', () => {
  const S = 'The Home Office defended the plan. "It is worth remembering that this scheme will take a decade to come into full effect," a spokesman said. Critics called it flawed.';
  it('"Ana Reyes said the scheme would take five years" against a quotation of "a decade": the speaker need not be in its reach', () => {
    assert.equal(judged(S, 'Ana Reyes said the scheme would take five years to come fully into effect.', 'five years'), 'contradicted a decade');
    assert.equal(judged(S, 'Ana Reyes said the scheme would take a decade to come fully into effect.', 'a decade'), 'supported a decade');
  });
  it('unquoted, the source\'s words are no one\'s but the sentence\'s names: the speaker must be reached', () => {
    const s = 'The Home Office defended the plan. Officials expect the scheme to take a decade to come into full effect. Critics called it flawed.';
    assert.equal(judged(s, 'Ana Reyes said the scheme would take five years to come fully into effect.', 'five years'), 'unverified');
  });
});

describe('reading families (session 36): "came in third" is a place, as "came third" is', () => {
  const ranks = (s: string) => extractFigures(s).filter((f) => f.kind === 'ordinal').map((f) => `${f.text} ${f.value}`);
  it('a verb of arriving, "in", then the place', () => {
    assert.deepEqual(ranks('Marsh Lights came in third, taking $9m.'), ['third 3']);
    assert.deepEqual(ranks('The Quiet Years came in fourth.'), ['fourth 4']);
    assert.deepEqual(ranks('She finished in 7th.'), ['7th 7']);
  });
  it('not a part of a game after it, nor "in" after another verb', () => {
    assert.deepEqual(ranks('The winner came in second half stoppage time.'), []);
    assert.deepEqual(ranks('The car was left in second gear.'), []);
  });
  it('a place so read is checked against the source', () => {
    const s = 'At the box office, Marsh Lights came in fourth with takings of $9m.';
    assert.equal(judged(s, 'Marsh Lights came in fourth, taking $9m.', 'fourth'), 'supported fourth');
    assert.equal(judged(s, 'Marsh Lights came in third, taking $9m.', 'third'), 'contradicted fourth');
  });
});

describe('reading families (session 36): whom a speaker asked is no one the figure is about', () => {
  const S = 'At the debate, Hollin nurse Edna Pike asked: "Would you clean the wards at night for £5?"';
  it('"asked Marrow whether he would … for £10" against the nurse\'s "£5": Marrow need not be named', () => {
    assert.equal(judged(S, 'A Hollin nurse asked Marrow whether he would clean the wards at night for £10.', '£10'), 'contradicted £5');
    assert.equal(judged(S, 'A Hollin nurse asked Marrow whether he would clean the wards at night for £5.', '£5'), 'supported £5');
  });
  it('a name asked about, not asked, is still the figure\'s ("asked whether Marrow would …")', () => {
    assert.equal(judged(S, 'A Hollin nurse asked whether Marrow would clean the wards at night for £10.', '£10'), 'unverified');
  });
});

describe('reading families (session 36): a pronoun opening the source figure\'s clause stands for whom the story names', () => {
  it('"she presented … in the 1980s, Dorne has …": the main clause names her', () => {
    const s = 'Since she presented the quiz shows Brainbox and Quickfire in the 1980s, Dorne has kept a low profile.';
    assert.equal(judged(s, 'Dorne presented quiz shows in the 1990s.', '1990s'), 'contradicted 1980s');
    assert.equal(judged(s, 'Dorne presented quiz shows in the 1980s.', '1980s'), 'supported 1980s');
  });
  it('"it became infected during a 10-minute outing": the sentences before name whose finger', () => {
    const s = "Hale's finger has been slow to heal. He hurt it against Norland, and it became infected during a 10-minute outing as a replacement for Westford.";
    assert.equal(judged(s, "Hale's finger became infected during a 15-minute outing for Westford.", '15-minute'), 'contradicted 10-minute');
  });
  it('a name the story never gives is still missing', () => {
    const s = 'Since she presented the quiz shows Brainbox and Quickfire in the 1980s, Dorne has kept a low profile.';
    assert.equal(judged(s, 'Carrow presented quiz shows in the 1990s.', '1990s'), 'unverified');
  });
});

describe('reading families (session 36): "lost five of their six games" is a tally, as "won five of six" is', () => {
  const S = 'Westford have lost their first three matches this season and four out of their six games since Hale replaced Sir Tom Reddin as coach.';
  it('a tally of games lost is compared with the tally the source gives', () => {
    // (the evidence shown may be the season's "first three matches": a tally too, of games lost)
    assert.match(judged(S, 'Westford have lost five of their six games since Hale replaced Reddin.', 'five'), /^contradicted (four|three)$/);
    assert.equal(judged(S, 'Westford have lost four of their six games since Hale replaced Reddin.', 'four'), 'supported four');
  });
  it('jobs cut of a workforce stay what they were read as before', () => {
    const s = 'Vessa has cut 300 jobs this year.';
    assert.equal(judged(s, 'Vessa has cut 300 jobs this year.', '300'), 'supported 300');
  });
});
