// Bibliographies: BibTeX and CSL-JSON entries as citation keys, linked to the sources they describe.
export type { BibEntry } from './types';
export { Bibliography, entryLabel } from './bibliography';
export { bibliographyFormat, fileField, parseBibliography } from './parse';
export { loadBibliography, MAX_BIBLIOGRAPHY_KB } from './load';
export { noteBibliography } from './frontMatter';
export { BibliographySets, type LoadedBibliography } from './sets';
