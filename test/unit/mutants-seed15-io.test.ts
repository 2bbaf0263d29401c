// The engine's text reading at an edge seed 15 of the mutation sample found untested
// (scripts/mutate-sample.mjs --seed 15, README "Tests"), in a made-up source. It fails with its
// seed-15 mutant applied: a sentence may open on "À", the first of the Latin-1 capitals, as on any
// other of them; a settings file that is no JSON is a problem of the file, at no setting's path.
import * as assert from 'node:assert/strict';
import { buildSource } from '../../server/src/engine/sources';
import { validateSettingsFile } from '../../server/src/engine/workspace/settings';

const passages = (text: string) => {
  const s = buildSource(0, '/s/menu.txt', text);
  return s.passages.map((p) => text.slice(p.start, p.end));
};

describe('seed 15 survivors: text and settings', () => {
  it('a sentence opening on "À" is a sentence of its own, as one opening on "Á" is', () => {
    assert.deepEqual(passages('Menus\n\nThe cafe sold 40 dishes. À la carte meals made up 12 of them.\n'), ['Menus', 'The cafe sold 40 dishes.', 'À la carte meals made up 12 of them.']);
    assert.deepEqual(passages('Menus\n\nThe cafe sold 40 dishes. Á la carte meals made up 12 of them.\n'), ['Menus', 'The cafe sold 40 dishes.', 'Á la carte meals made up 12 of them.']);
  });

  it('a settings file that is no JSON is a problem of the file, at no setting\'s path', () => {
    const problems = validateSettingsFile('grounded.json', '{"rules": {');
    assert.ok(problems.length > 0);
    for (const p of problems) assert.deepEqual([p.kind, p.key, p.path, p.line, p.column], ['syntax', '(file)', [], 1, 12]);
  });
});
