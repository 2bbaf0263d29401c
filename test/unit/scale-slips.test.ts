// Digit slips a misquote leaves. Scale slips (rules.ts scaleSlip): the very digits of a cited figure at another scale word
// ("£6.7m" for "£6.7bn") are a misquote's fingerprint that needs no shared words around them;
// not a bare number ("14 channels" is no slip of "14 million"), not a single digit ("$5m" and "$5bn"
// meet by chance in one story). Transposed digits ("57" for "75") about a subject the source's own
// clause names, its person by the surname alone. A precise level reached the other way ("rose to
// 48.3" / "eased to 48.3"). Every sentence here is written for the test.
import * as assert from 'node:assert/strict';
import { checkAgainst, resultOf, verdictOf } from './check-helpers';

const FILES: Record<string, string> = {
  'quangos.txt': 'Quango cull\n\nThe Ostland Tories say scrapping 120 quangos would save £6.7bn over a parliament.\n',
  'charts.txt': 'Box office year\n\nKelp Pictures is likely to end the year second on market share with $1.45 billion.\n',
  'tv.txt': 'Digital TV\n\nAt first more than a third of homes will be able to receive 14 free channels.\n',
  'author.txt': 'Edna Marr honoured\n\nThe writer Edna Marr is to get a lifetime award.\n\nSales of Marr\'s novels have exceeded 64 million, but her frank plots have drawn complaints.\n',
  'gauge.txt': 'Ostland services\n\nThe services index\'s sister survey - the jobs gauge - eased to 48.3 in March from 51.2 in February, while its new orders index rose to 55.9 from 50.1.\n',
  'fund.txt': 'Fund\n\nThe fund will be worth $5bn when the scheme ends.\n',
  'bank.txt': 'Ostbank deal\n\nOstbank was founded more than 200 years ago; it has branches in over 40 countries and employs 58,300 staff.\n',
};

const check = (note: string) => checkAgainst(FILES, note);

describe('scale slips: the same digits at another scale word', () => {
  it('are contradicted, with the source\'s figure as the fix, though the words around them differ', () => {
    const r = resultOf(check('They claim savings of more than £6.7m [@quangos].\n'), '£6.7m');
    assert.equal(r.verdict, 'contradicted');
    assert.equal(r.evidence[0]?.figure?.text, '£6.7bn');
    assert.equal(verdictOf(check('Kelp looks set to finish second with about $1.45 million [@charts].\n'), '$1.45 million'), 'contradicted');
  });

  it('transposed digits about the subject the source\'s clause names, a person by the surname alone', () => {
    const r = resultOf(check('Edna Marr\'s novels have sold more than 46 million copies [@author].\n'), '46 million');
    assert.equal(r.verdict, 'contradicted');
    assert.equal(r.evidence[0]?.figure?.text, '64 million');
    // …not another person of that surname's
    assert.notEqual(verdictOf(check('Tom Kade\'s novels have sold more than 46 million copies [@author].\n'), '46 million'), 'contradicted');
  });

  it('transposed digits of a sentence that names nobody, its metric met, the words around it few ("The bank employs 53,800 people")', () => {
    const r = resultOf(check('The bank employs 53,800 people around the world [@bank].\n'), '53,800');
    assert.equal(r.verdict, 'contradicted');
    assert.equal(r.evidence[0]?.figure?.text, '58,300');
    // not digits of another count that happen to be the same
    assert.notEqual(verdictOf(check('The bank has 53,800 branches [@bank].\n'), '53,800'), 'contradicted');
  });

  it('a precise level reached the other way in the same month is a misquote of the direction, with no value to offer', () => {
    const r = resultOf(check('The jobs gauge rose to 48.3 in March [@gauge].\n'), '48.3');
    assert.equal(r.verdict, 'contradicted');
    assert.equal(r.evidence[0]?.figure?.text, '48.3');
    assert.equal(r.fixes.length, 0);
    assert.equal(verdictOf(check('The jobs gauge fell to 48.3 in March [@gauge].\n'), '48.3'), 'supported');
  });

  it('not a bare number, and not a single significant digit', () => {
    assert.notEqual(verdictOf(check('Ostland has 14 million TV homes [@tv].\n'), '14 million'), 'contradicted');
    assert.notEqual(verdictOf(check('Its founder gave $5m to the scheme [@fund].\n'), '$5m'), 'contradicted');
  });
});
