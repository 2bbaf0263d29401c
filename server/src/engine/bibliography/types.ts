// A bibliography entry as Grounded uses it: the key a note cites, who wrote what when, and the
// files the entry describes (Zotero and Better BibTeX export them in a `file` field).

export interface BibEntry {
  /** The citation key, as written in the bibliography. */
  key: string;
  title?: string;
  /** Family names, "Müller, García and World Bank" style, for people. */
  author?: string;
  /** The year of issue. */
  year?: number;
  url?: string;
  /** Absolute paths of the files the entry links to (resolved against the bibliography's folder). */
  files: string[];
  /** The bibliography file the entry comes from. */
  from: string;
}
