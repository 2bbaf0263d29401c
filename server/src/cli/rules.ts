// The rules as reports describe them (SARIF's tool.driver.rules): the id and one-line description
// that package.json declares for VS Code's settings, the engine's default severity, and a longer
// help text written here (what the finding means and how to resolve it).
import { contributes } from '../../../package.json';
import { DEFAULT_RULES, type RuleSetting } from '../engine/check';
import type { RuleCode } from '../engine/types';

export interface RuleInfo {
  id: string;
  description: string;
  /** The severity when no setting changes it. */
  defaultSetting: RuleSetting;
  /** Markdown. */
  help: string;
}

const HELP: Partial<Record<RuleCode, string>> = {
  'figure-mismatch':
    'A source speaks of the same quantity (same subject, metric and period) and gives another value. ' +
    'Correct the figure (the quick fix writes the source\'s value the way the note writes figures), or cite the source that does state it.',
  'quote-not-found':
    'The quoted words are not in the cited source, nor, without a citation, in any source (case, curly quotes and white space aside). ' +
    'Quote the source\'s exact words (the quick fix offers them when a passage is close), or cite the source the words are in.',
  'unknown-source':
    'The citation key names no source: no front-matter `id` or `aliases`, and no file name that starts with it. ' +
    'Fix the key (the message suggests the closest keys and titles), or add the source to the sources folder.',
  'ambiguous-source':
    'The citation key is the start of several sources\' file names. Use a longer key, the full file name, or give the source an `id` in its front matter.',
  'figure-wrong-source':
    'The figure is right, but it is stated in another source than the one cited. Cite the source that states it (quick fix).',
  'figure-unverified':
    'No passage in the cited sources (or in any source, without a citation) speaks of what the figure measures. ' +
    'Add a citation of a source that states it, or leave it as the note\'s own figure. Off in the editor, a hint in the CLI.',
};

/** Every rule package.json declares, in its order, then any the engine has that it does not. */
export function ruleInfos(): RuleInfo[] {
  const declared = contributes.configuration.properties['grounded.rules'].properties as Record<string, { description?: string }>;
  const ids = [...new Set([...Object.keys(declared), ...Object.keys(DEFAULT_RULES)])];
  return ids.map((id) => {
    const description = declared[id]?.description ?? id;
    return {
      id,
      description,
      defaultSetting: DEFAULT_RULES[id as RuleCode] ?? 'warning',
      help: HELP[id as RuleCode] ?? description,
    };
  });
}
