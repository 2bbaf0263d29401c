/*
 * Tests for the TextMate injection grammar syntaxes/grounded.markdown.tmLanguage.json.
 *
 * Scopes the grammar contributes (scopeName `grounded.markdown.injection`, injected into
 * `text.html.markdown`):
 *
 *   Pandoc citations   [see @doe, p. 3; -@roe]
 *     meta.citation.grounded                                   the whole bracket, [ to ]
 *     punctuation.definition.citation.begin.grounded           [
 *     punctuation.definition.citation.end.grounded             ]
 *     punctuation.definition.citation.key.grounded             each @
 *     punctuation.definition.citation.suppress-author.grounded the - of [-@key]
 *     entity.name.citation.key.grounded                        each key (letters, digits, _ and inner - : .)
 *     variable.other.constant.citation.grounded                each @ and key too: the scope the default
 *                                                              themes colour (entity.name alone is not, in
 *                                                              Dark/Light Modern); the e2e UI test reads it
 *     punctuation.separator.citation.grounded                  ; between citations, and the , before a locator
 *     string.other.citation.locator.grounded                   the locator / suffix after the key (p. 3, pp. 33-35)
 *   Prefix text ("see ") carries meta.citation.grounded only. A bare @name, an e-mail address,
 *   [@key](url), [@key][ref] and [@key]: are not citations.
 *
 *   Figures in prose
 *     constant.numeric.figure.currency.grounded   $14.3 billion, $14.3B, £600m, €2bn, US$5m, $1.5-2bn, 14.3 billion dollars
 *     constant.numeric.figure.percent.grounded    25.6%, +11.4%, 12-18%, 25.6 percent, 2pp
 *     constant.numeric.figure.size.grounded       scaled by a suffix or scale word: 350k, 2.5m, 70B, 2T, 3.5 billion
 *     constant.numeric.figure.grounded            350,000, 82.0, 82, ranges 12-18 / 12 to 18, 3x
 *     constant.numeric.figure.words.grounded      in words with a scale: a billion, two trillion, half a million,
 *                                                 twenty-five million, tens of trillions, several billion, five percent
 *   Not scoped: digits glued to letters or hyphens (H100, GPT-4o, 3G, COVID-19, Q3, x86, 10-K),
 *   bare years 1900-2099 and year ranges (2024, 2023-24, 1990s: dates, not quantities), a bare
 *   one-digit version after a capitalised word (Llama 3, Claude 3.5, Figure 2), dates and times
 *   (2024-05-01, 10:30), and anything inside code, link targets, HTML tags or comments.
 *
 * The injection is active only inside markdown paragraphs, headings and table rows
 * (meta.paragraph.markdown, markup.heading.markdown, markup.table.markdown), not at block level:
 * with an `L:` selector on plain text.html.markdown, a figure at column 0 would win the tie with
 * the zero-width paragraph start (losing inline markdown for that line) and steal list markers
 * such as "1.". The test "keeps block structure" below guards that.
 *
 * Base grammar: VS Code's own markdown.tmLanguage.json ships inside VS Code (markdown-basics) and is
 * not in node_modules, so test/fixtures/grammar/markdown-min.tmLanguage.json is a deliberately small
 * stand-in with the real rules that matter here (paragraph, numbered list, ATX heading, fenced code,
 * inline code, inline link, shortcut reference link), copied from microsoft/vscode-markdown-tm-grammar.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

// Repository root: two levels up from this file (falls back to the working directory if the tests ever run as ESM).
const ROOT = typeof __dirname === 'string' ? path.resolve(__dirname, '..', '..') : process.cwd();
const INJECTION_PATH = path.join(ROOT, 'syntaxes', 'grounded.markdown.tmLanguage.json');
const BASE_PATH = path.join(ROOT, 'test', 'fixtures', 'grammar', 'markdown-min.tmLanguage.json');
const WASM_PATH = path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm');

const MD = 'text.html.markdown';
const INJECTION = 'grounded.markdown.injection';
const P = [MD, 'meta.paragraph.markdown'];

interface Tok {
  text: string;
  start: number;
  scopes: string[];
}

let grammar: vsctm.IGrammar;

async function loadOniguruma(): Promise<void> {
  const wasm = fs.readFileSync(WASM_PATH);
  // loadWASM is idempotent: a second call returns the first call's promise.
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
}

/** Tokenizes lines as one document (state carried from line to line). */
function tokenize(...lines: string[]): Tok[][] {
  let state = vsctm.INITIAL;
  return lines.map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), start: t.startIndex, scopes: t.scopes }));
  });
}

