// Citation.js ships without types; the engine uses only its input parsers (bibliography/parse.ts).
declare module '@citation-js/core' {
  export const plugins: {
    input: {
      /** One parsing step: BibTeX text → its raw entries (macros expanded, fields as written). */
      chainLink(input: unknown): unknown;
      /** Every step: BibTeX text → CSL-JSON items. */
      chain(input: unknown, options?: { generateGraph?: boolean }): unknown;
    };
  };
}
declare module '@citation-js/plugin-bibtex';
