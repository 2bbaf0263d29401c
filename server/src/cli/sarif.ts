// `grounded check --format sarif`: SARIF 2.1.0, which code-scanning services read (GitHub's
// upload-sarif among them). Locations are relative to the repository root (%SRCROOT%); a finding's
// source passage is a related location; quick fixes are SARIF fixes with their replacements.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { RuleSetting } from '../engine/check';
import type { RuleCode, Severity } from '../engine/types';
import type { DiagnosticOutcome, RelatedOutcome, Span } from './outcome';
import type { NoteCheck } from './report';
import { ruleInfos } from './rules';

const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };
const SRCROOT = '%SRCROOT%';

export interface SarifOptions {
  /** The repository root: locations under it are relative to it (%SRCROOT%), others are file: URIs. */
  srcRoot: string;
  version: string;
  /** The rule settings in force (they become the run's rule configuration overrides). */
  rules: Partial<Record<RuleCode, RuleSetting>>;
}

function artifact(root: string, file: string): Sarif.ArtifactLocation {
  const rel = path.relative(root, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return { uri: pathToFileURL(file).href };
  return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function region(span: Span, snippet?: string): Sarif.Region {
  return {
    startLine: span.line,
    startColumn: span.column,
    endLine: span.endLine,
    endColumn: span.endColumn,
    ...(snippet !== undefined ? { snippet: { text: snippet } } : {}),
  };
}

function relatedLocation(root: string, r: RelatedOutcome): Sarif.Location {
  // Text extracted from a PDF, web page or Word file has no lines in the file itself: the location
  // is the file, and the message names the page (a PDF) and quotes the passage.
  if (r.extracted) {
    const page = r.extracted.page !== undefined ? `, p. ${r.extracted.page}` : '';
    return {
      id: 0,
      message: { text: `source ${r.key} (${r.title}${page}): "${r.extracted.passage.replace(/\s+/g, ' ')}"` },
      physicalLocation: { artifactLocation: artifact(root, r.path) },
    };
  }
  return {
    id: 0,
    message: { text: `source ${r.key} (${r.title})` },
    physicalLocation: { artifactLocation: artifact(root, r.path), region: region(r.region!, r.region!.snippet) },
  };
}

function result(root: string, c: NoteCheck, d: DiagnosticOutcome, ruleIndex: number | undefined): Sarif.Result {
  const here = artifact(root, c.path);
  return {
    ruleId: d.code,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [{ physicalLocation: { artifactLocation: here, region: region(d, d.snippet) } }],
    ...(d.related ? { relatedLocations: [relatedLocation(root, d.related)] } : {}),
    ...(d.fixes?.length
      ? {
          fixes: d.fixes.map((f) => ({
            description: { text: f.title },
            artifactChanges: [
              {
                artifactLocation: here,
                replacements: f.edits.map((e) => ({ deletedRegion: region(e), insertedContent: { text: e.newText } })),
              },
            ],
          })),
        }
      : {}),
    properties: { severity: d.severity },
  };
}

export function toSarif(checks: NoteCheck[], o: SarifOptions): Sarif.Log {
  const infos = ruleInfos();
  const index = new Map(infos.map((r, i) => [r.id, i]));
  const rules: Sarif.ReportingDescriptor[] = infos.map((r) => ({
    id: r.id,
    name: r.id.replace(/(^|-)([a-z])/g, (_, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: r.description },
    fullDescription: { text: r.help.replace(/`/g, '') },
    help: { text: `${r.description} ${r.help.replace(/`/g, '')}`, markdown: `**${r.description}**\n\n${r.help}` },
    defaultConfiguration: r.defaultSetting === 'off' ? { enabled: false, level: 'none' } : { level: LEVEL[r.defaultSetting] },
  }));
  const overrides: Sarif.ConfigurationOverride[] = Object.entries(o.rules).flatMap(([id, setting]) =>
    index.has(id) && setting
      ? [{ descriptor: { id, index: index.get(id)! }, configuration: setting === 'off' ? { enabled: false } : { level: LEVEL[setting as Severity] } }]
      : [],
  );
  const results = checks.flatMap((c) => c.outcome.diagnostics.map((d) => result(o.srcRoot, c, d, index.get(d.code))));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'grounded', version: o.version, semanticVersion: o.version, rules } },
        invocations: [{ executionSuccessful: true, ...(overrides.length ? { ruleConfigurationOverrides: overrides } : {}) }],
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(o.srcRoot).href.replace(/\/?$/, '/') } },
        artifacts: checks.map((c) => ({ location: artifact(o.srcRoot, c.path), roles: ['analysisTarget'] })),
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}

export function formatSarif(checks: NoteCheck[], o: SarifOptions): string {
  return JSON.stringify(toSarif(checks, o), null, 2);
}
