// Invented sources and notes for the in-process feature tests (a port town and a valley of
// orchards; none of it comes from a real article).

export const HARBOR = [
  'Port of Kellmouth yearly review',
  '',
  'The port of Kellmouth handled 41,300 containers in 2021, a record for the town.',
  '',
  'Its crane fleet grew to 18 cranes after the spring refit.',
  '',
  'The harbour master called the year "steady as the tide itself" in her closing remarks.',
  '',
].join('\n');

export const ORCHARD = [
  '---',
  'title: Valley orchards survey',
  'id: orchard',
  'author: R. Fenwick',
  'date: 2022-09-01',
  'aliases: [apples]',
  '---',
  'Valley orchards survey',
  '',
  'Growers in the Brannock valley picked 9,600 tonnes of apples in 2022.',
  '',
  'About 240 families work on the orchards, the survey found.',
  '',
].join('\n');

/**
 * One line per verdict: supported (41,300), contradicted (21 vs 18), right figure in another
 * source (9,600), quote found, quote not found, unknown source, and an uncited supported figure (240).
 */
export const REVIEW = [
  '# Review',
  '',
  'Kellmouth handled 41,300 containers in 2021 [@harbor].',
  '',
  'The crane fleet grew to 21 cranes after the refit [@harbor].',
  '',
  'Growers in the Brannock valley picked 9,600 tonnes of apples in 2022 [@harbor].',
  '',
  'The harbour master called the year "steady as the tide itself" [@harbor].',
  '',
  'The harbour master said the port was "busier than ever before" [@harbor].',
  '',
  'Nobody measured the fog [@lighthouse].',
  '',
  'About 240 families work on the orchards.',
  '',
].join('\n');

/** A second note, on disk only, that relies on the harbour's crane passage. */
export const CRANES = ['# Cranes', '', 'Kellmouth now runs 18 cranes [@harbor].', ''].join('\n');

export const FILES = {
  'sources/harbor.txt': HARBOR,
  'sources/orchard.md': ORCHARD,
  'notes/review.md': REVIEW,
  'notes/cranes.md': CRANES,
};

/** 0-based line of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const line = text.split('\n').findIndex((l) => l.includes(needle));
  if (line < 0) throw new Error(`"${needle}" is not in the text`);
  return line;
}
