// `npm start`: build, then open the example workspace in VS Code with the extension loaded when
// `code` is on the PATH; otherwise run `grounded check` on the example notes and print the report.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const examples = join(root, 'examples');
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });

if (!existsSync(join(root, 'dist', 'server.js')) || process.argv.includes('--build')) {
  const b = run('npm', ['run', 'build']);
  if (b.status !== 0) process.exit(b.status ?? 1);
}

const hasCode = !process.argv.includes('--cli') && spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
if (hasCode) {
  console.log('Opening examples/ in VS Code with Grounded loaded (open notes/analysis.md)…');
  const r = run('code', ['--extensionDevelopmentPath=' + root, '--new-window', examples, join(examples, 'notes', 'analysis.md')]);
  process.exit(r.status ?? 0);
}
console.log('`code` is not on the PATH: checking the example notes with the CLI instead.\n');
console.log('$ cd examples && grounded check notes\n');
const r = run(process.execPath, [join(root, 'bin', 'grounded'), 'check', 'notes'], { cwd: examples });
// The example note has deliberate mistakes, so `check` exits 1: that is the expected result here.
process.exit(r.status === 1 || r.status === 0 ? 0 : r.status ?? 1);
