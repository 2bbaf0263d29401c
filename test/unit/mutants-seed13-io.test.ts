// Reading and keeping sources at edges seed 13 of the mutation sample found untested
// (scripts/mutate-sample.mjs --seed 13, README "Tests"). Each case fails with its seed-13 mutant
// applied: a PDF's running head whose page number grows a digit is still the same head on every
// page, and a source's content key changes with its extraction's metadata, not only its text.
import * as assert from 'node:assert/strict';
import { dropFurniture, type PdfLine } from '../../server/src/engine/formats/pdfText';
import type { ExtractedText } from '../../server/src/engine/formats/types';
import { contentKey } from '../../server/src/engine/persist/sourceRecords';

describe('seed 13 survivors: reading and keeping sources', () => {
  it('a running head numbered "part 9" then "part 10" is one head, dropped from every page', () => {
    const topics = ['quarry', 'harbour', 'mill', 'railway'];
    const page = (n: number, topic: string): PdfLine[] => [
      { text: `Acme annual review, part ${n}`, y: 800, size: 9 },
      ...['opened', 'grew', 'paid', 'hired', 'sold', 'closed'].map((v) => ({ text: `The ${topic} ${v} as planned.`, y: 700, size: 11 })),
    ];
    const out = dropFurniture([8, 9, 10, 11].map((n, i) => page(n, topics[i])));
    assert.deepEqual(out.map((p) => p[0].text), ['The quarry opened as planned.', 'The harbour opened as planned.', 'The mill opened as planned.', 'The railway opened as planned.']);
    assert.deepEqual(out.map((p) => p.length), [6, 6, 6, 6]);
  });

  it('the content key of an extracted text covers its metadata: the same text with another title is another key', () => {
    const pdf = (title: string): ExtractedText => ({ format: 'pdf', text: 'Quarry output rose.', meta: { title } });
    assert.notEqual(contentKey('Quarry output rose.', pdf('Annual review')), contentKey('Quarry output rose.', pdf('Interim review')));
    assert.equal(contentKey('Quarry output rose.', pdf('Annual review')), contentKey('Quarry output rose.', pdf('Annual review')));
  });
});
