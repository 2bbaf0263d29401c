// Character classes on char codes, and the small readers built on them: the word before or
// after a position, the end of a token, line and sentence starts. Everything works on char
// codes (no per-character regex) to keep extraction fast.

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
export function isAsciiLetter(c: number): boolean {
  const l = c | 32;
  return l >= 97 && l <= 122;
}
/** ASCII and Latin-1/Latin Extended letters ("é", "ł"), not × or ÷. */
export function isLetter(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}
/** ASCII lower-case letter. */
export function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}
export function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}
export function isAlnum(c: number): boolean {
  return isDigit(c) || isLetter(c);
}
/** Horizontal whitespace allowed between a number and its unit word. */
export function isHSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;
}
export function isWs(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** End of the ASCII-letter run starting at i. */
export function letterRun(text: string, i: number, end: number): number {
  while (i < end && isAsciiLetter(text.charCodeAt(i))) i++;
  return i;
}

/** Skip an identifier-like token starting at/around i; returns where scanning resumes. */
export function skipToken(text: string, i: number, end: number): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isAlnum(c) || c === 95 || c === 64) {
      i++;
      continue;
    }
    // punctuation inside a token only when followed by an alnum ("1.2.3", "10:30", "12/05/2024", "4-4-2")
    if ((c === 46 || c === 45 || c === 47 || c === 58 || c === 44 || c === 0x2013) && i + 1 < end && isAlnum(text.charCodeAt(i + 1))) {
      i += 2;
      continue;
    }
    break;
  }
  return i;
}

export interface Word {
  start: number;
  end: number;
  lower: string;
}

/** The word (letters) right before position i, separated by exactly one space. */
export function prevWord(text: string, i: number, lo: number): Word | undefined {
  if (i - 1 < lo || !isHSpace(text.charCodeAt(i - 1))) return undefined;
  const e = i - 1;
  let s = e;
  while (s > lo && isLetter(text.charCodeAt(s - 1))) s--;
  if (s === e) return undefined;
  return { start: s, end: e, lower: text.slice(s, e).toLowerCase() };
}

/** The word right after position i separated by one horizontal space. */
export function nextWord(text: string, i: number, end: number): Word | undefined {
  if (i >= end || !isHSpace(text.charCodeAt(i))) return undefined;
  return wordAt(text, i + 1, end);
}

/** The ASCII-letter word starting at s. */
export function wordAt(text: string, s: number, end: number): Word | undefined {
  const e = letterRun(text, s, end);
  if (e === s) return undefined;
  return { start: s, end: e, lower: text.slice(s, e).toLowerCase() };
}

/** Is position i at the start of a line, ignoring spaces and markdown list/quote/heading marks? */
export function atLineStart(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0) {
    const c = text.charCodeAt(j);
    if (c === 10 || c === 13) return true;
    if (c === 32 || c === 9 || c === 62 /* > */ || c === 35 /* # */ || c === 42 /* * */ || c === 43 /* + */ || c === 45 /* - */ || c === 0x2022 /* • */) {
      j--;
      continue;
    }
    return false;
  }
  return true;
}

/** Is position i at the start of a line, ignoring only spaces and tabs? */
export function atLineStartStrict(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j--;
  return j < 0 || text.charCodeAt(j) === 10 || text.charCodeAt(j) === 13;
}

/** Is position i at the start of a sentence (for capitalised number words)? */
export function atSentenceStart(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && isWs(text.charCodeAt(j))) {
    if (text.charCodeAt(j) === 10) return true;
    j--;
  }
  if (j < 0) return true;
  const c = text.charCodeAt(j);
  // ("- Ten of the 22 …": a list item's marker, alone at its line's start, opens a sentence)
  if ((c === 45 || c === 42 || c === 43) && j < i - 1 && lineStartBefore(text, j)) return true;
  return !(isAlnum(c) || c === 44 /* , */ || c === 38 /* & */ || c === 45);
}

/** Is there only blank space between the start of j's line and j? */
function lineStartBefore(text: string, j: number): boolean {
  for (let k = j - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 10) return true;
    if (!isWs(c)) return false;
  }
  return true;
}

/** Does a 4-digit year (1800–2199) start at i? */
export function yearAhead(text: string, i: number, end: number): boolean {
  if (i + 4 > end) return false;
  for (let k = i; k < i + 4; k++) if (!isDigit(text.charCodeAt(k))) return false;
  if (i + 4 < end && isDigit(text.charCodeAt(i + 4))) return false;
  const y = Number(text.slice(i, i + 4));
  return y >= 1800 && y <= 2199;
}
