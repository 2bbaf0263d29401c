// Mocha runner loaded by VS Code's extension host (--extensionTestsPath), as in @vscode/test-electron's samples:
// runs every *.test.js bundled next to this file and rejects when any test failed.
// Mocha is external to the bundle and comes from the repo's node_modules (dist/ is inside the repo).
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: Number(process.env.GROUNDED_E2E_TEST_TIMEOUT || 60_000),
    grep: process.env.GROUNDED_E2E_GREP || undefined,
  });
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} test${failures === 1 ? '' : 's'} failed.`));
        else resolve();
      });
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
