// Reading families of session 37 (issue 9), found on bbc-17 and bbc-18 once they became development
// notes. Every sentence and every name here is written for the test.
import * as assert from 'node:assert/strict';
import { checkAgainst, judgedAgainst as judged, resultOf } from './check-helpers';
import { extractFigures } from '../../server/src/engine/figures';

describe('reading families (session 37): the part of "A of the owner\'s B"', () => {
  const S = 'In 2001 the Assembly dismissed all but 41 of the Council\'s 380 appointed members.';
  it('"all but 41 appointed members" is the part the source states, not a misquote of the whole', () => {
    assert.equal(judged(S, 'The Assembly dismissed all but 41 appointed members.', '41'), 'supported 41');
  });
  it('another part is still contradicted', () => {
    assert.match(judged(S, 'The Assembly dismissed all but 46 appointed members.', '46'), /^contradicted/);
  });
  it('the whole itself, misquoted, is contradicted by the whole', () => {
    assert.equal(judged(S, 'The Council had 390 appointed members.', '390'), 'contradicted 380');
  });
});

describe('reading families (session 37): a set\'s tie-break in brackets', () => {
  const S = 'The 19-year-old Dane edged the deciding set tie-break for a 6-4 3-6 (4-7) 7-6 (7-3) victory and a first title in Basel.';
  it('"took the deciding-set tie-break 7-3" is the bracketed score, not the first set', () => {
    assert.equal(judged(S, 'The 19-year-old Dane took the deciding-set tie-break 7-3.', '7-3'), 'supported 7-3');
  });
  it('without the bracket, the same words still compare the first set', () => {
    const s = 'The 19-year-old Dane edged the deciding set for a 6-4 victory and a first title in Basel.';
    assert.equal(judged(s, 'The 19-year-old Dane took the deciding set 6-2.', '6-2'), 'contradicted 6-4');
  });
});

describe('reading families (session 37): a sale\'s price past the place of sale', () => {
  const S = 'A violin that belonged to Ida Marsh has been sold for £240,000 at an auction in Vienna.';
  it('"sold at a Vienna auction for £240,000" is the price the source states', () => {
    assert.equal(judged(S, 'A Marsh violin sold at a Vienna auction for £240,000.', '£240,000'), 'supported £240,000');
    assert.equal(judged(S, 'A Marsh violin sold at a Vienna auction for £420,000.', '£420,000'), 'contradicted £240,000');
  });
  it('so its metric is met well enough to name another source that states it', () => {
    const files = { 'estate.txt': 'Estate\n\nThe Marsh family home in Graz is to be opened to the public next spring.\n', 'violin.txt': 'Violin sold\n\n' + S + '\n' };
    const f = resultOf(checkAgainst(files, 'A Marsh violin later sold at a Vienna auction for £240,000 [@estate].\n'), '£240,000');
    assert.equal(f.wrongSource?.source.key, 'violin');
  });
  it('an object after the verb is no place of sale: "offering 256mb of storage for $79" is not a price of the verb', () => {
    const s = 'The new player comes in two versions - one offering 256mb of storage for $79 and a second with one gigabyte of storage for $129.';
    assert.doesNotMatch(judged(s, 'The larger player sells for $129.', '$129'), /^contradicted/);
  });
});

describe('reading families (session 37): a right figure stated in several other sources', () => {
  const files = {
    'cited.txt': 'Trial opens\n\nThe trial of the former chairman opened in Leeds on Monday.\n',
    'first.txt': 'Chairman on trial\n\nMr Orrin Vale could face a sentence of 65 years if convicted of all the charges he is facing.\n',
    'second.txt': 'Vale denies fraud\n\nMr Orrin Vale could face a sentence of 65 years if convicted of all the charges he is facing.\n',
  };
  const r = checkAgainst(files, 'Orrin Vale could face a sentence of 65 years if convicted [@cited].\n');
  const f = resultOf(r, '65 years');
  it('names each source that states it, best first, each with its fix', () => {
    assert.equal(f.verdict, 'supported');
    assert.deepEqual(f.evidence.map((e) => e.source.key).sort(), ['first', 'second']);
    assert.equal(f.wrongSource, f.evidence[0]);
    assert.deepEqual(f.fixes.map((x) => x.edits[0].newText).sort(), ['first', 'second']);
    assert.equal(f.fixes.filter((x) => x.preferred).length, 1);
  });
  it('the diagnostic names the others', () => {
    const d = r.diagnostics.find((x) => x.code === 'figure-wrong-source');
    assert.ok(d, 'a wrong-source diagnostic');
    const other = f.evidence[1].source.key;
    assert.match(d.message, new RegExp(`Also in ${other}\\.$`));
  });
});

