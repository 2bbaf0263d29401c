// Our bundles written in ASCII only. V8 keeps each script's source text for the life of the process
// (lazy compilation, Function.prototype.toString), as a one-byte string when every character is
// Latin-1 and as a two-byte string otherwise. esbuild escapes non-ASCII characters in string
// literals but keeps them in regular expressions and comments ("[-–/]", "…"), so about a hundred
// characters made dist/server.js (3.7 MB) a 7.3 MB string on the language server's heap. Escaped
// here as \uXXXX, which means the same character in a string, a template's cooked text, a regular
// expression (with or without the u flag: a surrogate pair's two escapes are the one code point) and
// an identifier; in a comment it is only text. What would change: the raw text of a tagged template
// (String.raw`…`; none of our bundles has one with such a character) and a backslash right before
// the character (refused below). Columns after an escaped character on its line move by five in the
// source map (a few regular expressions and comments).

/** `code` with every UTF-16 unit above 0x7F written as a \uXXXX escape; `file` names it in errors. */
export function asciiOnly(code, file = 'bundle') {
  let out = '';
  let last = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c < 0x80) continue;
    if (i > 0 && code.charCodeAt(i - 1) === 0x5c) throw new Error(`${file}: a backslash before the non-ASCII character at ${i}: write its escape in the source`);
    out += code.slice(last, i) + '\\u' + c.toString(16).padStart(4, '0');
    last = i + 1;
  }
  return last === 0 ? code : out + code.slice(last);
}

/**
 * An esbuild plugin: the build's JavaScript outputs written through `asciiOnly` (the plugin turns
 * off esbuild's own writing and writes every output file itself, in a build and in watch mode).
 */
export const asciiBundle = {
  name: 'ascii-bundle',
  setup(build) {
    build.initialOptions.write = false;
    build.onEnd(async (result) => {
      const fs = await import('node:fs');
      const path = await import('node:path');
      for (const f of result.outputFiles ?? []) {
        fs.mkdirSync(path.dirname(f.path), { recursive: true });
        fs.writeFileSync(f.path, f.path.endsWith('.js') ? asciiOnly(f.text, f.path) : f.contents);
      }
    });
  },
};
