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
// a list/footnote/section marker, a version, a time, the day of a dated year, a phone
// number, or sits in a URL or in inline code, is not a figure. Ranks, scores, dates without a
// year and fractions are figures only where the context says so ("finished 19th", "won 2-1",
// "on 27 February", "two-thirds of"), never "the 1st Battalion", "the 5-1 favourite".
//
// The stages, in the order a candidate meets them:
//   extract.ts      the scan: candidate starts, URLs and code skipped (state in scan.ts)
//   digits.ts       a figure starting with a digit or currency symbol:
//     numerals.ts     the digits, currency prefix, sign, thousands groups, decimals
//     units.ts        its unit or scale ("%", "bn", "million", "months", "dollars"); clockTimes.ts a
//                     time of day ("8am", "1830 GMT")
//     ranges.ts       "12-18", "12 to 18", "between 12 and 18", "2004-05"
//     names.ts        numbers that are names, markers or ratios, not figures
//     suffixKinds.ts  ranks, dates, decades, fiscal years, measures after digits ("19th", "7
//                     May", "1960s", "2003/04", "3GHz", "508m tall"); ranks.ts and measures.ts
//                     decide which
//   numberWords.ts  a figure in words ("twenty-five", "a billion"); months.ts for a month named
//                   alone ("in October", a date of day 0); vagueWords.ts for
//                   multipliers and vague amounts ("doubled", "tens of billions"); wordFamilies.ts
//                   for ranks, shares and "year-long" ("sixth", "two-thirds", "one in ten")
//   hedges.ts       "nearly", "more than", "~", "or so" (emit.ts builds the Figure)
//   agree.ts        comparing figures; render.ts (renderFamilies.ts) writing them in a note's format;
//                   readBack.ts: does a fix's text, read back in its sentence, say the value it was written from
// Word tables are in tables.ts (familyTables.ts for the families above), character classes in
// chars.ts. Each family has its own kind (ordinal, score, date, measure; a decade or a fiscal
// year is a year range; a fraction a percentage marked `fraction`) and compares only with itself.

export { comparable, figuresAgree, isDateKind, kindBit, precisionUnit } from './agree';
export { conversionOf, isConversion } from './conversions';
export { extractFigures } from './extract';
export { monthAlone } from './months';
export { describeFigure, formatFigureLike, formatLike, valuesLike } from './render';
export { readsBack } from './readBack';
