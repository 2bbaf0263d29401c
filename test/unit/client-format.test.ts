// The client's pure helpers (status text, search items, citation text), without VS Code.
import * as assert from 'node:assert/strict';
import {
  citeSelection,
  hitsToItems,
  indexSummary,
  leadingSpace,
  quoteWithCitation,
  snippetDetail,
  sourcesToItems,
  statusText,
  statusTooltip,
  usesTitle,
  usesToItems,
} from '../../client/src/format';
import { checkNote } from '../../server/src/engine/check';
import { Corpus } from '../../server/src/engine/corpus';
import { buildSource } from '../../server/src/engine/sources';
import type { SearchHit, SourceUse, StatusResult } from '../../server/src/protocol';

const status = (over: Partial<StatusResult> = {}): StatusResult => ({
  indexing: false,
  sources: 4,
  passages: 120,
  figures: 37,
  skipped: 0,
  lastIndexed: '2026-11-23T06:00:00.000Z',
  lastIndexMs: 42,
  folders: [{ uri: 'file:///ws', sources: 4, figures: 37, globs: ['sources/**/*.{txt,md}'] }],
  ...over,
});

const hit = (over: Partial<SearchHit> = {}): SearchHit => ({
  uri: 'file:///ws/sources/001.txt',
  key: '001',
  title: 'Compute plans',
  file: 'sources/001.txt',
  range: { start: { line: 9, character: 0 }, end: { line: 9, character: 80 } },
  selection: { start: { line: 9, character: 12 }, end: { line: 9, character: 21 } },
  folder: 'file:///ws',
  citable: true,
  snippet: 'Meta plans  **350,000** H100 GPUs.',
  highlights: [[12, 21]],
  focus: [12, 21],
  score: 3.2,
  ...over,
});

describe('client: status bar', () => {
  it('says where the figures are when idle, and how far indexing is while it runs', () => {
    assert.equal(statusText(status()), '$(book) Grounded: 37 figures in 4 sources');
    assert.equal(statusText(status({ indexing: true, progress: { done: 120, total: 2225 } })), '$(sync~spin) Grounded: indexing 120 of 2,225 sources');
    assert.equal(statusText(status({ indexing: true })), '$(sync~spin) Grounded: indexing …');
  });
  it('says when a folder’s shared store is down (text and tooltip), and that it is connected otherwise', () => {
    const down = status({ stores: [{ folder: 'file:///ws', store: 'postgres://reader@db:5432/news', state: 'down', error: 'cannot reach the store postgres://reader@db:5432/news: connect ECONNREFUSED' }] });
    assert.equal(statusText(down), '$(error) Grounded: source store unreachable');
    assert.match(statusTooltip(down), /Source store `postgres:\/\/reader@db:5432\/news`: \$\(error\) \*\*unreachable\*\*: cannot reach the store .*ECONNREFUSED/);
    const up = status({ stores: [{ folder: 'file:///ws', store: 'postgres://reader@db:5432/news', state: 'ready' }] });
    assert.equal(statusText(up), '$(book) Grounded: 37 figures in 4 sources');
    assert.match(statusTooltip(up), /Source store `postgres:\/\/reader@db:5432\/news`: connected/);
  });
  it('says in the tooltip which globs the figures come from, how many files were skipped and when the index was built', () => {
    const t = statusTooltip(status({ skipped: 2 }));
    assert.match(t, /37 figures in 4 sources \(120 passages\) from `sources\/\*\*\/\*\.\{txt,md\}`/);
    assert.match(t, /2 files skipped/);
    assert.match(t, /in 42 ms/);
    assert.match(statusTooltip(status({ lastIndexed: null })), /Not indexed yet/);
  });
  it('lists each folder with its figures when there are several', () => {
    const two = status({ folders: [{ uri: 'file:///a', sources: 3, figures: 30, globs: ['src/*.txt'] }, { uri: 'file:///b', sources: 1, figures: 7, globs: ['sources/**'] }] });
    const t = statusTooltip(two, (u) => u.slice(-1));
    assert.match(t, /- a: 30 figures in 3 sources from `src\/\*\.txt`/);
    assert.match(t, /- b: 7 figures in 1 source from `sources\/\*\*`/);
  });
  it('restricted mode: said in the text, and in the tooltip with the ignored settings and a link to Manage Workspace Trust', () => {
    const s = status({ restricted: { ignored: ['sources'] } });
    assert.equal(statusText(s), '$(workspace-untrusted) Grounded (restricted): 37 figures in 4 sources');
    const t = statusTooltip(s);
    assert.match(t, /Restricted mode/);
    assert.match(t, /ignores its `grounded\.sources` setting/);
    assert.match(t, /\[Manage Workspace Trust\]\(command:workbench\.trust\.manage\)/);
    assert.doesNotMatch(statusTooltip(status()), /Restricted/);
  });
  it('summarises the index per folder', () => {
    const lines = indexSummary(status({ skipped: 1 }), () => 'ws');
    assert.match(lines[0], /4 sources, 120 passages, 37 figures, 1 skipped/);
    assert.equal(lines[1], '  ws: 4 sources, 37 figures');
  });
});

