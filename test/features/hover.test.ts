// Hovers made to be read at a glance: a contradiction shows the fields where the two claims differ;
// a silenced line says it is silenced; a citation of a markdown source renders its first lines.
import * as assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver';
import { onHover } from '../../server/src/lsp/hover';
import { FILES } from './fixtures';
import { codesOn, Harness, posOf, ROOT, under, uriOf } from './harness';

const LOG = [
  '---',
  'title: The lighthouse log',
  'author: M. Quayle',
  '---',
  '# The lighthouse log',
  '',
  '*Kept by the keeper of Kellmouth light since 1990.*',
  '',
  'Fog lay on the harbour for 61 days in 2021.',
  '',
].join('\n');

const NOTE = [
  '# Hovers',
  '',
  'In 2022 the crane fleet grew to 21 cranes after the refit [@harbor].',
  '',
  '<!-- grounded-ignore -->',
  'The crane fleet grew to 23 cranes after the refit [@harbor].',
  '',
  '<!-- grounded-ignore figure-unverified -->',
  'The crane fleet grew to 24 cranes after the refit [@harbor].',
  '',
  'The keeper logged fog [@log].',
  '',
].join('\n');

const NOTE_URI = uriOf('notes/hovers.md');

describe('hover at a glance', () => {
  let h: Harness;
  const hoverAt = (sub: string, needle = sub): string => {
    const hv = onHover(h.ctx, { textDocument: { uri: NOTE_URI }, position: posOf(NOTE, sub, needle) });
    assert.ok(hv, `no hover on ${sub}`);
    return (hv.contents as MarkupContent).value;
  };

  beforeEach(async () => {
    h = await Harness.start({ files: under(ROOT, { ...FILES, 'sources/log.md': LOG, 'notes/hovers.md': NOTE }) });
    await h.open('notes/hovers.md');
  });

  it('a contradiction whose claims differ in a field: that field is a row, the others one line', () => {
    const v = hoverAt('21', '21 cranes');
    assert.match(v, /Contradicted/);
    assert.match(v, /\| when&emsp; \| 2022&emsp; \| — \|/, v);
    assert.match(v, /\*Both read as:\* crane · level \(to\)/, v);
  });

  it('a silenced line says so under its verdict, and has no diagnostic', () => {
    const v = hoverAt('23', '23 cranes');
    const lines = v.split('\n\n');
    assert.match(lines[0], /Contradicted/);
    assert.match(lines[1], /Silenced:.*grounded-ignore/, v);
    const line = NOTE.split('\n').findIndex((l) => l.includes('23 cranes'));
    assert.deepEqual(codesOn(h.latest(NOTE_URI), line), []);
  });

  it('silencing another rule is not silencing this one', () => {
    const v = hoverAt('24', '24 cranes');
    assert.match(v, /Contradicted/);
    assert.doesNotMatch(v, /Silenced/);
    const line = NOTE.split('\n').findIndex((l) => l.includes('24 cranes'));
    assert.deepEqual(codesOn(h.latest(NOTE_URI), line), ['figure-mismatch']);
  });

  it('a citation of a markdown source: its title once, its first lines rendered as markdown', () => {
    const v = hoverAt('@log', 'keeper logged');
    assert.equal(v.split('The lighthouse log').length - 1, 1, v);
    assert.match(v, /^\*\*The lighthouse log\*\*/);
    assert.match(v, /> \*Kept by the keeper of Kellmouth light since 1990\.\*/, v);
    assert.doesNotMatch(v, /\\[*#]/, 'no escaped markdown');
    assert.match(v, /M\. Quayle/);
  });
});
