import { frameIn } from '../helpers/frameReads';
import { Lexicon } from '../../server/src/engine/frames/lexicon';
const lex = new Lexicon();
const [s, f] = process.argv.slice(2);
const fr = frameIn(lex, s, f);
console.log(JSON.stringify({ role: fr.role, metric: fr.metric, subject: fr.subject, names: fr.names, counted: fr.counted }));