describe('client: search items', () => {
  const button = { iconPath: { id: 'link' } as never, tooltip: 'cite' };
  it('keeps the server order; the location first (never the part cut off), then the title; the passage as plain text', () => {
    const items = hitsToItems([hit(), hit({ key: '002', title: 'Deals', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } } })]);
    assert.deepEqual(
      items.map((i) => i.description),
      ['sources/001.txt:10 · Compute plans', 'sources/001.txt:1 · Deals'],
    );
    assert.equal(items[0].detail, 'Meta plans 350,000 H100 GPUs.');
    assert.ok(items.every((i) => i.alwaysShow && i.label === '$(quote)'), 'labels never match the query, so VS Code does not re-sort');
  });
  it('labels the folder when there are several; a hit the note cannot cite has no buttons and says why', () => {
    const [mine, theirs] = hitsToItems([hit(), hit({ folder: 'file:///other', citable: false })], { buttons: [button], folderName: (u) => u.split('/').pop() });
    assert.equal(mine.description, 'ws/sources/001.txt:10 · Compute plans');
    assert.equal(mine.buttons?.length, 1);
    assert.equal(theirs.description, 'other/sources/001.txt:10 · Compute plans · another folder: not citable from this note');
    assert.deepEqual(theirs.buttons, []);
  });
  it('shows a long passage from a little before the matched words, cut at a word', () => {
    const long = 'x '.repeat(100) + 'the match is here and then the sentence goes on ' + 'y '.repeat(60);
    const d = snippetDetail({ snippet: long, highlights: [[200, 205]], focus: [204, 209] });
    assert.ok(d.startsWith('… '), d);
    assert.ok(d.includes('the match is here'), d);
    assert.ok(d.length <= 122 && d.endsWith(' …'), d);
  });
});

describe('client: citation text', () => {
  it('cites a selection or inserts a bare citation', () => {
    assert.equal(citeSelection('', '001'), '[@001]');
    assert.equal(citeSelection('350,000 GPUs ', '001'), '350,000 GPUs [@001] ');
    assert.equal(leadingSpace('s'), ' ');
    assert.equal(leadingSpace(' '), '');
    assert.equal(leadingSpace('('), '');
  });
  it('inserts a quote that the checker then finds in the source', () => {
    const src = 'Views\n\nHe said current designs are "doomed" because they cannot plan.\n';
    const corpus = new Corpus([buildSource(0, '/ws/sources/views.txt', src)]);
    const inserted = quoteWithCitation(corpus.passages[1].text, 'views');
    assert.equal(inserted, '"He said current designs are \'doomed\' because they cannot plan." [@views]');
    const r = checkNote(`Notes: ${inserted}\n`, corpus);
    assert.equal(r.quotes.length, 1);
    assert.equal(r.quotes[0].verdict, 'found');
  });
  it('lists sources by title with key and file', () => {
    const [item] = sourcesToItems([{ uri: 'file:///x', key: 'deal', title: 'The data deal', file: 'sources/002.md', author: 'A. Writer', date: '2025-06-01' }]);
    assert.equal(item.label, 'The data deal');
    assert.equal(item.description, '[@deal] · sources/002.md');
    assert.equal(item.detail, 'A. Writer, 2025-06-01');
  });
});

describe('client: uses of a source', () => {
  const use = (line: number, verdict: SourceUse['verdict'], text: string): SourceUse => ({
    uri: 'file:///ws/notes/a.md',
    range: { start: { line, character: 0 }, end: { line, character: text.length } },
    verdict,
    text,
  });
  it('one row per note line with its verdict, contradictions first, then note order', () => {
    const uses = [use(2, 'supported', '41,300'), use(4, 'contradicted', '21'), use(6, 'cited', '@harbor')];
    const items = usesToItems(uses, () => 'notes/a.md');
    assert.deepEqual(items.map((i) => [i.label, i.description, i.detail]), [
      ['$(error) 21', 'notes/a.md:5', 'contradicted by this source'],
      ['$(pass) 41,300', 'notes/a.md:3', 'supported'],
      ['$(references) @harbor', 'notes/a.md:7', 'cited'],
    ]);
    assert.equal(usesTitle(uses), '3 note lines use this source, 1 contradicted');
    assert.equal(usesTitle([uses[0]]), '1 note line uses this source');
  });
});
