// One schema for every reader of the settings: package.json's contributes.configuration (what VS
// Code's settings editor shows and checks) is also what grounded.json, .vscode/settings.json and
// the editor's settings sent to the server are validated against, with ajv. A bad value is a
// problem naming the file, the key and what is allowed, at its line and column, and never applies:
// the default stands in for it.
//
// Hand-written here, and why: the wording of the problems. Ajv's own messages ("must be equal to
// one of the allowed values") name neither the key nor the allowed values; they are rebuilt from
// ajv's error parameters and the schema.
import Ajv, { type ErrorObject } from 'ajv';
import { findNodeAtLocation, getNodeValue, parseTree, type ParseError, printParseErrorCode } from 'jsonc-parser';
import { contributes } from '../../../../package.json';
import { closestWord } from '../similarity';
import { lineStarts, positionAt } from '../text';

/** A JSON schema as package.json writes one (VS Code's annotations included). */
export interface SettingSchema {
  type?: string;
  enum?: unknown[];
  properties?: Record<string, SettingSchema>;
  items?: SettingSchema;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  /** VS Code's wording of a pattern's mismatch (also ours). */
  patternErrorMessage?: string;
  default?: unknown;
  description?: string;
  markdownDescription?: string;
  additionalProperties?: boolean;
}

/** Where a key is in the file as written: ["rules", "quote-not-found"], ["grounded.sources", 0]. */
export type KeyPath = (string | number)[];

/** A problem with a setting, wherever the settings came from. */
export interface SettingsProblem {
  /** The key as written, e.g. ["grounded.rules", "quote-not-found"]. */
  path: KeyPath;
  /** The same, for people: "grounded.rules.quote-not-found", "sources[0]". */
  key: string;
  message: string;
  /** A key no setting has, a value its setting does not allow, a file that is not JSON or cannot be read. */
  kind: 'unknown-key' | 'bad-value' | 'syntax' | 'unreadable';
}

/** A problem in a settings file, at a place in it (1-based line and column, like the CLI's reports). */
export interface ConfigProblem extends SettingsProblem {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The same span as offsets into the file's text (for editors). */
  offset: number;
  length: number;
}

const PREFIX = 'grounded.';

/** VS Code's keywords in contributes.configuration: annotations for its settings editor, not validation. */
const VSCODE_KEYWORDS = [
  'scope', 'markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions', 'enumItemLabels', 'deprecationMessage',
  'markdownDeprecationMessage', 'order', 'editPresentation', 'tags', 'ignoreSync', 'restricted', 'included', 'patternErrorMessage',
];

/** The settings package.json declares, keyed without the "grounded." prefix ("sources", "rules", "trace.server"). */
export function settingSchemas(): Record<string, SettingSchema> {
  const out: Record<string, SettingSchema> = {};
  for (const [k, v] of Object.entries(contributes.configuration.properties as Record<string, SettingSchema>)) {
    if (k.startsWith(PREFIX)) out[k.slice(PREFIX.length)] = v;
  }
  return out;
}

/** The schema of a grounded.json: the settings without their prefix (and an optional "$schema"), nothing else. */
export function settingsFileSchema(): SettingSchema {
  return { type: 'object', properties: { $schema: { type: 'string' }, ...settingSchemas() }, additionalProperties: false };
}

