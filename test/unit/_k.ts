import { checkAgainst } from './check-helpers';
const [t, s, ...notes] = process.argv.slice(2);
for (const n of notes) {
  const r = checkAgainst({ 'story.txt': t + '\n\n' + s + '\n' }, n.replace(/\.$/, ' [@story].') + '\n');
  console.log(n.slice(0, 70), '=>', r.figures.map((x: any) => `${x.figure.text}:${x.verdict}${x.evidence[0] ? '(' + x.evidence[0].figure?.text + ')' : ''}`).join(' '));
}
