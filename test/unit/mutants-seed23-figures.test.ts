// The figures, formats and notes survivors of seed 23 of the mutation sample (StrykerJS, seed 23,
// issue 15), in made-up sentences. Each case fails with its seed-23 mutant applied and passes
// without it; the file:line each one kills (at 212563e, the draw) is given in its name.
import * as assert from 'node:assert/strict';
import { crc32 } from 'node:zlib';
import { extractFigures } from '../../server/src/engine/figures';
import { extractSource } from '../../server/src/engine/formats';

/** The figures of `text` (or of its part from `start` to `end`) as "text kind value [high]". */
function read(text: string, start?: number, end?: number): string[] {
  return extractFigures(text, start, end).map((f) => [f.text, f.kind, f.value, f.high].filter((x) => x !== undefined).join(' '));
}

/** What `page` extracts to as an HTML source. */
async function html(page: string) {
  const r = await extractSource('html', new TextEncoder().encode(page));
  assert.ok('text' in r, `the page was skipped: ${JSON.stringify(r)}`);
  return r;
}

/** A zip of `files`, stored uncompressed: enough of one for mammoth to read a .docx. */
function zip(files: Record<string, string>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, body] of Object.entries(files)) {
    const n = Buffer.from(name);
    const d = Buffer.from(body);
    const c = crc32(d);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(c, 14);
    local.writeUInt32LE(d.length, 18);
    local.writeUInt32LE(d.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(c, 16);
    central.writeUInt32LE(d.length, 20);
    central.writeUInt32LE(d.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, d);
    centrals.push(central, n);
    offset += 30 + n.length + d.length;
  }
  const dir = Buffer.concat(centrals);
  const tail = Buffer.alloc(22);
  tail.writeUInt32LE(0x06054b50, 0);
  tail.writeUInt16LE(centrals.length / 2, 8);
  tail.writeUInt16LE(centrals.length / 2, 10);
  tail.writeUInt32LE(dir.length, 12);
  tail.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, tail]));
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A Word document with a Heading 1 paragraph (its text as given, spaces kept) and one paragraph of body text. */
function docx(heading: string, body: string): Uint8Array {
  return zip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/styles" Target="styles.xml"/></Relationships>`,
    'word/styles.xml': `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>`,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">${heading}</w:t></w:r></w:p><w:p><w:r><w:t>${body}</w:t></w:r></w:p></w:body></w:document>`,
  });
}

describe('seed 23 survivors: figures', () => {
  it('a quarter of 1800, the first year a quarter may name, is read: "Q2 1800" (names.ts:80)', () => {
    const table: [string, string[]][] = [
      ['Rents fell in Q2 1800 across the valley.', ['Q2 1800 quarter 1800.25']],
      ['Rents fell in Q4 1801 across the valley.', ['Q4 1801 quarter 1801.75']],
      ['Rents fell in Q2 1799 across the valley.', []],
    ];
    for (const [s, figures] of table) assert.deepEqual(read(s).filter((f) => f.includes('quarter')), figures, s);
  });

  it('the top of a range with thirteen or more digits keeps every digit: "1,000,000,000,000-1,234,567,890,123" (emit.ts:15)', () => {
    assert.deepEqual(read('The mill shipped 1,000,000,000,000-1,234,567,890,123 grains.'), [
      '1,000,000,000,000-1,234,567,890,123 count 1000000000000 1234567890123',
    ]);
  });

  it('an ordinal hyphened to a lower-case word starting with "a" is still an ordinal: "5th-annual" (ranks.ts:58)', () => {
    const table: [string, string[]][] = [
      ['The town held its 5th-annual kite fair.', ['5th ordinal 5']],
      ['The town held its 5th-biggest kite fair.', ['5th ordinal 5']],
      ['The town held its 5th-Annual Kite Fair.', []],
    ];
    for (const [s, figures] of table) assert.deepEqual(read(s), figures, s);
  });

  it('only "and" after "between" joins two numbers into a range: "between 4 or 16 hours" is two figures (ranges.ts:89)', () => {
    const table: [string, string[]][] = [
      ['The walk took between 4 or 16 hours.', ['4 count 4', '16 hours duration 16']],
      ['Scores were between 40 und 90 points.', ['40 count 40', '90 count 90']],
      ['The walk took between 4 and 16 hours.', ['4 and 16 hours duration 4 16']],
    ];
    for (const [s, figures] of table) assert.deepEqual(read(s), figures, s);
  });

  it('"8% to 9%" after three words that are no change words is a range (ranges.ts:278 changeBefore)', () => {
    const table: [string, string[]][] = [
      ['Interest on the loan was 8% to 9% a year.', ['8% to 9% percent 8 9']],
      ['Interest on the loan rose 8% to 9% a year.', ['8% percent 8', '9% percent 9']],
    ];
    for (const [s, figures] of table) assert.deepEqual(read(s), figures, s);
  });

  it('an odds word more than 25 characters after a pair does not make it odds: "9-4 … the clear favourite" stays a score (ranges.ts:235 wordsNear)', () => {
    const table: [string, string[]][] = [
      ['The grey mare was 9-4 on a cold wet morning at the course, the clear favourite.', ['9-4 score 9 4']],
      ['The grey mare was 9-4, the clear favourite.', ['9-4 odds 9 4']],
    ];
    for (const [s, figures] of table) assert.deepEqual(read(s), figures, s);
  });
});

describe('seed 23 survivors: formats', () => {
  it('an HTML page\'s canonical link gives its address when no og:url is set (html.ts:86)', async () => {
    const r = await html('<html><head><title>Brackmoor</title><link rel="canonical" href="https://example.org/brackmoor"></head><body><p>The moor has 9 ponds.</p></body></html>');
    assert.equal(r.meta?.url, 'https://example.org/brackmoor');
  });

  it('a line break inside an HTML paragraph keeps its two lines apart (domText.ts:51)', async () => {
    const r = await html('<html><body><p>The moor has 9 ponds<br>and 4 stiles.</p></body></html>');
    assert.equal(r.text, 'The moor has 9 ponds\nand 4 stiles.\n');
  });

  it('a Word heading typed with spaces around it gives the title without them (docx.ts:20)', async () => {
    const table: [string, string][] = [
      ['  Brackmoor survey  ', 'Brackmoor survey'],
      ['Brackmoor   survey', 'Brackmoor survey'],
    ];
    for (const [heading, title] of table) {
      const r = await extractSource('docx', docx(heading, 'The moor has 9 ponds.'));
      assert.ok('text' in r, JSON.stringify(r));
      assert.equal(r.meta?.title, title, JSON.stringify(heading));
    }
  });
});