/** Settings in their one spelling (no prefix, nested sections flattened), and where each key was written. */
interface Canonical {
  value: Record<string, unknown>;
  written: Map<string, KeyPath>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** "grounded.sources" and "sources" are one key; {"trace": {"server": …}} is "trace.server". */
function canonicalize(obj: Record<string, unknown>, at: KeyPath, known: Record<string, SettingSchema>, out: Canonical, prefix = ''): void {
  for (const [k, v] of Object.entries(obj)) {
    const name = prefix + (!prefix && k.startsWith(PREFIX) ? k.slice(PREFIX.length) : k);
    if (!(name in known) && isObject(v) && Object.keys(known).some((p) => p.startsWith(name + '.'))) {
      canonicalize(v, [...at, k], known, out, name + '.');
    } else {
      out.value[name] = v;
      out.written.set(name, [...at, k]);
    }
  }
}

/** The grounded settings among all of a .vscode/settings.json: "grounded.x" keys and a "grounded" object. */
function groundedSection(obj: Record<string, unknown>, known: Record<string, SettingSchema>): Canonical {
  const out: Canonical = { value: {}, written: new Map() };
  for (const [k, v] of Object.entries(obj)) {
    if (k === 'grounded' && isObject(v)) canonicalize(v, [k], known, out);
    else if (k.startsWith(PREFIX)) canonicalize({ [k]: v }, [], known, out);
  }
  return out;
}

/** What a validated set of settings leaves: the good values, and a problem for each bad one. */
export interface Validated {
  /** Canonical keys to values that passed; bad values are left out so that their defaults apply. */
  valid: Record<string, unknown>;
  problems: SettingsProblem[];
}

/**
 * Validate settings in any spelling (a grounded.json object, the editor's `grounded` section, flat
 * "grounded.x" keys). Unknown keys and bad values are problems and are left out of `valid`.
 */
export function validateSettings(raw: unknown, at: KeyPath = []): Validated {
  const known = settingSchemas();
  if (!isObject(raw)) {
    const problem = { path: at, key: showPath(at), message: `the settings must be an object, not ${show(raw)}`, kind: 'bad-value' as const };
    return { valid: {}, problems: raw === undefined || raw === null ? [] : [problem] };
  }
  const c: Canonical = { value: {}, written: new Map() };
  canonicalize(raw, at, known, c);
  return validateCanonical(c, known);
}

function validateCanonical(c: Canonical, known: Record<string, SettingSchema>): Validated {
  // One validator a call: no state is shared. Compiling without checking the schema against the
  // meta-schema and without ajv's code optimiser takes a few ms (the unit tests check the schema).
  const ajv = new Ajv({ allErrors: true, strict: true, verbose: true, validateSchema: false, code: { optimize: false } });
  ajv.addVocabulary(VSCODE_KEYWORDS);
  const validate = ajv.compile(settingsFileSchema());
  if (validate(c.value)) return { valid: c.value, problems: [] };
  const valid = structuredClone(c.value);
  const seen = new Map<string, ErrorObject>();
  for (const e of validate.errors ?? []) {
    const segs = errorPath(e);
    const id = JSON.stringify(segs);
    const prev = seen.get(id);
    if (!prev || rank(e) < rank(prev)) seen.set(id, e);
    drop(valid, segs);
  }
  // anything still wrong (it should not be) goes whole
  if (!validate(valid)) for (const e of validate.errors ?? []) delete valid[String(errorPath(e)[0])];
  const problems = [...seen.values()].map((e) => {
    const segs = errorPath(e);
    const path: KeyPath = [...(c.written.get(String(segs[0])) ?? [String(segs[0])]), ...segs.slice(1)];
    const kind = e.keyword === 'additionalProperties' ? ('unknown-key' as const) : ('bad-value' as const);
    return { path, key: showPath(path), message: describe(e, path, known), kind };
  });
  return { valid, problems };
}

/** Which error of several on one value says the most: the allowed values, then the type, then the range. */
function rank(e: ErrorObject): number {
  return ({ enum: 0, additionalProperties: 0, type: 1, minimum: 2, maximum: 2 } as Record<string, number>)[e.keyword] ?? 3;
}

/** The canonical path of the value an error is about (for an unknown key, the key itself). */
function errorPath(e: ErrorObject): KeyPath {
  const segs: KeyPath = e.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  if (e.keyword === 'additionalProperties') segs.push((e.params as { additionalProperty: string }).additionalProperty);
  return segs;
}

/** Leave out a bad value: the member of an object it is, or the whole list it is an item of. */
function drop(obj: Record<string, unknown>, segs: KeyPath): void {
  let cut = 0;
  let node: unknown = obj;
  for (let i = 0; i < segs.length - 1 && isObject(node); i++) {
    node = node[segs[i]];
    if (isObject(node)) cut = i + 1;
  }
  let parent: unknown = obj;
  for (let i = 0; i < cut; i++) parent = (parent as Record<string, unknown>)[segs[i]];
  if (isObject(parent) && segs.length) delete parent[String(segs[cut])];
}

/** The hand-written part: a message that names the key and what it may be. */
function describe(e: ErrorObject, path: KeyPath, known: Record<string, SettingSchema>): string {
  const schema = (e.parentSchema ?? {}) as SettingSchema;
  const key = showPath(path);
  switch (e.keyword) {
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
      const near = typeof e.data === 'string' ? closestWord(e.data, allowed.map(String)) : undefined;
      return `"${key}" must be ${listOr(allowed.map((v) => JSON.stringify(v)))}, not ${show(e.data)}${near ? `; did you mean "${near}"?` : ''}`;
    }
    case 'type':
    case 'minimum':
    case 'maximum':
      return `"${key}" must be ${expected(schema)}, not ${show(e.data)}`;
    case 'additionalProperties': {
      const written = String(path[path.length - 1]);
      if (e.instancePath === '') {
        // suggest in the spelling used: "grounded.hedgeTolerence" → "grounded.hedgeTolerance"
        const prefix = written.startsWith(PREFIX) ? PREFIX : '';
        const near = closestWord(written.slice(prefix.length), Object.keys(known));
        return `unknown setting "${key}"; ${near ? `did you mean "${prefix + near}"?` : `the settings are ${Object.keys(known).join(', ')}`}`;
      }
      const parent = showPath(path.slice(0, -1));
      const names = Object.keys(schema.properties ?? {});
      const near = closestWord(written, names);
      const noun = /rules$/.test(parent) ? 'rule' : 'key';
      return `unknown ${noun} "${written}" in "${parent}"; ${near ? `did you mean "${near}"?` : `the ${noun}s are ${names.join(', ')}`}`;
    }
    case 'pattern':
      // the value is not repeated: it may be a URL with a password
      return `"${key}" must be ${schema.patternErrorMessage ?? `text matching ${schema.pattern}`}`;
    default:
      return `"${key}" ${e.message ?? 'is not valid'}`;
  }
}