describe('reading families (session 37): an ordinal whose noun is left out', () => {
  const ranks = (s: string) => extractFigures(s).filter((f) => f.kind === 'ordinal').map((f) => f.text);
  it('owned by a possessive at its phrase\'s end, or after a verb of being', () => {
    assert.deepEqual(ranks("Tane Moko's try was the Maori side's sixth."), ['sixth']);
    assert.deepEqual(ranks("This year is Ada Finch's 23rd as conductor of the festival choir."), ['23rd']);
    assert.deepEqual(ranks('The Lumen box camera from 1911 is 64th [@list].'), ['64th']);
  });
  it('not a bare ordinal after an article, nor one before a list', () => {
    assert.deepEqual(ranks('The meeting is on the 21st.'), []);
    assert.deepEqual(ranks("It was the team's sixth and last."), []);
  });
});

describe('reading families (session 37): a chart\'s place written "number N"', () => {
  it('"now sits at number two" against "from number one to number three": the same song\'s place, misquoted', () => {
    const s = "Vela's new single pushed Orla Kade's Paper Moons from number one to number three.";
    assert.equal(judged(s, 'Paper Moons by Orla Kade now sits at number two.', 'number two'), 'contradicted number three');
    assert.equal(judged(s, 'Paper Moons by Orla Kade now sits at number three.', 'number three'), 'supported number three');
  });
  it('"slipped to number five" against "fell to number three"', () => {
    const s = "Last week's number one album Harbour, by Kestrel, fell to number three.";
    assert.equal(judged(s, "Kestrel's Harbour, the previous week's chart-topper, slipped to number five.", 'number five'), 'contradicted number three');
  });
  it('each title\'s place is its own', () => {
    const s = 'The reissues fill the top 40, with Blue Harbour at number 20 and Stone Steps at number 31.';
    assert.equal(judged(s, 'Stone Steps sits at number 21 in the singles chart.', 'number 21'), 'contradicted number 31');
  });
});

describe('reading families (session 37): a speaker the source gives as a pronoun', () => {
  const story = (first: string) => `Story\n\n${first} The trust's director spoke to the Gazette on Monday.\n\n"We hope for the best. We have waited long enough." She pointed out that it was 40 years since the harbour act was passed.\n`;
  const noted = (first: string) => resultOf(checkAgainst({ 'story.txt': story(first) }, 'Doyle noted that it was 45 years since the harbour act was passed [@story].\n'), '45 years');
  it('"Doyle noted that it was 45 years since …" against "She pointed out that it was 40 years since …", Doyle named a paragraph before', () => {
    const r = noted('Ires Doyle of the Civic Trust said the plan was overdue.');
    assert.equal(r.verdict, 'contradicted');
    assert.equal(r.evidence[0]?.figure?.text, '40 years');
  });
  it('nobody of that name before the pronoun: the name is still missing', () => {
    assert.equal(noted('Officials of the Civic Trust said the plan was overdue.').verdict, 'unverified');
  });
});

describe('reading families (session 37): names in a relative clause say which one', () => {
  it('"The former soldier who killed Anton Marr was jailed for 12 years" against "… sentenced to 14 years … for killing Anton Marr"', () => {
    const s = 'A former soldier was sentenced to 14 years in prison last year for killing Anton Marr.';
    assert.equal(judged(s, 'The former soldier who killed Anton Marr was jailed for 12 years.', '12 years'), 'contradicted 14 years');
  });
  it('the subject itself named after the figure is not so read', () => {
    const s = 'A former soldier was sentenced to 14 years in prison last year after Anton Marr testified.';
    assert.equal(judged(s, 'Anton Marr was jailed for 12 years.', '12 years'), 'unverified');
  });
});
