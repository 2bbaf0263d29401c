// The engine's parse and check in steps (engine/steps.ts): the same result as in one call, with a
// step after each chunk, block, figure and quote — so a caller can pause between them or give up.
import * as assert from 'node:assert/strict';
import { checkNote, checkSteps } from '../../server/src/engine/check';
import { NoteParser } from '../../server/src/engine/notes';
import { CANDIDATES_PER_STEP } from '../../server/src/engine/check/policy';
import { drain } from '../../server/src/engine/steps';
import { buildCorpus } from '../../server/src/engine/workspace';

// Built in each test, not when the file loads: work done at load makes every mutant it reaches "hybrid", which Stryker runs in a fresh test process (README "Tests").
const corpus = () => buildCorpus([{ path: '/s/harbor.md', text: '---\nid: harbor\n---\n\nThe port handled 41,300 containers in 2021 and ran 18 cranes.\n' }]).corpus;
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
    const steps = checkSteps(note, corpus());
    let n = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) n++;
    const whole = checkNote(NOTE, corpus());
    assert.deepEqual(r.value.diagnostics, whole.diagnostics);
    assert.deepEqual(r.value.diagnostics.map((d) => d.code), ['figure-mismatch']);
    assert.ok(n >= note.figures.length + note.quotes.length, `${n} steps for ${note.figures.length} figures and ${note.quotes.length} quotes`);
  });

  it('a figure with many candidate source figures is judged in several steps, a batch of candidates each, with the same verdict', () => {
    // one figure whose cited source states it in 5 batches' worth of passages: framed and aligned a batch a step
    const many = CANDIDATES_PER_STEP * 5;
    const lines = Array.from({ length: many }, (_, i) => `The port of Town${i} handled 41,300 containers.`).join('\n\n');
    const wide = buildCorpus([{ path: '/s/ports.md', text: `---\nid: ports\n---\n\n${lines}\n` }]).corpus;
    const text = 'The port handled 41,300 containers [@ports].\n';
    const note = new NoteParser().parse(text);
    assert.equal(note.figures.length, 1);
    const steps = checkSteps(note, wide);
    let n = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) n++;
    assert.deepEqual(r.value.figures.map((f) => f.verdict), ['supported']);
    assert.deepEqual(r.value.diagnostics, checkNote(text, wide).diagnostics);
    // one step after the citations and one after the figure, plus at least a step a batch framed and a batch aligned
    assert.ok(n >= 2 + 2 * (many / CANDIDATES_PER_STEP - 1), `${n} steps for ${many} candidates`);
  });

  it('given up half-way (return), a check leaves nothing behind: the next one is whole', () => {
    const note = new NoteParser().parse(NOTE);
    const steps = checkSteps(note, corpus());
    for (let i = 0; i < 5; i++) steps.next();
    assert.equal(steps.return(undefined as never).done, true);
    assert.deepEqual(drain(checkSteps(note, corpus())).diagnostics, checkNote(NOTE, corpus()).diagnostics);
  });
});