/** What a schema asks for, in words: "a number from 0 to 0.5", "an array of strings". */
function expected(s: SettingSchema): string {
  if (s.type === 'number' || s.type === 'integer') {
    const what = s.type === 'integer' ? 'a whole number' : 'a number';
    if (s.minimum !== undefined && s.maximum !== undefined) return `${what} from ${s.minimum} to ${s.maximum}`;
    if (s.minimum !== undefined) return `${what} of at least ${s.minimum}`;
    if (s.maximum !== undefined) return `${what} of at most ${s.maximum}`;
    return what;
  }
  if (s.type === 'array') return s.items?.type ? `an array of ${s.items.type}s` : 'an array';
  if (s.type === 'object') return 'an object';
  if (s.type === 'string') return 'a string';
  if (s.type === 'boolean') return 'true or false';
  return s.type ? `of type ${s.type}` : 'valid';
}

function listOr(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function show(v: unknown): string {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 60 ? s.slice(0, 59) + '…' : s;
}

/** ["grounded.rules", "quote-not-found"] → "grounded.rules.quote-not-found"; ["sources", 0] → "sources[0]". */
export function showPath(path: KeyPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : '.' + p)).join('') || '(settings)';
}

/** A settings file read: its good settings (canonical keys), and its problems with their places. */
export interface ParsedSettingsFile {
  valid: Record<string, unknown>;
  problems: ConfigProblem[];
  /** Whether the file holds any Grounded setting at all (a .vscode/settings.json may hold none). */
  hasSettings: boolean;
}

/**
 * Read a grounded.json, or the grounded settings of a .vscode/settings.json (told apart by the file
 * name), as JSON with comments and trailing commas — VS Code's own parser — and validate it.
 */
export function parseSettingsFile(file: string, text: string): ParsedSettingsFile {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  const starts = lineStarts(text);
  const place = (offset: number, length: number) => {
    const s = positionAt(starts, offset);
    const e = positionAt(starts, offset + length);
    return { file, line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1, offset, length };
  };
  if (errors.length) {
    const problems = errors.map((e) => ({ path: [], key: '(file)', message: `not valid JSON: ${words(printParseErrorCode(e.error))}`, kind: 'syntax' as const, ...place(e.offset, e.length) }));
    return { valid: {}, problems, hasSettings: true };
  }
  const value: unknown = root ? getNodeValue(root) : {};
  const known = settingSchemas();
  const vscode = /(^|[\\/])settings\.json$/.test(file);
  let c: Canonical;
  if (!isObject(value)) {
    const problem = { path: [], key: '(file)', message: `the settings must be a JSON object, not ${show(value)}`, kind: 'bad-value' as const, ...place(root?.offset ?? 0, root?.length ?? 0) };
    return { valid: {}, problems: [problem], hasSettings: true };
  }
  if (vscode) c = groundedSection(value, known);
  else {
    c = { value: {}, written: new Map() };
    canonicalize(value, [], known, c);
  }
  const { valid, problems } = validateCanonical(c, known);
  return {
    valid,
    hasSettings: c.written.size > 0,
    problems: problems
      .map((p) => {
        const node = root && findNodeAtLocation(root, p.path);
        const target = node && p.kind === 'unknown-key' && node.parent?.type === 'property' ? node.parent.children![0] : node;
        return { ...p, ...place(target?.offset ?? 0, target?.length ?? 0) };
      })
      .sort((a, b) => a.offset - b.offset),
  };
}

/** The problems of a settings file (for an editor to show on grounded.json). */
export function validateSettingsFile(file: string, text: string): ConfigProblem[] {
  return parseSettingsFile(file, text).problems;
}

/** "PropertyNameExpected" → "property name expected". */
function words(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** A problem as a compiler-style line: "grounded.json:3:25: error: …". */
export function formatProblem(p: ConfigProblem, file = p.file): string {
  return p.kind === 'unreadable' ? `${file}: error: ${p.message}` : `${file}:${p.line}:${p.column}: error: ${p.message}`;
}
