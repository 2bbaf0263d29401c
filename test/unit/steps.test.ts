// The engine's parse and check in steps (engine/steps.ts): the same result as in one call, with a
// step after each chunk, block, figure and quote — so a caller can pause between them or give up.
import * as assert from 'node:assert/strict';
import { checkNote, checkSteps } from '../../server/src/engine/check';
import { NoteParser } from '../../server/src/engine/notes';
import { drain } from '../../server/src/engine/steps';
import { buildCorpus } from '../../server/src/engine/workspace';

const corpus = buildCorpus([{ path: '/s/harbor.md', text: '---\nid: harbor\n---\n\nThe port handled 41,300 containers in 2021 and ran 18 cranes.\n' }]).corpus;
const NOTE = Array.from({ length: 12 }, (_, i) => `The port handled 41,300 containers in 2021 and ran ${i === 3 ? 21 : 18} cranes [@harbor]. It said "ran 18 cranes".\n`).join('\n');

describe('engine: parse and check in steps', () => {
  it('parseSteps gives what parse gives, after at least a step a block', () => {
    const steps = new NoteParser().parseSteps(NOTE);
    let n = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) n++;
    assert.deepEqual(r.value, new NoteParser().parse(NOTE));
    assert.ok(n >= r.value.blocks.length, `${n} steps for ${r.value.blocks.length} blocks`);
  });

  it('checkSteps gives what checkNote gives, after at least a step a figure and a quote', () => {
    const note = new NoteParser().parse(NOTE);
    const steps = checkSteps(note, corpus);
    let n = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) n++;
    const whole = checkNote(NOTE, corpus);
    assert.deepEqual(r.value.diagnostics, whole.diagnostics);
    assert.deepEqual(r.value.diagnostics.map((d) => d.code), ['figure-mismatch']);
    assert.ok(n >= note.figures.length + note.quotes.length, `${n} steps for ${note.figures.length} figures and ${note.quotes.length} quotes`);
  });

  it('given up half-way (return), a check leaves nothing behind: the next one is whole', () => {
    const note = new NoteParser().parse(NOTE);
    const steps = checkSteps(note, corpus);
    for (let i = 0; i < 5; i++) steps.next();
    assert.equal(steps.return(undefined as never).done, true);
    assert.deepEqual(drain(checkSteps(note, corpus)).diagnostics, checkNote(NOTE, corpus).diagnostics);
  });
});