/** The token of `toks` that contains all of `sub` (the `nth` occurrence in the line). Fails if `sub` spans tokens. */
function tokenWith(toks: Tok[], sub: string, nth = 0): Tok {
  const line = toks.map((t) => t.text).join('');
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = line.indexOf(sub, at + 1);
    assert.notEqual(at, -1, `"${sub}" (#${nth}) not in line ${JSON.stringify(line)}`);
  }
  const tok = toks.find((t) => t.start <= at && at + sub.length <= t.start + t.text.length);
  assert.ok(tok, `"${sub}" spans several tokens in ${JSON.stringify(line)}: ${JSON.stringify(toks.map((t) => t.text))}`);
  return tok;
}

/** `sub` is exactly one token with exactly these scopes. */
function expectToken(toks: Tok[], sub: string, scopes: string[], nth = 0): void {
  const tok = tokenWith(toks, sub, nth);
  assert.deepEqual({ text: tok.text, scopes: tok.scopes }, { text: sub, scopes }, `token for "${sub}"`);
}

/** The token containing `sub` has exactly these scopes (used for text that must NOT be scoped). */
function expectScopes(toks: Tok[], sub: string, scopes: string[], nth = 0): void {
  assert.deepEqual(tokenWith(toks, sub, nth).scopes, scopes, `scopes of the token containing "${sub}"`);
}

function groundedScopes(toks: Tok[]): string[] {
  return toks.flatMap((t) => t.scopes.filter((s) => s.endsWith('.grounded')).map((s) => `${t.text} → ${s}`));
}

/** Every regex (match/begin/end/while) in a raw grammar, with its JSON path. */
function regexesOf(node: unknown, at = '$', out: Array<[string, string]> = []): Array<[string, string]> {
  if (Array.isArray(node)) node.forEach((v, i) => regexesOf(v, `${at}[${i}]`, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (typeof v === 'string' && (k === 'match' || k === 'begin' || k === 'end' || k === 'while')) out.push([`${at}.${k}`, v]);
      else regexesOf(v, `${at}.${k}`, out);
    }
  }
  return out;
}

const CITE = (...rest: string[]) => [...P, 'meta.citation.grounded', ...rest];
/** The @ and the key also carry variable.other.constant, a scope every default theme colours. */
const AT = ['punctuation.definition.citation.key.grounded', 'variable.other.constant.citation.grounded'];
const KEY = ['entity.name.citation.key.grounded', 'variable.other.constant.citation.grounded'];
const WORDS = [...P, 'constant.numeric.figure.words.grounded'];
const FIG = [...P, 'constant.numeric.figure.grounded'];
const CUR = [...P, 'constant.numeric.figure.currency.grounded'];
const PCT = [...P, 'constant.numeric.figure.percent.grounded'];
const SIZE = [...P, 'constant.numeric.figure.size.grounded'];

