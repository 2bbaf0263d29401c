// The functions a check hands its rules, made once per store (check/retrieval.ts CheckFunctions):
// one function per tolerance for the store's lifetime, each the agreement rule at its own
// tolerance, and the term weight the store's.
import * as assert from 'node:assert/strict';
import { checkNote } from '../../server/src/engine/check';
import { Retrieval } from '../../server/src/engine/check/retrieval';
import { extractFigures, figuresAgree } from '../../server/src/engine/figures';
import { buildCorpus } from '../../server/src/engine/workspace';

const SOURCE = 'Acme report\n\nAcme sold about 12,500 widgets in 2023, up 4.5% on the year before.\n';

function store() {
  return buildCorpus([{ path: '/s/acme.txt', text: SOURCE }]).corpus;
}

describe('check functions made once per store (check/retrieval.ts CheckFunctions)', () => {
  it('one agreement function per tolerance, kept for the store, each figuresAgree at its own tolerance', () => {
    const c = store();
    const a = new Retrieval(c);
    const b = new Retrieval(c);
    assert.equal(a.agreeAt(0.1), b.agreeAt(0.1), 'two checks of one store share the function');
    assert.notEqual(a.agreeAt(0.1), a.agreeAt(0.02));
    assert.notEqual(new Retrieval(store()).agreeAt(0.1), a.agreeAt(0.1), 'another store has its own');
    // (a share written as a fraction agrees within the tolerance: "a quarter" / 27%)
    const [note] = extractFigures('a quarter of staff');
    const [source] = extractFigures('27% of staff');
    for (const t of [0, 0.02, 0.05, 0.1, 0.2]) assert.equal(a.agreeAt(t)(note, source), figuresAgree(note, source, t), `tolerance ${t}`);
    assert.notEqual(a.agreeAt(0.02)(note, source), a.agreeAt(0.1)(note, source), 'the two tolerances tell this pair apart');
  });

  it('the term weight is the store idf, discounted for a word no source uses', () => {
    const c = store();
    const r = new Retrieval(c);
    assert.equal(r.weigh, new Retrieval(c).weigh);
    assert.equal(r.weigh('widget'), c.idf('widget'));
    assert.ok(!c.has('zebra') && r.weigh('zebra') < c.idf('zebra'));
  });

  it('a check at another tolerance after one at the default reads with its own', () => {
    const c = store();
    const note = 'Acme sold about 13,000 widgets in 2023 [@acme].\n';
    const at = (t: number) => checkNote(note, c, { hedgeTolerance: t }).figures.find((f) => f.figure.value === 13000)?.verdict;
    const wide = at(0.1);
    const narrow = at(0.02);
    assert.equal(at(0.1), wide, 'the same tolerance again: the same verdict');
    assert.notEqual(narrow, wide);
  });
});
