// Reading families of session 16 (issue 9). A contradiction whose metric the two sides read apart
// ("share" / "lines", "restructure" / "lead"), no clear mismatch, stands when the words around the two
// figures are the same claim's — most of them, or enough of them with an explicit field alike
// (rules.ts `paraphrase`; policy paraphraseContext, paraphraseFieldContext). Every sentence here is written for the test.
import * as assert from 'node:assert/strict';
import { checkAgainst, resultOf, verdictOf } from './check-helpers';

const FILES: Record<string, string> = {
  'fernwave.txt': 'Fernwave loses ground\n\nFernwave, the former state telephone company, is losing customers to cable rivals. The percentage of homes using Fernwave lines for broadband has shrunk to 38.2%, the regulator said on Monday.\n\nThe regulator expects competition to grow further next year.\n',
  'hollis.txt': 'Hollis buys into Northgate\n\nThe American tycoon Dana Hollis currently owns a 21.4% stake in the club, and Northgate said on Friday it had received no offer.\n',
  'mill.txt': 'Mill results\n\nA continuing restructuring drive at the mill also led to a $412m hit in the fourth quarter, the company said.\n',
};
const check = (note: string) => checkAgainst(FILES, note);
/** A poll's story on its own (the words' weights are those of its one source). */
const POLL = { 'poll.txt': 'Treaty poll\n\nThe Ostpoll survey of 2,000 adults found the public split on the treaty. Only 51% of those polled had made up their minds how to vote.\n\nOf those who had, most would vote against the treaty.\n' };

describe('reading families (session 16): the same claim with its metric read apart', () => {
  const rows: [string, string, string][] = [
    ["Fernwave's share of broadband has shrunk to 28.2% [@fernwave].", '28.2%', '38.2%'],
    ['Dana Hollis owns 26.3% of Northgate [@hollis].', '26.3%', '21.4%'],
    ['The restructuring hit in the fourth quarter was $512m [@mill].', '$512m', '$412m'],
  ];
  for (const [note, fig, source] of rows) {
    it(`"${note}" is contradicted by ${source}`, () => {
      const r = resultOf(check(`${note}\n`), fig);
      assert.equal(r.verdict, 'contradicted');
      assert.equal(r.evidence[0].figure?.text, source);
    });
    it(`…and the source's own value is supported: "${note.replace(fig, source)}"`, () => {
      assert.equal(verdictOf(check(`${note.replace(fig, source)}\n`), source), 'supported');
    });
  }

  it('not on some of the same words with no explicit field alike: a poll\'s other question', () => {
    assert.notEqual(verdictOf(checkAgainst(POLL, 'In the Ostpoll survey 45% would vote against the treaty [@poll].\n'), '45%'), 'contradicted');
  });
});