describe('grounded markdown injection grammar', () => {
  before(async () => {
    await loadOniguruma();
    const files: Record<string, string> = { [MD]: BASE_PATH, [INJECTION]: INJECTION_PATH };
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) => {
        const file = files[scopeName];
        return file ? vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
      },
      getInjections: (scopeName: string) => (scopeName === MD ? [INJECTION] : undefined),
    });
    const g = await registry.loadGrammar(MD);
    assert.ok(g, 'markdown stand-in grammar loads');
    grammar = g;
  });

  it('is a valid injection grammar whose regexes all compile with Oniguruma', () => {
    const raw = JSON.parse(fs.readFileSync(INJECTION_PATH, 'utf8')) as Record<string, unknown>;
    assert.equal(raw.scopeName, INJECTION);
    const selector = String(raw.injectionSelector);
    for (const part of selector.split(',')) {
      assert.match(part.trim(), /^L:text\.html\.markdown /, `selector part "${part}"`);
      for (const excluded of ['-markup.fenced_code', '-markup.inline.raw', '-markup.raw', '-markup.underline.link', '-comment']) {
        assert.ok(part.includes(excluded), `selector part "${part}" excludes ${excluded}`);
      }
    }
    const regexes = regexesOf(raw);
    assert.ok(regexes.length >= 8, `found ${regexes.length} regexes`);
    for (const [where, source] of regexes) {
      assert.doesNotThrow(() => new oniguruma.OnigScanner([source]).dispose(), `${where} compiles: ${source}`);
    }
    // The check above can fail: a broken pattern throws.
    assert.throws(() => new oniguruma.OnigScanner(['(unclosed']));
  });

  describe('citations', () => {
    it('scopes [@001, p. 3]: brackets, @, key, separator and locator', () => {
      const [toks] = tokenize('As reported [@001, p. 3].');
      expectToken(toks, '[', CITE('punctuation.definition.citation.begin.grounded'));
      expectToken(toks, '@', CITE(...AT));
      expectToken(toks, '001', CITE(...KEY));
      expectToken(toks, ',', CITE('punctuation.separator.citation.grounded'));
      expectToken(toks, 'p. 3', CITE('string.other.citation.locator.grounded'));
      expectToken(toks, ']', CITE('punctuation.definition.citation.end.grounded'));
      expectScopes(toks, 'As reported', P);
      expectScopes(toks, '.', P, 1);
    });

    it('scopes [@interview; @002]: two keys and the ; separator', () => {
      const [toks] = tokenize('Both say so [@interview; @002].');
      expectToken(toks, '@', CITE(...AT), 0);
      expectToken(toks, 'interview', CITE(...KEY));
      expectToken(toks, ';', CITE('punctuation.separator.citation.grounded'));
      expectToken(toks, '@', CITE(...AT), 1);
      expectToken(toks, '002', CITE(...KEY));
      expectToken(toks, ']', CITE('punctuation.definition.citation.end.grounded'));
    });

    it('scopes [-@key], keys with _-:. inside, prefixes and page ranges', () => {
      const [toks] = tokenize('Noted [-@smith_j:2020.v-2, pp. 33-35] and [see @doe; also @roe].');
      expectToken(toks, '-', CITE('punctuation.definition.citation.suppress-author.grounded'));
      expectToken(toks, 'smith_j:2020.v-2', CITE(...KEY));
      expectToken(toks, 'pp. 33-35', CITE('string.other.citation.locator.grounded'));
      expectToken(toks, 'see ', CITE());
      expectToken(toks, 'doe', CITE(...KEY));
      expectToken(toks, ' also ', CITE());
      expectToken(toks, 'roe', CITE(...KEY));
    });

    it('wins over the shortcut reference link that also matches [@001]', () => {
      const [toks] = tokenize('[@001]');
      expectToken(toks, '[', CITE('punctuation.definition.citation.begin.grounded'));
      assert.ok(!toks.some((t) => t.scopes.includes('meta.link.reference.markdown')));
    });

    it('does not treat e-mail addresses, bare @names or links as citations', () => {
      const [email, bare, bracketed, link] = tokenize(
        'email me at a@b.com',
        'thanks to @someone for the data',
        'write to [contact a@b.com] today',
        'a link [@001](http://example.com) here',
      );
      assert.deepEqual(groundedScopes(email), []);
      expectScopes(email, 'a@b.com', P);
      assert.deepEqual(groundedScopes(bare), []);
      expectScopes(bare, '@someone', P);
      assert.deepEqual(groundedScopes(bracketed), []);
      assert.deepEqual(groundedScopes(link), []);
      expectScopes(link, '@001', [...P, 'meta.link.inline.markdown', 'string.other.link.title.markdown']);
    });
  });

  describe('figures', () => {
    it('scopes 350,000 but not H100 or the year 2024 in a real note line', () => {
      const [toks] = tokenize('Meta expected to hold approximately 350,000 H100 chips from NVIDIA when 2024 closed [@001].');
      expectToken(toks, '350,000', FIG);
      expectScopes(toks, 'H100', P);
      // Decision: a bare year is a date, not a quantity, so it is left unscoped.
      expectScopes(toks, '2024', P);
      expectToken(toks, '001', CITE(...KEY));
    });

    it('scopes currency: $14.3 billion, $14.3B, £600m, €2bn, US$5m, 14.3 billion dollars', () => {
      const [toks] = tokenize('A $14.3 billion deal, or $14.3B; £600m, €2bn and US$5m; 14.3 billion dollars.');
      for (const f of ['$14.3 billion', '$14.3B', '£600m', '€2bn', 'US$5m', '14.3 billion dollars']) expectToken(toks, f, CUR);
    });

    it('scopes percentages: 25.6%, +11.4%, 25.6 percent', () => {
      const [toks] = tokenize('Downloads grew 25.6% month over month, +11.4% year on year, or 25.6 percent.');
      expectToken(toks, '25.6%', PCT);
      expectToken(toks, '+11.4%', PCT);
      expectToken(toks, '25.6 percent', PCT);
    });

    it('scopes 70B in "the Llama 3 70B model" as a size, and not the 3', () => {
      const [toks] = tokenize('Those results are for the Llama 3 70B model.');
      expectToken(toks, '70B', SIZE);
      expectScopes(toks, '3', P);
      expectScopes(toks, 'Llama', P);
    });

    it('scopes scaled numbers as sizes: 350k, 2.5m, 2T, 3.5 billion', () => {
      const [toks] = tokenize('Some 350k H100s, 2.5m users, 2T tokens and 3.5 billion people.');
      for (const f of ['350k', '2.5m', '2T', '3.5 billion']) expectToken(toks, f, SIZE);
      expectScopes(toks, 'H100s', P);
    });

    it('scopes figures in words with a scale: a billion, two trillion, half a million, tens of trillions, five percent', () => {
      const [toks] = tokenize('Nearly a billion users, two trillion parameters, half a million GPUs, twenty-five million homes, tens of trillions of dollars, several billion and five percent.');
      for (const f of ['a billion', 'two trillion', 'half a million', 'twenty-five million', 'tens of trillions', 'several billion', 'five percent']) expectToken(toks, f, WORDS);
      expectScopes(toks, 'Nearly', P);
    });

    it('leaves bare number words and words that only start like one unscoped: one of them, four options, a millionaire', () => {
      const [toks] = tokenize('One of them had four options, a millionaire and often a hundredfold return.');
      assert.deepEqual(groundedScopes(toks), []);
    });

    it('scopes decimals and ranges: 82.0, 12-18 months, 12 to 18 months', () => {
      const [toks] = tokenize('It scored 82.0 and lands in 12-18 months, or 12 to 18 months.');
      expectToken(toks, '82.0', FIG);
      expectToken(toks, '12-18', FIG);
      expectToken(toks, '12 to 18', FIG);
      expectScopes(toks, ' months', P);
    });

    it('does not scope digits inside identifiers: GPT-4o, 3G, COVID-19, Q3, x86, 10-K', () => {
      const [toks] = tokenize('GPT-4o on 3G after COVID-19 in Q3 on x86 per the 10-K, v1.2.3 at 10:30 on 2024-05-01.');
      assert.deepEqual(groundedScopes(toks), []);
      for (const id of ['GPT-4o', '3G', 'COVID-19', 'Q3', 'x86', '10-K']) expectScopes(toks, id, P);
    });

    it('does not scope a one-digit version after a capitalised word (Claude 3.5 Sonnet, Gemini Pro 1.0)', () => {
      const [toks] = tokenize('Set against Gemini Pro 1.0 and Claude 3.5 Sonnet, with 3.5 billion users.');
      expectScopes(toks, '1.0', P);
      expectScopes(toks, '3.5', P, 0);
      expectToken(toks, '3.5 billion', SIZE);
    });
  });

  describe('code and block structure', () => {
    it('does not scope inside inline code', () => {
      const [toks] = tokenize('`350,000` in inline code, and `[@001]` too, but 25.6% outside');
      expectToken(toks, '350,000', [...P, 'markup.inline.raw.string.markdown']);
      expectToken(toks, '[@001]', [...P, 'markup.inline.raw.string.markdown']);
      expectToken(toks, '25.6%', PCT);
    });

    it('does not scope inside a fenced code block', () => {
      const lines = tokenize('```text', 'h100_owned = 250000  # 350,000 GPUs, $14.3B, 25.6% [@001]', '```', 'After 350,000.');
      const code = lines[1];
      assert.deepEqual(groundedScopes(code), []);
      expectScopes(code, '350,000', [MD, 'markup.fenced_code.block.markdown']);
      expectScopes(code, '[@001]', [MD, 'markup.fenced_code.block.markdown']);
      expectToken(lines[3], '350,000', FIG);
    });

    it('keeps block structure: a line starting with a figure, a numbered list, a heading', () => {
      const [lead, list, heading] = tokenize(
        '350,000 GPUs start this line, `code` after.',
        '1. Revenue rose 25.6% [@001]',
        '## Revenue of $14.3B in 2024',
      );
      expectToken(lead, '350,000', FIG);
      expectToken(lead, 'code', [...P, 'markup.inline.raw.string.markdown']);
      const LIST = [MD, 'markup.list.numbered.markdown'];
      expectToken(list, '1.', [...LIST, 'punctuation.definition.list.begin.markdown']);
      expectToken(list, '25.6%', [...LIST, 'meta.paragraph.markdown', 'constant.numeric.figure.percent.grounded']);
      expectToken(list, '001', [...LIST, 'meta.paragraph.markdown', 'meta.citation.grounded', ...KEY]);
      expectToken(heading, '$14.3B', [
        MD,
        'markup.heading.markdown',
        'entity.name.section.markdown',
        'constant.numeric.figure.currency.grounded',
      ]);
    });

    it('does not scope link targets, but does scope link text', () => {
      const [toks] = tokenize('See [350,000 GPUs](https://example.com/2024/350.pdf).');
      expectToken(toks, '350,000', [...P, 'meta.link.inline.markdown', 'string.other.link.title.markdown', 'constant.numeric.figure.grounded']);
      expectToken(toks, 'https://example.com/2024/350.pdf', [...P, 'meta.link.inline.markdown', 'markup.underline.link.markdown']);
    });
  });
});
