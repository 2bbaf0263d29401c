// A test's prerequisite that is not part of the repository (the shared development set, the BBC corpus,
// python3, Chromium). In CI a missing one fails the run with a clear message; on a developer's machine the
// tests that need it are skipped with a line saying what to install — never silently.
//
// CI: the CI environment variable, as CI services set it (.ci/run sets it too); "", "0" and "false" are off.

/** True when running in CI (missing prerequisites fail instead of skipping). */
export function inCI(env: NodeJS.ProcessEnv = process.env): boolean {
  const v = (env.CI ?? '').trim().toLowerCase();
  return v !== '' && v !== '0' && v !== 'false';
}

/** The message for a missing prerequisite: what is missing, why, and how to get it. */
export function missingMessage(what: string, why: string, install: string): string {
  return `${what} is missing (${why}): ${install}`;
}

/**
 * When `why` says a prerequisite is missing: in CI throws (the hook or test fails with the message);
 * elsewhere prints "skipped: <message>" and skips the test or, from a `before` hook, its suite.
 * Returns normally when nothing is missing (`why` undefined).
 */
export function requirePrerequisite(
  ctx: Mocha.Context,
  what: string,
  why: string | undefined,
  install: string,
  env: NodeJS.ProcessEnv = process.env,
): void {
  if (why === undefined) return;
  const msg = missingMessage(what, why, install);
  if (inCI(env)) throw new Error(`prerequisite missing in CI: ${msg}`);
  console.log(`    skipped: ${msg}`);
  ctx.skip();
}
