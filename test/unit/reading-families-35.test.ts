// Reading families of session 35 (issue 9), found on the development notes bbc-2 … bbc-16.
// Every sentence and every name here is written for the test.
import * as assert from 'node:assert/strict';
import { judgedAgainst as judged } from './check-helpers';

describe('reading families (session 35): a rate per unit of time is evidence of a metric only with words in common', () => {
  it('"six weeks a year" of coaching is not the "52-week-a-year job" a coach speaks of', () => {
    const s = "Kestrel's head coach says: This is a 52-week-a-year job for me, it is my life. The federation spent three days with him.";
    assert.equal(judged(s, 'The federation hopes to use Kestrel for about six weeks a year.', 'six weeks'), 'unverified');
  });
  it('the same words around two yearly counts still make one quantity: supported or contradicted', () => {
    const s = 'About four billion chargers are shipped around the world every year, and about two billion are in use in Europe alone.';
    assert.equal(judged(s, 'About two billion chargers are shipped worldwide every year.', 'two billion'), 'contradicted four billion');
    assert.equal(judged(s, 'About four billion chargers are shipped worldwide every year.', 'four billion'), 'supported four billion');
  });
});

describe('reading families (session 35): how much values "vary by" is a spread, not a level', () => {
  const S = 'Foster carers in Westshire get an allowance. In a survey, it found that rates paid by neighbouring councils could vary by as much as £90 per week.';
  it('an average rate is not contradicted by the spread between rates', () => {
    assert.equal(judged(S, 'The average allowance paid to carers across Westshire is £120 a week.', '£120'), 'unverified');
  });
  it('a spread is compared with a spread', () => {
    assert.equal(judged(S, 'Rates paid by neighbouring councils could vary by up to £90 per week.', '£90'), 'supported £90');
    assert.equal(judged(S, 'Rates paid by neighbouring councils could vary by as much as £70 per week.', '£70'), 'contradicted £90');
  });
});

describe('reading families (session 35): a value\'s deadline read past its conversion in brackets', () => {
  const S = 'The market for polyphonic ringtones was worth just $30 million (£16 million) in 2004, but is set to be worth $2.4 billion (£1.3 billion) by 2009, according to Orbis Research.';
  it('"$2.4 billion by 2010" against "$2.4 billion (£1.3 billion) by 2009": the year is the slip', () => {
    assert.equal(judged(S, 'Orbis Research expects polyphonic ringtones to be worth $2.4 billion by 2010.', '2010'), 'contradicted 2009');
    assert.equal(judged(S, 'Orbis Research expects polyphonic ringtones to be worth $2.4 billion by 2009.', '2009'), 'supported 2009');
  });
});

describe('reading families (session 35): "as long as", "as large as" state a maximum, as "up to" does', () => {
  const S = 'It could take up to 12 years before Ostland is able to join, and entry talks may fail.';
  it('two maxima are compared as written', () => {
    assert.equal(judged(S, 'It could be as long as 8 years before Ostland is able to join.', '8 years'), 'contradicted 12 years');
    assert.equal(judged(S, 'It could be as long as 12 years before Ostland is able to join.', '12 years'), 'supported 12 years');
  });
});

describe('reading families (session 35): metric synonyms — films and movies, jets and planes, websites and sites, forecasts and predictions', () => {
  it('"acted in nine … films" / "appeared in 9 … movies"', () => {
    const s = 'Okoro, who died on Friday, also appeared in 9 Lena Marsh movies, including Dry Season.';
    assert.equal(judged(s, 'Okoro acted in nine Lena Marsh films.', 'nine'), 'supported 9');
    assert.equal(judged(s, 'Okoro acted in eight Lena Marsh films.', 'eight'), 'contradicted 9');
  });
  it('"sell fifteen of its jets" / "the sale of 12 planes"', () => {
    const s = 'Aerocorp also said it had agreed with SkyJet, a new budget airline, the sale of 12 planes for $700m.';
    assert.equal(judged(s, 'Aerocorp agreed to sell fifteen of its jets to SkyJet for $700m.', 'fifteen'), 'contradicted 12');
  });
  it('"its website has raised more than £6m" / "the site has received almost £6 million"', () => {
    const s = 'The appeal was launched in March. The site has so far received almost £6 million, with more than 9,000 donations.';
    assert.equal(judged(s, 'Its website has raised more than £6m so far.', '£6m'), 'contradicted £6 million');
    assert.equal(judged(s, 'Its website has raised almost £6m so far.', '£6m'), 'supported £6 million');
  });
  it('"the forecasts assume growth of 2.2% in Ostland" / "forecasts based on predictions of growth of 1.5% in Ostland"', () => {
    const s = 'The forecasts are based on commission predictions of GDP growth of 1.5% in Ostland next year and 2.2% in Westland.';
    assert.equal(judged(s, 'The forecasts assume growth of 2.2% in Ostland and 1.5% in Westland next year.', '1.5%'), 'contradicted 2.2%');
  });
});

