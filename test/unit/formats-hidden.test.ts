// What a saved page never shows (`hidden`, `aria-hidden="true"`, an inline `display: none`) is not
// read as its text (formats/domText.ts): a hidden teaser's figures would otherwise be cited as the
// article's. Every snippet here is written for the test.
import * as assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { domParagraphs } from '../../server/src/engine/formats/domText';
import { extractSource } from '../../server/src/engine/formats';

const body = (html: string) => (parseHTML(`<html><body>${html}</body></html>`) as unknown as { document: { body: unknown } }).document.body as never;

describe('formats: what a page never shows is not read', () => {
  it('a hidden element, an aria-hidden one and one styled display:none leave no text; shown ones stay', () => {
    const html = '<p>Shown: 12 vans.</p><div hidden><p>Hidden: 99 vans.</p></div><p aria-hidden="true">Aria: 98 vans.</p><p style="color: red; display : none">Styled: 97 vans.</p><p aria-hidden="false">Also shown: 13 vans.</p>';
    assert.deepEqual(domParagraphs(body(html)), ['Shown: 12 vans.', 'Also shown: 13 vans.']);
  });
  it('a saved page with no article: the hidden div is not part of the source text', async () => {
    const page = '<html><head><title>Van sales</title></head><body><aside><p>The Kelby van maker sold 1,200 vans in 2021, up 4% on the year before, its owner told the local paper in a long interview.</p></aside><div hidden><p>Teaser: 9,999 vans sold next year.</p></div></body></html>';
    const r = await extractSource('html', new TextEncoder().encode(page));
    assert.ok(!('skip' in r), JSON.stringify(r));
    assert.match(r.text, /1,200 vans/);
    assert.doesNotMatch(r.text, /9,999/);
  });
});
