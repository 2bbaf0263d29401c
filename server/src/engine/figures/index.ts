// Figure extraction: numbers, amounts, percentages, years, durations, ranges and hedges
// in English prose (markdown notes and plain-text source articles), and how figures compare
// and render.
//
// Why this is hand-written and not a general NLP number parser:
//   general-purpose parsers were measured at 0.03–0.1 MB/s (compromise ≈ 0.03 MB/s,
//   recognizers-text ≈ 0.1 MB/s); both split "350, 000" into 350 and 0, and both misread
//   model names such as "Llama 3 70B". The extractor alone must run at ≥ 30 MB/s (the whole
//   indexer must reach 10 MB/s including extraction). So: one pass with a global regex that
//   only finds candidate starts (digits, currency symbols, number words, URLs, backticks),
//   then cheap local parsing on char codes around each candidate. No backtracking-prone
//   regexes over the text, no Intl.Segmenter, no per-character regex.
//
// Design rule: precision over recall. The product tells a user "your note says 250,000 but
// the source says 350,000"; a false alarm costs trust. Anything that looks like part of a
// name or an identifier (Llama 3, GPT-4, H100, Windows 11, Section 3.2, COVID-19, 5G …),
// a list/footnote/section marker, a version, a time, a date fragment, a phone number, an
// ordinal, a fraction, or sits in a URL or in inline code, is not a figure.
//
// The stages, in the order a candidate meets them:
//   extract.ts      the scan: candidate starts, URLs and code skipped (state in scan.ts)
//   digits.ts       a figure starting with a digit or currency symbol:
//     numerals.ts     the digits, currency prefix, sign, thousands groups, decimals
//     units.ts        its unit or scale ("%", "bn", "million", "months", "dollars")
//     ranges.ts       "12-18", "12 to 18", "between 12 and 18", "2004-05"
//     names.ts        numbers that are names, markers or ratios, not figures
//   numberWords.ts  a figure in words ("twenty-five", "a billion"); vagueWords.ts for
//                   multipliers and vague amounts ("doubled", "tens of billions")
//   hedges.ts       "nearly", "more than", "~", "or so" (emit.ts builds the Figure)
//   agree.ts        comparing figures; render.ts writing them in a note's format
// Word tables are in tables.ts, character classes in chars.ts.

export { comparable, figuresAgree, kindBit, precisionUnit } from './agree';
export { extractFigures } from './extract';
export { describeFigure, formatFigureLike, formatLike } from './render';
