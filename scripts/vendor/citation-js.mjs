// dist/vendor/citation-js.js: Citation.js's core with its BibTeX plugin registered (scripts/build.mjs).
import '@citation-js/plugin-bibtex';
export * from '@citation-js/core';