describe('reading families (session 35): two values swapped between the places that follow them', () => {
  const S = 'The forecasts are based on commission predictions of GDP growth of 1.5% in Spain next year and 2.2% in Italy.';
  const NOTE = 'The forecasts assume growth of 2.2% in Spain and 1.5% in Italy next year.';
  it('each value is contradicted by the other, though the source states both (each its own place\'s)', () => {
    assert.equal(judged(S, NOTE, '2.2%'), 'contradicted 1.5%');
    assert.equal(judged(S, NOTE, '1.5%'), 'contradicted 2.2%');
  });
  it('in their places they are supported', () => {
    assert.equal(judged(S, 'The forecasts assume growth of 1.5% in Spain and 2.2% in Italy next year.', '2.2%'), 'supported 2.2%');
  });
});

describe('reading families (session 35): what happened against what was predicted', () => {
  const S = 'The film has been lauded, from the Venice Film Festival to five awards from the Dublin Critics Circle. Its maker gave it a good chance of doing well on Saturday, predicting that it would collect five or six awards.';
  it('a perfect past an adverb ("had already won") or of a short irregular verb ("has won") is what happened: a prediction does not support it', () => {
    assert.equal(judged(S, 'It had already won six awards from the Dublin Critics Circle.', 'six'), 'contradicted five');
    assert.equal(judged(S, 'It has won six awards from the Dublin Critics Circle.', 'six'), 'contradicted five');
    assert.equal(judged(S, 'It had already collected six awards from the Dublin Critics Circle.', 'six'), 'contradicted five');
  });
  it('a prediction still supports a prediction', () => {
    assert.equal(judged(S, 'Its maker expected it to collect six awards.', 'six'), 'supported six');
  });
});

describe('reading families (session 35): an ordinal before "place" is a rank, whatever the verb', () => {
  const S = "Rock band Ixion's latest album Blue Hours came fourth while Harlan Vey's Night Roads was in fifth place.";
  it('"took fourth place" against "was in fifth place" of the same album', () => {
    assert.equal(judged(S, "Harlan Vey's Night Roads took fourth place.", 'fourth'), 'contradicted fifth');
    assert.equal(judged(S, "Harlan Vey's Night Roads finished in fifth place.", 'fifth'), 'supported fifth');
  });
});

describe('reading families (session 35): two values swapped between the stretches of words that follow them', () => {
  const S = 'The total settlement includes $6m in fines and more than $3m to fund state safety checks with gun dealers.';
  const NOTE = 'The settlement includes $3m in fines and more than $6m for state safety checks.';
  it('each value is contradicted by the one the source gives its words, though the source states both', () => {
    assert.equal(judged(S, NOTE, '$3m'), 'contradicted $6m');
    assert.equal(judged(S, NOTE, '$6m'), 'contradicted $3m');
  });
  it('in their places they are supported', () => {
    assert.equal(judged(S, 'The settlement includes $6m in fines and more than $3m for state safety checks.', '$6m'), 'supported $6m');
  });
});

describe('reading families (session 35): a hyphened nationality opened by a combining form is a place', () => {
  it('"Anglo-Swedish" names no rival of the company the note names', () => {
    const s = 'Shares in Anglo-Swedish drug have closed down 8% in UK trade after the failure of its Tavor drug in a major clinical trial.';
    assert.equal(judged(s, 'Zenexa shares closed 8% lower after the Tavor trial failed.', '8%'), 'supported 8%');
  });
});

describe('reading families (session 35): "NAME was 43" is an age, past an aside and before another name\'s gapped age', () => {
  const S = 'The victims were Peter Vance, 50, of Kirkby, Leslie Hart, 43, and Robert Alcorn, 37.';
  it('reads the ages the source apposes to the names', () => {
    assert.equal(judged(S, 'Leslie Hart was 43 and Robert Alcorn 37.', '43'), 'supported 43');
    assert.equal(judged(S, 'Peter Vance, of Kirkby in Leeds, was 50.', '50'), 'supported 50');
  });
});

describe('reading families (session 35): the last time is the start of the wait for the first since', () => {
  it('"which they last won in 1962" / "a first Double since 1962"', () => {
    const s = "Kerry are unbeaten in this year's league and have their sights set on a first Double since 1962.";
    assert.equal(judged(s, 'Kerry are chasing the Double, which they last won in 1962.', '1962'), 'supported 1962');
  });
});
