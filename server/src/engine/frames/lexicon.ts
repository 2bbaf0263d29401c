// The words a claim frame is built from: lemmas (wink-lemmatizer), small curated classes of
// metric synonyms and change verbs, period words and the function words frames skip. Every list
// says in one line why it exists. The `Lexicon` object owns the lemma cache (no module state).
//
// Why wink-lemmatizer and not a full NLP pipeline: wink-nlp with its lite English model was
// measured here at 1.4–1.9 MB/s for tokens + POS + lemmas (BBC text), ten times slower than
// indexing, and its tags on news prose mislabel what frames depend on ("The January jump in…"
// → jump/VERB, "May 2003" → May/NOUN). Frames need lemmas and a few closed word classes; the
// lemmatiser alone runs at ~0.7 M words/s and its exception lists cover the irregular forms
// ("fell" → fall, "sold" → sell, "ratings" → rating) that a suffix stemmer misses.
import type { Hedge } from '../types';
import { drain, type Steps } from '../steps';
import { loadWordNetSteps, type WordNet } from './wordnet';
import type { WordReading } from './tokens';
import { table } from '../figures/tables';

/** WordNet lexicographer files that matter here: a word for a person, a place, a verb. */
const WN_PERSON = 18;
const WN_NOUN_FIRST = 3;
const WN_NOUN_LAST = 28;
const WN_LOCATION = 15;
const WN_VERB_FIRST = 29;
const WN_VERB_LAST = 43;

/** The concept of a firm ("company", "firm", "business": a synonym class below): a description such as "the Japanese firm" names one (fronted.ts descriptionNames). */
export const COMPANY_CONCEPT = 'company';
/**
 * Synonym classes for what figures measure and how they move. A word's class id is the first
 * word of its class, so "turnover" and "sales" meet as "revenue". Kept small and curated: a
 * class that is too broad makes unrelated figures "aligned" (a false alarm); one too narrow
 * lets a misquote pass.
 */
const SYNONYM_CLASSES: string[][] = [
  // money coming in
  ['revenue', 'sale', 'turnover', 'gross'],
  ['take', 'taking', 'takings'],
  ['profit', 'earnings', 'income'],
  ['earn', 'bank'],
  ['cost', 'price', 'pay', 'payment', 'spend', 'spending', 'expenditure', 'money', 'fetch', 'sell', 'value', 'worth', 'bid', 'offer'],
  ['wealth', 'fortune'],
  ['deficit', 'gap', 'shortfall'],
  // (money kept back: "hopes to save £10m" / "plans to make savings of £100m")
  ['save', 'saving'],
  // what is owed: "went under owing 14bn euros" / "collapsed with debts of 14bn euros"
  ['debt', 'owe'],
  ['extra', 'additional', 'further'],
  ['effect', 'force'],
  ['broadcast', 'air', 'screen', 'televise'],
  ['suicide', 'death', 'die', 'dead', 'kill'],
  ['attack', 'assault'],
  ['blast', 'bombing', 'explosion', 'bomb'],
  // (a superlative's measure, whichever word: "the largest by civil servants in 20 years" / "the biggest … in a decade")
  ['big', 'large'],
  // a term of punishment ("jailed for up to 12 years" / "face up to 21 years in prison" / "a jail sentence of up to 85 years")
  ['jail', 'prison', 'imprison', 'imprisonment', 'custody', 'sentence'],
  ['game', 'match', 'fixture', 'meeting'],
  // (what was won in talks too: "the UK rebate, secured in 1984" / "won by Margaret Thatcher in 1984")
  ['win', 'victory', 'triumph', 'secure'],
  // a sport's crown, however named ("won the world title six times" / "won the world championship six times")
  ['title', 'championship', 'crown'],
  // a round and who reached it ("reached the Wimbledon semi-finals in 2003" / "Wimbledon semi-finalist in 2004")
  ['semi-final', 'semi-finalist'],
  ['quarter-final', 'quarter-finalist'],
  // a run without a break ("five straight quarters of growth" / "four consecutive quarters of growth")
  ['consecutive', 'straight', 'successive'],
  ['fight', 'brawl', 'scuffle', 'fracas'],
  ['approval', 'approve'],
  // (a stake held: "investors who own 5% or more" / "holders of 5% or more")
  ['owner', 'own', 'holder'],
  ['deal', 'contract', 'agreement'],
  ['birth', 'bear', 'born'],
  ['available', 'arrive', 'release', 'launch'],
  ['start', 'begin', 'commence'],
  ['first', 'opening'],
  ['poll', 'survey'],
  ['quarter', 'quarterly'],
  ['leave', 'abandon', 'quit', 'exit'],
  // a decision's date ("chose in April 2005 to stop" / "decided in April 2004 not to")
  ['decide', 'choose', 'opt'],
  ['dividend', 'payout'],
  ['invest', 'investment'],
  ['donation', 'gift', 'contribution', 'donor', 'donate', 'give'],
  ['charge', 'write-down', 'writedown'],
  // people
  ['viewer', 'audience', 'rating', 'watch', 'see', 'tune', 'listener'],
  ['spectator', 'crowd', 'fan', 'attendance'],
  ['staff', 'employee', 'worker', 'workforce', 'employ', 'job', 'personnel'],
  ['company', 'firm', 'business'],
  ['user', 'customer', 'subscriber', 'member'],
  ['student', 'pupil', 'schoolchild'],
  // (questions put to a service: "277 million queries" / "277 million enquiries")
  ['query', 'enquiry', 'inquiry'],
  // (an official look into something: "an 18-month investigation" / "a 15-month probe")
  ['investigation', 'probe'],
  // (what someone thinks of something: "his view of the UK had dimmed" / "his opinion of the UK had been lowered")
  ['view', 'opinion'],
  // ("sold 3.1% more vehicles" / "sold 2.1% more cars")
  ['car', 'vehicle', 'automobile'],
  // (an event's list of what is on: "the full festival line-up" / "the full programme")
  ['programme', 'line-up', 'lineup'],
  ['mp', 'backbencher', 'lawmaker', 'legislator'],
  ['unemployment', 'jobless', 'unemployed'],
  // (the sexes: "80% of females" counts the women of a survey)
  ['woman', 'female'],
  ['man', 'male'],
  // things
  ['phone', 'handset', 'mobile'],
  ['ship', 'shipment', 'deliver', 'delivery'],
  ['copy', 'unit'],
  // (an award's category counts awards: "nominated in four categories" / "nominated for three awards";
  // a "gong" or a "trophy" won is an award: "four American MTV gongs" / "five US MTV awards")
  ['prize', 'award', 'category', 'gong', 'trophy', 'accolade'],
  // (a player's caps are appearances for the side: "nine senior England caps" / "seven senior appearances for England")
  ['appear', 'appearance', 'cap'],
  ['console', 'machine'],
  ['plane', 'aircraft', 'airliner', 'jet'],
  ['film', 'movie', 'flick'],
  ['site', 'website'],
  // (a page of the web, written as one word or two: "5 billion webpages" / "5 million web pages")
  ['page', 'webpage'],
  ['forecast', 'prediction', 'projection'],
  ['lift', 'elevator'],
  // units of time as sports copy abbreviates them ("by almost 10secs", "2hrs 15mins"): the same measure
  ['second', 'sec'],
  // oil output as trade copy abbreviates it ("474,000 bpd" / "474,000 barrels a day"; role.ts perOf reads its day)
  ['barrel', 'bpd'],
  ['minute', 'min'],
  ['hour', 'hr'],
  ['growth', 'grow', 'expansion', 'expand'],
  ['output', 'production', 'produce'],
  ['share', 'stake'],
  ['download', 'install'],
  ['parameter', 'weight'],
  ['gpu', 'chip', 'h100', 'accelerator', 'processor', 'microprocessor'],
];

/**
 * Opposite things counted alike: "inpatient" and "outpatient" waiting lists, quangos "set up" and
 * quangos to "abolish", imports and exports, women and men. A figure whose words hold one side,
 * against a source figure whose words hold only the other, is another quantity (alignment.ts).
 */
const OPPOSITES: [string[], string[]][] = [
  [['abolish', 'scrap', 'disband', 'close', 'shut'], ['create', 'establish', 'set', 'found', 'open']],
  [['inpatient'], ['outpatient']],
  [['import'], ['export']],
  [['male', 'man', 'boy'], ['female', 'woman', 'girl']],
  [['home'], ['away']],
  [['domestic'], ['foreign', 'overseas', 'international', 'abroad']],
  [['win', 'victory'], ['defeat', 'lose']],
  // the events of a racket sport: "18 Grand Slam singles titles" are none of "three … mixed doubles titles"
  [['single'], ['double']],
  [['minimum'], ['maximum']],
  // a round of a competition: the final's time or score is not a heat's ("quarter-finals" keeps its prefix: tokens.ts)
  [['final'], ['quarter-final', 'semi-final', 'heat']],
  [['rural'], ['urban']],
  [['public'], ['private']],
  [['full-time'], ['part-time']],
  [['child'], ['adult']],
  // the hurt and the dead of one disaster ("21,000 people were injured" / "21,000 people lost their lives")
  [['injure', 'injury', 'wound'], ['suicide', 'death', 'die', 'dead', 'kill']],
];

/**
 * Measures that are each other's opposite, as the head of what a figure measures: a loss is no
 * profit ("made a loss of $12.5m" / "posted profits of $12.5m"). Unlike OPPOSITES (words anywhere
 * near, which news copy often sets side by side: "turned a loss of 506m euros into a profit"), only
 * the two metric heads are compared (alignment.ts metricMeet).
 */
const OPPOSED_METRICS: readonly [string, string][] = [['profit', 'loss']];

/**
 * Particles that end a noun made from a phrasal verb ("make-up", "sell-off", "write-down",
 * "start-ups", "take-over"): such a word is read whole, not as its last part — its last part is no
 * head ("make-up staff" are no "up", a "write-down" is no fall).
 */
export const PARTICLE_ENDINGS: ReadonlySet<string> = new Set(['up', 'ups', 'down', 'downs', 'off', 'offs', 'out', 'outs', 'in', 'ins', 'over', 'overs', 'back', 'backs', 'on', 'away']);

/** Prefixes of the rounds before a final: "quarter-finals" is read whole, not as its head "finals". */
export const ROUND_PREFIXES: readonly string[] = ['quarter-final', 'semi-final'];

/** Words of SYNONYM_CLASSES only in their verb sense: "the singer banked $56.5m" earned it; "the bank" earned nothing. */
const VERB_SENSE_ONLY: ReadonlySet<string> = new Set(['bank', 'give']);

/** Words of one SYNONYM_CLASSES class as nouns and of another as verbs: a shop that "charges £4.99" prices the print (cost); a firm's "charge of $500m" is a write-down; who "pointed to the early 1990s" or "referred to" them cited them (a match's points are none). */
const VERB_SENSE_CLASS: ReadonlyMap<string, string> = new Map([['charge', 'cost'], ['point', 'cite'], ['refer', 'cite']]);

/**
 * Words for what comes from outside a country, or is outside it: "foreign films" in Japan's box
 * office are not "Japanese films" (check/alignment.ts opposed); a note saying any of them ("Britons
 * living abroad" / "overseas") speaks of that side too.
 */
export const FOREIGN_WORDS: readonly string[] = ['foreign', 'overseas', 'imported', 'import', 'abroad'];

/**
 * Classes that may measure one thing, or not: a film "earned" what it "took", a firm "earned" its
 * profit; a person "worth £67m" has that fortune, a firm "worth £1bn" is not its owner's wealth. Related metrics are evidence enough to support a figure, never to contradict it.
 */
const RELATED_CLASSES: string[][] = [
  ['earn', 'take', 'revenue', 'profit'],
  ['wealth', 'cost'],
];

/**
 * Two-word names read as other names' keys, word by word (tokens.ts twoWordNames): a club's short
 * name as its full one ("Man Utd" is Manchester United, "Man City" Manchester City — "Man" never
 * alone); and names that go by initials too short for an acronym's reading (alignment.ts spelledOut:
 * three letters and more), both words the initials' key: "the European Union" is "the EU", "the
 * United States" "the US" (session 47) — not "the United Nations", whose words spell longer
 * acronyms ("UNECE", "UNHCR"), which read them.
 */
export const TWO_WORD_NAMES: ReadonlyMap<string, readonly [string, string]> = new Map<string, readonly [string, string]>([
  ['man utd', ['manchester', 'united']], ['man united', ['manchester', 'united']], ['man city', ['manchester', 'city']],
  ['european union', ['eu', 'eu']], ['united states', ['us', 'us']],
]);
/** TWO_WORD_NAMES by second word, then first: looked up per name token without building a string. */
export const TWO_WORD_NAMES_BY_SECOND: ReadonlyMap<string, ReadonlyMap<string, readonly [string, string]>> = (() => {
  const out = new Map<string, Map<string, readonly [string, string]>>();
  for (const [pair, keys] of TWO_WORD_NAMES) {
    const [a, b] = pair.split(' ');
    let m = out.get(b);
    if (!m) out.set(b, (m = new Map()));
    m.set(a, keys);
  }
  return out;
})();

/**
 * Nouns that name a person by nationality ("the Briton", "the Argentine"): after "the", a way of
 * referring back to someone named before, not a name of its own — so the sentences before may
 * supply the subject ("Henman … But the Briton regained his composure to win …").
 */
export const DEMONYM_NOUNS = new Set([
  'briton', 'englishman', 'englishwoman', 'scot', 'scotsman', 'welshman', 'irishman', 'frenchman', 'frenchwoman',
  'dutchman', 'spaniard', 'dane', 'swede', 'norwegian', 'finn', 'german', 'italian', 'russian', 'serb', 'croat',
  'swiss', 'belgian', 'argentine', 'argentinian', 'brazilian', 'chilean', 'american', 'canadian', 'australian',
  'kenyan', 'ethiopian', 'moroccan', 'south african', 'kiwi', 'czech', 'slovak', 'pole', 'austrian', 'portuguese',
  'nigerian', 'ghanaian', 'cameroonian', 'senegalese', 'ivorian', 'egyptian', 'zimbabwean', 'jamaican', 'mexican',
  'colombian', 'uruguayan', 'peruvian', 'greek', 'turk', 'romanian', 'bulgarian', 'hungarian', 'ukrainian', 'israeli',
  'croatian', 'serbian', 'slovenian', 'bosnian', 'icelander', 'new zealander', 'aussie',
  // (of a city or a region: "the 25-year-old Dubliner")
  'dubliner', 'londoner', 'glaswegian', 'mancunian', 'liverpudlian', 'geordie', 'yorkshireman', 'cornishman', 'ulsterman',
]);

/**
 * Words that may stand between "the" and a nationality noun referring back to someone: "the
 * 31-year-old Dane" (an age: the figure, "-", "year-old"), "the veteran Scot", "the former Briton".
 */
export const DEMONYM_DESCRIPTORS = new Set(['-', 'year-old', 'former', 'veteran', 'young', 'experienced', 'defending', 'unseeded']);

/**
 * Nouns that name a bound, with the hedge that states the same bound: "put the floor at $40" is
 * what "supported above $30" says with another value; "a ceiling of 5%" is "below 4%" misquoted.
 * "The upper estimate of $4m" is "up to $4m". (Not "cap", which is also a market capitalisation, nor "limit", which is often a rule's value.)
 */
const BOUND_NOUNS: Readonly<Record<string, Hedge>> = { floor: 'over', minimum: 'over', ceiling: 'under', maximum: 'under', upper: 'under' };

/** Words after a comma that put a second guess at the value before it ("about 300 pence, maybe 305"): the same quantity (frame.ts). */
export const ALTERNATIVE_GUESSES: ReadonlySet<string> = new Set(['maybe', 'perhaps', 'possibly']);

/** In a PHRASAL_CONCEPTS pattern: any possessive ("their", "his", "one's"). */
export const POSSESSIVE = '*poss';
/** The possessives POSSESSIVE stands for ("took their own life", "lost his life"; "one" for "one's"). */
export const POSSESSIVE_WORDS: ReadonlySet<string> = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their', 'one']);

/**
 * Idioms that mean one thing together, as lemmas (POSSESSIVE for any possessive), with the word whose
 * synonym class their last word takes: "took their own life" is a suicide, "went on sale" a release
 * (not sales). Kept to fixed expressions: a loose pattern would give ordinary words another meaning.
 */
export const PHRASAL_CONCEPTS: readonly { words: readonly string[]; concept: string; notBefore?: ReadonlySet<string> }[] = [
  { words: ['take', POSSESSIVE, 'own', 'life'], concept: 'suicide' },
  { words: ['lose', POSSESSIVE, 'life'], concept: 'death' },
  // ("lost their lives": the lemmatiser reads "lives" as the verb)
  { words: ['lose', POSSESSIVE, 'live'], concept: 'death' },
  { words: ['go', 'on', 'sale'], concept: 'release' },
  { words: ['put', 'on', 'sale'], concept: 'release' },
  { words: ['come', 'on', 'sale'], concept: 'release' },
  // ("the album came out in 2004" / "was released in 2003" — not "came out of recession", "came out
  // against the plan", "came out ahead")
  { words: ['come', 'out'], concept: 'release', notBefore: new Set(['of', 'against', 'ahead', 'behind', 'with', 'as', 'for', 'better', 'worse', 'top', 'and', 'to']) },
  // ("would turn over about $32bn a year": a firm's turnover, not a page turned)
  { words: ['turn', 'over'], concept: 'turnover' },
  // ("the attempt fell apart in 2001" / "the attempted merger failed in 2000")
  { words: ['fall', 'apart'], concept: 'fail' },
  // ("forecast to top out at a record $472bn": where it peaks)
  { words: ['top', 'out'], concept: 'peak' },
  // ("5% of Singapore's annual gross domestic product": its GDP, not a product's revenue)
  { words: ['gross', 'domestic', 'product'], concept: 'gdp' },
  // ("about 80% of Ethiopia's economic output": its GDP, as "national output" is — not a factory's output)
  { words: ['economic', 'output'], concept: 'gdp' },
  { words: ['national', 'output'], concept: 'gdp' },
  // ("has set aside £4 billion for tax cuts" / "has earmarked £4 billion")
  { words: ['set', 'aside'], concept: 'earmark' },
];

/** Titles before a surname: "Ms Hutt", "Sir Cameron", "Dr Patel". */
export const PERSON_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'lord', 'lady', 'dame', 'prof', 'professor', 'mr.', 'mrs.', 'ms.', 'dr.']);

/**
 * Of PERSON_TITLES, those of courtesy, which a story drops as freely as it adds them: the note's "Mr
 * Bush" is the source's "President George W Bush" — the title is no name the source must give
 * (alignment.ts missingName). Not a knighthood or a peerage: "Sir Edward", "Lord Beck" are names.
 */
export const COURTESY_TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'mr.', 'mrs.', 'ms.', 'dr.']);

/** Nouns for people: "people" as a metric meets any of them ("70,000 people" / "70,000 spectators"). */
export const HUMAN_NOUNS = new Set([
  'people', 'person', 'spectator', 'viewer', 'staff', 'worker', 'user', 'customer', 'subscriber', 'member', 'fan',
  'voter', 'resident', 'adult', 'child', 'student', 'pupil', 'patient', 'employee', 'passenger', 'visitor', 'citizen',
  'consumer', 'player', 'gamer', 'teenager', 'woman', 'man', 'prisoner', 'household', 'family', 'job', 'audience', 'crowd',
  // (the pronouns of a person: "households with someone over 60")
  'someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody',
]);

/** Forms of "be" before an age at a moment (role.ts ageWhen: "The singer was 24 when she died"). */
export const AGE_WHEN_COPULAS: ReadonlySet<string> = new Set(['was', 'is', 'were']);
/** Pronouns of one person (role.ts ageWhen: "he was 31 when …", "the singer was 24 when she died"). */
export const SINGULAR_PERSONS: ReadonlySet<string> = new Set(['he', 'she']);
/** Words after a figure that leave what it counts to the figure before it: "with five each", "four apiece" (frame.ts elliptical). */
export const ELLIPTICAL_EACH: ReadonlySet<string> = new Set(['each', 'apiece']);
/** Words after "N of" that do the same: "20,000 of those", "three of them" (frame.ts elliptical). */
export const ELLIPTICAL_OF: ReadonlySet<string> = new Set(['those', 'them', 'these']);

/**
 * Nouns for a person's role that WordNet also knows as things ("striker", "international", "centre",
 * "boss"): opening a sentence after "The" and a name or two ("The Czech international came on …"),
 * they describe someone named before (fronted.ts descriptionNames); with an age between commas
 * after them, it is that person's ("The England international, 24, was hurt": role.ts appositiveAge).
 */
export const PERSON_ROLES: ReadonlySet<string> = new Set([
  'international', 'centre', 'striker', 'forward', 'midfielder', 'goalkeeper', 'coach', 'boss', 'star', 'runner', 'rapper',
  'minister', 'leader', 'executive', 'president', 'prop', 'lock', 'fly-half', 'scrum-half', 'full-back', 'bowler', 'seed',
  'spinner', 'opener', 'frontman', 'producer', 'host',
]);

/**
 * Measures that come in kinds named by a noun right before them ("interest rates" / "the jobless
 * rate", "house prices" / "oil prices", "income tax" / "council tax"): the kind is read beside the
 * metric (ClaimFrame.qualifier) and two kinds apart never contradict (alignment.ts qualifiersApart).
 */
export const KIND_NAMED_HEADS: ReadonlySet<string> = new Set(['rate', 'price', 'tax', 'index', 'fee', 'charge', 'bill', 'yield', 'tariff', 'duty', 'cost', 'deficit', 'surplus']);

/**
 * Words that make a measure its limit: "the federation's maximum fine is £45,000" is what a fine may
 * reach, not what one was ("Wenger was fined £15,000"). One side's metric naming one and the other's
 * words none are another kind of the measure (alignment.ts limitApart). (Adjectives only: a "debt
 * ceiling" or a "spending limit" is itself the quantity measured.)
 */
export const LIMIT_WORDS: ReadonlySet<string> = new Set(['maximum', 'minimum']);

/**
 * Groups a survey asks, beside the nouns for people (Lexicon.isHuman): a share of one is a share of
 * those who answered one thing (rules.ts contradicts, VERDICT_POLICY.shareAnswerContext).
 */
export const SURVEYED_GROUPS: ReadonlySet<string> = new Set([
  'boss', 'executive', 'respondent', 'manager', 'employer', 'company', 'firm', 'business', 'parent', 'teacher',
  'doctor', 'analyst', 'economist', 'director', 'leader', 'official', 'shopper', 'investor', 'reader', 'listener', 'owner',
]);

/** Verbs and nouns of upward change: a figure they govern is a change, not a level. */
const UP_WORDS = [
  'rise', 'climb', 'grow', 'growth', 'gain', 'jump', 'increase', 'up', 'surge', 'soar', 'boost', 'raise',
  'higher', 'more', 'add', 'advance', 'rebound', 'leap', 'lift', 'improve', 'improvement', 'rally', 'hike',
  'swell', 'widen', 'accelerate', 'expand', 'expansion', 'spike',
];
/**
 * Verbs of being ahead of another or behind it, by a margin ("was out-selling its rival by 2,000
 * copies", "won the seat by 5,000 votes", "trailing by three points"): a figure after "by" in their
 * clause is the margin between the two — a difference, as "5% above forecast" is (role change),
 * ahead up and behind down — never a level either side reached. Lemmas; a verb written "out-"
 * and another ("out-selling") is ahead too (Lexicon.marginOf).
 */
const MARGIN_AHEAD = ['outsell', 'outscore', 'outnumber', 'outpace', 'outperform', 'outstrip', 'outpoll', 'outvote', 'outrun', 'beat', 'lead', 'win'];
const MARGIN_BEHIND = ['trail', 'lag'];
/** Comparatives that are no word of change elsewhere, which a percentage before them and "than" after make one ("13% greater than last year", "54% dearer than a year ago"; role.ts comparedThan). */
export const COMPARATIVES_THAN: Readonly<Record<string, 'up' | 'down'>> = table({ greater: 'up', bigger: 'up', larger: 'up', smaller: 'down', dearer: 'up', pricier: 'up', costlier: 'up', cheaper: 'down' });
/** Words before "from" and another figure right after a level that say which way it was reached ("a 36% share - down from 39%": frame.ts levelFrom). */
export const LEVEL_FROM_WORDS: Readonly<Record<string, 'up' | 'down'>> = table({ up: 'up', down: 'down' });
/** …the marks that set them off from the level. */
export const LEVEL_FROM_MARKS: ReadonlySet<string> = new Set([',', '-', '—', '–', '(']);

/** Words after a percentage that make it a difference from something ("3.3% below their peak", "5% above forecast"). */
export const COMPARED_TO = new Set(['below', 'above']);

/** Words a count is joined to that make it the size of the group named after them ("the 300-strong audience", "a 5,000-strong crowd": metric.ts phraseAfter counts the audience). */
export const STRENGTH_WORDS: ReadonlySet<string> = new Set(['strong']);

/** Nouns of upward change that are also an athlete's jump: before a measure ("a leap of 6.43m") they say how far. */
export const JUMP_NOUNS: ReadonlySet<string> = new Set(['leap', 'jump']);
/**
 * Change verbs that take no object: what follows them is by how much their subject changed ("wealth
 * rose £300m"), never an amount someone moved ("raised £4m", "lost £2m", "sank £3m into").
 */
export const INTRANSITIVE_CHANGE_VERBS = new Set(['rise', 'fall', 'grow', 'climb', 'drop', 'jump', 'slump', 'soar', 'plunge', 'slip', 'dip', 'decline', 'surge', 'tumble', 'shrink', 'slide', 'edge']);

/**
 * Change verbs whose past form is their noun's too ("cut", "shed"): a verb only after its subject
 * ("the economy shed 22,000 jobs"), which the word's senses alone do not say (role.ts roleOf).
 */
export const BARE_PAST_CHANGE_VERBS: ReadonlySet<string> = new Set(['cut', 'shed']);

/** Verbs whose "up"/"down" is a particle, not a change: "make up 4% of sales", "set up 162 stores". */
export const PARTICLE_VERBS = new Set(['make', 'set', 'sum', 'end', 'break', 'turn', 'show', 'back', 'shut']);
/**
 * …and verbs whose "up" gathers a tally, of anything but a percentage ("picked up a total of 48
 * nominations", "racked up 300 wins", "notched up 12 goals" count what was won; "sales picked up 2%"
 * is a change).
 */
export const TALLY_PARTICLE_VERBS: ReadonlySet<string> = new Set(['pick', 'rack', 'notch', 'chalk', 'clock']);
/** Verbs and nouns of downward change. */
const DOWN_WORDS = [
  'fall', 'drop', 'decline', 'slip', 'slump', 'sink', 'shrink', 'cut', 'lose', 'loss', 'down', 'decrease',
  'lower', 'less', 'reduce', 'reduction', 'plunge', 'tumble', 'dip', 'ease', 'contract', 'slide', 'slow',
  'weaken', 'shed', 'halve', 'plummet', 'collapse', 'narrow', 'contraction', 'downturn', 'fewer', 'axe',
  'abolish', 'scrap', 'shave', 'slash', 'trim',
];

/** Words that make a rate of time explicit after the figure, further than a rate is read (role.ts explicitRateAfter): "each day", "every year", "per week" — not "a", which also opens "for a year". */
export const EXPLICIT_RATE_MARKERS: ReadonlySet<string> = new Set(['each', 'every', 'per']);
/** Words that count a thing per some unit: "$40 a barrel", "5.8 cents a share", "17m per second". */
export const PER_MARKERS = new Set(['a', 'an', 'per', 'each', 'every']);
/** Units of a rate of time shorter than a year: one the note gives and a source figure's sentence never states is the note's alone (check/alignment.ts shortRateOnlyNote). */
export const SHORT_RATE_UNITS: ReadonlySet<string> = new Set(['hour', 'day', 'week', 'month']);

/**
 * Days of the week: when something happened, like a month — never who it happened to ("Sunday's
 * derby" names no one) nor what a figure measures ("takings … beginning on Friday of $5m").
 */
export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Month names and their abbreviations → 1–12 (time anchors: "in May 2003", "on 27 February"). */
export const MONTHS: Readonly<Record<string, number>> = table({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
});

/** Words that join the two ends of a span of months: "October to December", "January-March" ("and" after "between" only). */
export const MONTH_SPAN_JOINERS: ReadonlySet<string> = new Set(['to', 'through', 'until', 'till', '-', '\u2013']);

/** A span of months written as one word, [first, last]: "october-to-december", "january-march"; undefined for any other word. */
export function monthSpanWord(low: string): [number, number] | undefined {
  if (!low.includes('-')) return undefined;
  const parts = low.split('-');
  const [a, b] = [MONTHS[parts[0]], MONTHS[parts[parts.length - 1]]];
  const joined = parts.length === 2 || (parts.length === 3 && MONTH_SPAN_JOINERS.has(parts[1]));
  return a !== undefined && b !== undefined && joined ? [a, b] : undefined;
}

/** Ordinal words → numbers (quarters, halves, ranks, periods: "the third quarter", "first half"). */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = table({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  last: -1, final: -1,
});

/**
 * Function words: they never name what a figure measures, and they do not end the phrase a
 * frame reads. (Prepositions that give a figure its role — to, from, by, of, in — are read
 * before this list is consulted.)
 */
export const FUNCTION_WORDS = new Set(
  (
    'a an the and or but nor so yet of to in on at by for from with into onto upon over under about above below ' +
    'than as per via its their his her our your my this that these those it they he she we you i them him us me ' +
    'is are was were be been being am has have had having do does did will would shall should can could may might must ' +
    'not no also just only even still already now then there here which who whom whose what when where while ' +
    'some any all each every both either neither such other another more most less least much many few several ' +
    'if because since until unless though although whether after before during between among against within without ' +
    'around across through toward towards up down out off again further once very too quite rather almost nearly ' +
    'roughly approximately some just well around said says say according reported report behind ahead instead beyond same ' +
    'despite amid amidst unlike besides beside throughout whilst following'
  ).split(' '),
);

/**
 * Verbs that link a subject to its value without saying what is measured ("profit was $5m",
 * "sales stood at", "put the figure at"): skipped when looking for the metric before a figure.
 */
export const LINK_WORDS = new Set(
  'is are was were be been being happen happens happened occur occurs occurred has have had stood stand stands reach reached reaches hit hits totalled totaled total totals amount amounted amounts amounting come comes came coming go goes went gone put puts set sets at to of by from now currently then expected expect expects forecast tipped poised due scheduled slated estimated estimate estimates seen predicted likely set around about nearly almost roughly some only just over under more less than up down still already'.split(
    ' ',
  ),
);

/**
 * Events a date says when of, in classes of verbs that name the same event (lemma, or lemma and
 * particle, or a noun of the event right after the date: "the 1945 liberation"): "Established in
 * 1981" / "set up in 1991", "was inducted … in 1993" / "took Clark in as a member in 1994", "freed
 * from prison" / "released". Curated: a class joins only verbs that name
 * one event of one subject whatever the story ("released" is a prisoner's or an album's, and one
 * subject's either way; not "launch", which a bid or a campaign shares). Read by frames/event.ts.
 */
export const DATE_EVENTS: Readonly<Record<string, string>> = table({
  found: 'origin', establish: 'origin', 'date from': 'origin', 'set up': 'origin', create: 'origin', form: 'origin', inaugurate: 'origin', incorporate: 'origin',
  introduce: 'origin', introduction: 'origin',
  // (an occasion's date: "will take place on 18 December" / "will be held on 8 December")
  hold: 'held', 'take place': 'held', organise: 'held', organize: 'held',
  free: 'released', 'set free': 'released', liberate: 'released', liberation: 'released', release: 'released',
  induct: 'inducted', 'take in': 'inducted',
  die: 'died', death: 'died', kill: 'died', murder: 'died', 'shoot dead': 'died',
  resign: 'left', quit: 'left', retire: 'left', 'stand down': 'left', 'step down': 'left', leave: 'left', depart: 'left',
  join: 'joined', hire: 'joined', appoint: 'joined', elect: 'joined',
  bear: 'born',
  marry: 'married', wed: 'married',
  // (an end of a thing, not of a person's term: "the series was scrapped in 1984" / "was done away with
  // in 1984"; a band "broke up in 1996" / "split in 1996")
  scrap: 'ended', abolish: 'ended', 'do away': 'ended', disband: 'ended', axe: 'ended', discontinue: 'ended', 'break up': 'ended', split: 'ended',
  bankrupt: 'failed', bankruptcy: 'failed', insolvent: 'failed', insolvency: 'failed', 'go bust': 'failed', 'go under': 'failed', collapse: 'failed',
});

/** Events of DATE_EVENTS that date a thing itself, as a year before its name does ("1977's Wombling Free" / "dates from 1979", "released in 1979"): check/alignment.ts originOfDated. */
export const DATED_ORIGINS: ReadonlySet<string> = new Set(['origin', 'released']);

/**
 * A verb and the word after it that make an idiom, never the verb of a phrasal event of DATE_EVENTS
 * with a particle further on ("take part in the strikes" is no "take … in" of a new member).
 */
export const EVENT_IDIOMS: ReadonlySet<string> = new Set(['take part', 'take care', 'take note', 'take charge', 'take hold', 'take effect']);

/**
 * Verbs that say nothing of which event a date is of (frames/event.ts dateVerb): being and having,
 * the light verbs of many events ("made a bid", "took over", "got", "went", "came out"), and saying
 * and expecting ("said on 3 May", "expects to in 2006") — two dates of these are no one event.
 */
export const DATE_VERB_LIGHT: ReadonlySet<string> = new Set([
  'be', 'have', 'do', 'make', 'take', 'get', 'give', 'go', 'come', 'put', 'set', 'see', 'become', 'begin', 'start',
  'expect', 'plan', 'want', 'hope', 'aim', 'intend', 'seek', 'try', 'need', 'use', 'include', 'follow', 'continue',
  'say', 'tell', 'add', 'report', 'announce', 'note', 'explain', 'claim', 'state', 'confirm', 'reveal', 'believe', 'think',
  'accord', 'compare', 'base', 'due', 'schedule', 'call',
]);

/** The event class of a date a record was set by (frames/event.ts recordDated). */
export const RECORD_EVENT = 'record';
/** Words before "record" that make it a record set at a date ("world record", "British record"), not an adjective ("record profits"). */
export const RECORD_QUALIFIERS: ReadonlySet<string> = new Set(['world', 'national', 'british', 'european', 'olympic', 'commonwealth', 'indoor', 'outdoor', 'course', 'track', 'championship', 'championships', 'meeting', 'games', 'previous', 'all-time', 'american', 'african', 'asian', 'area']);

/** Words that, after an ordinal, make the next word what the ranking is by: "third most visited", "the second least popular". */
export const RANK_QUANTIFIERS: ReadonlySet<string> = new Set(['most', 'least']);
/**
 * Superlatives (as lemmas) that rank by one measure: "the third-largest bank" is "the third-biggest".
 * Any other two criteria are two rankings (frames' rankBy, check/alignment.ts): "third largest" is no
 * "third smallest", "third most visited" no "third most admired".
 */
export const RANK_SYNONYMS: readonly (readonly string[])[] = [
  ['large', 'big', 'great'],
  ['small', 'little'],
  ['high', 'top'],
];

/** Words after a name that set it apart from a whole ("Barclays alone", "Wales alone"): frame.ts aloneBefore. */
export const ALONE_WORDS: ReadonlySet<string> = new Set(['alone']);

/**
 * Words that make a sum a total gathered over time, not a rate (frame.ts totalNear): "amassed a
 * fortune of $24m", "accumulated debts of £3m", "$4bn in total", "3,000 altogether". ("total" only as
 * a noun, "a total of" / "in total": "sales totalled $24m last year" is a year's, a rate's own stretch.)
 */
export const CUMULATIVE_WORDS: ReadonlySet<string> = new Set(['amass', 'accumulate', 'fortune', 'altogether', 'cumulative', 'cumulatively']);
/** Phrases after a figure that make it such a total ("52,000 visitors so far", "£3.3m to date", "£870,000 in all"). */
export const CUMULATIVE_AFTER: readonly (readonly string[])[] = [['altogether'], ['cumulatively'], ['in', 'total'], ['in', 'all'], ['so', 'far'], ['to', 'date']];

/** "first" before an event's verb makes it an origin: "were first handed out in 1991" is when they were established. */
export const ORIGIN_MARKERS: ReadonlySet<string> = new Set(['first']);
/**
 * Superlatives before "since" that make its date the last time a value was as low or as high ("the
 * lowest rate since June 2001", "its biggest fall since 1992"): the date's event, by direction.
 */
export const SINCE_EXTREMES: Readonly<Record<string, string>> = table({
  lowest: 'low since', smallest: 'low since', weakest: 'low since', slowest: 'low since', worst: 'low since', fewest: 'low since', least: 'low since',
  highest: 'high since', biggest: 'high since', largest: 'high since', strongest: 'high since', fastest: 'high since', best: 'high since', most: 'high since',
});

/**
 * Awards named in the plural, as news counts them: "won three Oliviers", "five Oscars", "two
 * Baftas" are prizes (tokens.ts countedAwards reads them with AWARD_CONCEPT's class). Only these
 * forms, right after a count: "the Oscars" alone is the ceremony.
 */
export const AWARD_NAMES = new Set(['oscars', 'oliviers', 'baftas', 'grammys', 'emmys', 'brits', 'tonys', 'mobos', 'globes']);
/** The word whose synonym class a counted award takes ("prize", with "award"). */
export const AWARD_CONCEPT = 'prize';
/** Prepositions of time that open a fronted date ("In 1999 Labour removed …", "By 2010, the fund …", "Since June 2002, …"). */
export const FRONTED_TIME_PREPS = new Set(['in', 'on', 'by', 'since', 'until', 'during', 'from', 'after', 'before']);
/** Words opening a fronted clause of time whose names are no subject of the main clause after it ("Before the release of X, they had sold …": fronted.ts frontedAsideNames). */
export const FRONTED_ASIDE_OPENERS: ReadonlySet<string> = new Set(['before', 'after', 'since', 'until', 'during', 'following']);
/** Prepositions of place, or of whom it is for, opening a sentence before its pronoun subject ("In Cambodia he installed 25 laptops", "For Countryfile they asked 2,234 adults"): the names between are where or for whom, not who (fronted.ts frontedAsideNames). */
export const FRONTED_PLACE_PREPS: ReadonlySet<string> = new Set(['in', 'at', 'across', 'throughout', 'for']);
/** Pronouns that open a main clause after a fronted one: its subject is whoever the sentences before named. */
export const MAIN_CLAUSE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we']);
/** Pronouns that say who speaks when they open a sentence before a saying verb ("He pointed out that …"): a person, never "it". */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they']);
/** Saying verbs written with a particle, the verb's lemma to its particle ("pointed out that …"), beside SAYING_VERBS. */
export const SAYING_PARTICLE_VERBS: ReadonlyMap<string, string> = new Map([['point', 'out']]);
/**
 * Participles that open a sentence with a clause about its subject ("Born in Luton in 1920,
 * Hailey …", "Founded in 1998, …"); other inflected -ed verbs opening a sentence count too.
 */
export const FRONTED_PARTICIPLES = new Set(['born', 'founded', 'established', 'formed', 'launched', 'released', 'elected', 'appointed', 'created', 'built', 'opened', 'published', 'introduced', 'named', 'educated', 'raised', 'bought', 'acquired', 'listed']);
/** Verbs that open a main clause after its subject without being inflected forms: "Hailey was", "the firm has". */
export const MAIN_CLAUSE_VERBS = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'became', 'remains', 'went', 'made', 'took', 'won', 'wrote']);

/** Adverbs of where after a counted noun, which they never name: "76,200 staff worldwide", "1,200 branches nationwide". */
export const PLACE_ADVERBS: ReadonlySet<string> = new Set(['worldwide', 'nationwide', 'globally', 'internationally', 'abroad', 'overseas', 'domestically', 'locally', 'countrywide']);

/** Articles that make the word after them a noun ("an estimate of £1.8m"). */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/** Personal pronouns and possessives that open a sentence about whom an earlier one named ("She won…", "Its shares…"): check/run.ts inheritedNames reads past such a sentence. */
export const PERSONAL_OPENERS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'his', 'her', 'its', 'their']);

/**
 * How fast or far a change went ("imports rose even faster by 16.3%"), and adverbs of frequency,
 * likelihood and degree not in "-ly" ("sales have often topped 300", "were perhaps £5m"): no metric
 * of their own (found by a mutation helper: "often" and "perhaps" were read as what was measured).
 */
export const MANNER_WORDS: ReadonlySet<string> = new Set(['even', 'faster', 'slower', 'quicker', 'further', 'still', 'often', 'perhaps', 'seldom', 'somewhat', 'soon', 'hence', 'maybe', 'sometimes', 'always', 'thus', 'twice', 'once', 'later']);

/** Verbs of telling or asking someone something, as lemmas ("told MPs that", "assured investors that", "asked Blair whether"): the names after them are whom the speaker addressed (frame.ts addresseesBefore). */
export const ADDRESS_VERBS: ReadonlySet<string> = new Set(['tell', 'assure', 'inform', 'remind', 'warn', 'brief', 'promise', 'ask']);
/** Words after the names a verb of telling addresses that open what was said: "told MPs that …", "asked Blair whether …", "asked the minister if …". */
export const ADDRESS_COMPLEMENTS: ReadonlySet<string> = new Set(['that', 'whether', 'if']);

/** Verbs of giving, as lemmas ("will supply India with 7.5 million tonnes", "is to pay Fiat $2bn"): the names right after them, before what is given, receive it — not whose figure it is (frame.ts recipientsBefore). */
export const GIVING_VERBS: ReadonlySet<string> = new Set(['supply', 'provide', 'give', 'hand', 'pay', 'lend', 'award', 'grant', 'offer', 'send', 'sell']);

/** Words that call a value superseded ("a previous estimate of 12%", "the original forecast of 3%"): a note that does not say so took the old value for the new (check/slots.ts). */
export const SUPERSEDED_WORDS: ReadonlySet<string> = new Set(['previous', 'original', 'initial', 'earlier', 'prior', 'old']);
/** …before one of these nouns of a value and "of" (lemmas: "a previous estimate of 12%"). */
export const SUPERSEDED_NOUNS: ReadonlySet<string> = new Set(['estimate', 'forecast', 'target', 'figure', 'prediction', 'projection', 'offer', 'bid', 'guidance', 'plan']);

/** Bounds written before a figure that say how far a level went after a verb of change ("could rise as high as 12%"): a level reached, as "to 12%" is (role.ts reachedBound). */
export const LEVEL_BOUNDS: ReadonlySet<string> = new Set(['as high as', 'as low as']);

/** Connectives that open a sentence or clause ("However, the 41 year-old…", "Meanwhile sales rose 5%"): they link to what came before and name nothing measured (metric.ts). */
export const CONNECTIVE_WORDS: ReadonlySet<string> = new Set(['however', 'meanwhile', 'moreover', 'nevertheless', 'nonetheless', 'furthermore', 'instead', 'indeed', 'therefore', 'besides', 'otherwise']);

/** Adjectives of a value noun ("a new record of", "an all-time high of", "a fresh low"): they name nothing measured. */
export const VALUE_ADJECTIVES: ReadonlySet<string> = new Set(['new', 'fresh', 'all-time', 'record', 'historic', 'five-year', 'ten-year', 'multi-year', 'seasonal', 'lifetime']);

/** What a tally counts, as synonym classes (SYNONYM_CLASSES; role.ts tallyOf): games and matches — not jobs or seats, lost as a change ("cut 300 of its 2,000 jobs"). */
export const TALLIED: ReadonlySet<string> = new Set(['game']);
/**
 * Contests a count lost is a tally of, as synonym classes (role.ts contestsLost): "had lost three
 * Australian Open finals", "lost five home games" count defeats — not "lost five seats", a change.
 */
export const CONTESTS: ReadonlySet<string> = new Set(['game', 'final', 'semi-final', 'tie', 'race', 'bout', 'fight', 'contest', 'appeal', 'election']);
/** Words between "of" and the whole a tally counts: "five of their last six games", "two of the first three". */
export const TALLY_SPANS: ReadonlySet<string> = new Set(['last', 'first', 'past', 'previous', 'next', 'opening', 'final']);
/**
 * Words between a count of jobs and "go" that keep it a cut ("2,500 jobs are to go", "900 posts will
 * go", "jobs are set to go", "could be going"): auxiliaries, "set", "due", "expected", "likely", "to".
 */
export const JOBS_GO_LINKS: ReadonlySet<string> = new Set(['are', 'is', 'were', 'was', 'will', 'would', 'could', 'may', 'might', 'must', 'set', 'due', 'expected', 'likely', 'to', 'be', 'have', 'has', 'had', 'also', 'now']);
/** Participles after a count of jobs (and JOBS_GO_LINKS) that make it a cut: "105,000 jobs lost from the sector", "500 jobs were axed" (role.ts jobsGo). */
export const JOBS_MOVED_PARTICIPLES: ReadonlySet<string> = new Set(['lost', 'cut', 'shed', 'axed', 'slashed']);
/** Nouns of a cut right after a count of jobs: "104,000 job cuts", "2,000 job losses" (role.ts jobsGo). */
export const JOB_CUT_NOUNS: ReadonlySet<string> = new Set(['cuts', 'losses']);
/** The jobs themselves, as JOBS_MOVED_PARTICIPLES and JOB_CUT_NOUNS need them — not the people who held them ("20,000 workers lost their jobs" counts people). */
export const JOB_NOUNS: ReadonlySet<string> = new Set(['job', 'post', 'position', 'role']);
/**
 * Words after "go" that make it a move, not a cut ("3,000 fans will go to the final", "go on
 * strike") — or name the part of a whole the jobs go from, which the sentence divides among its
 * parts ("1,200 will go from its design department, 2,800 from field operations": slots.ts reads
 * those as levels, the note's as well).
 */
export const GO_ONWARD: ReadonlySet<string> = new Set(['to', 'on', 'into', 'through', 'up', 'down', 'back', 'ahead', 'out', 'towards', 'home', 'abroad', 'unfilled', 'unpaid', 'from']);
/** Verbs of a trading session's end ("ended 4% lower", "closed 1.2% down", "finished up 3%"): before a change they say when it was measured, not what moved; after one, "to close at" the level it moved to (role.ts). */
export const SESSION_END_VERBS: ReadonlySet<string> = new Set(['end', 'close', 'finish', 'settle']);

/**
 * Words by which a sum prices what a figure before it counts ("from 10,276 cases worth £808m to
 * 8,177 cases worth £644m"): the sum is where that count's change starts or ends, as the count is.
 */
export const PRICED_BY_WORDS: ReadonlySet<string> = new Set(['worth', 'totalling', 'totaling', 'valued']);

/**
 * Adjectives that, between an article and a figure, say which measure it is ("an average 5%", "a
 * net £2m", "an extra £3m"): kept in the metric. Any other adjective there says how much ("rose by a mere 0.1%",
 * "grew a strong 0.7%", "a whopping £2m") and names nothing measured (metric.ts).
 */
export const MEASURE_ADJECTIVES: ReadonlySet<string> = new Set(['extra', 'additional', 'further', 'average', 'annual', 'monthly', 'weekly', 'daily', 'total', 'net', 'gross', 'median', 'typical', 'combined', 'underlying', 'operating', 'pre-tax']);

/** Spans an ordinal counts when it stands right before one ("marking its 25th year", "his third season", "a second term"): what is counted, though VALUE_NOUNS names nothing measured elsewhere (metric.ts phraseAfter). */
export const ORDINAL_SPANS: ReadonlySet<string> = new Set(['year', 'season', 'term']);
/**
 * Nouns that name a value rather than what is measured ("a peak of seven million", "the total
 * was", "a record 62.2%"), and period nouns ("the year to March"): never a figure's metric.
 */
export const VALUE_NOUNS = new Set(
  'peak high low record total level figure amount sum average tally mark year month week day quarter half period time proportion percentage place position spot'.split(' '),
);

/**
 * Value nouns that, after "the", "that" or "this", refer back to a figure of a sentence before ("In
 * Thailand, tourism makes up 6% of GDP. In Singapore the figure is close to 5%."): the figure they
 * are the subject of measures what that one measured (frame.ts valueAnaphor).
 */
export const ANAPHORIC_VALUE_NOUNS: ReadonlySet<string> = new Set(['figure', 'number', 'total', 'tally', 'proportion', 'percentage']);

/** Determiners before a value noun that refer back ("the figure", "that number"). */
export const ANAPHORIC_DETERMINERS: ReadonlySet<string> = new Set(['the', 'that', 'this', 'their', 'its']);
/** Copulas after "it" that make it refer back to a value ("In Wales it was just over 59,000"): frame.ts valueAnaphor. */
export const ANAPHORIC_COPULAS: ReadonlySet<string> = new Set(['was', 'is', 'stood', 'stands']);

/**
 * Discourse adverbials set off by commas between a subject and its verb ("Total spending,
 * meanwhile, is forecast to grow 6.1%"): the phrase before them is still the figure's.
 */
export const COMMA_ADVERBIALS: readonly (readonly string[])[] = [
  ['meanwhile'], ['however'], ['though'], ['too'], ['also'], ['instead'], ['moreover'], ['nevertheless'], ['nonetheless'], ['similarly'], ['likewise'], ['indeed'], ['overall'],
  ['in', 'turn'], ['by', 'contrast'], ['in', 'contrast'], ['by', 'comparison'], ['for', 'example'], ['for', 'instance'], ['in', 'fact'], ['for', 'its', 'part'], ['for', 'their', 'part'], ['as', 'expected'],
];

/**
 * Words that open a value's own stretch of a sentence stating several ("Halifax said prices rose
 * 0.8% in January and Nationwide reported 0.4%"; "59% are men compared to 41% of women"): the
 * words after them until the next value are that value's (check/slots.ts).
 */
export const SLOT_JOINERS = new Set(['and', 'while', 'whilst', 'whereas', 'but', 'against', 'versus', 'vs', 'compared', 'or']);
/** …of which these set two values against each other, and part them before a plain "and" does ("3,500 in England and Wales but … 25,000"). */
export const CONTRAST_JOINERS = new Set(['while', 'whilst', 'whereas', 'but', 'against', 'versus', 'vs', 'compared']);
/** Name prefixes that are no name of their own ("non-EU" names the EU). */
export const NAME_PREFIXES = new Set(['non', 'anti', 'pro', 'ex', 'pan']);

/** The combining forms of countries that open a hyphened nationality ("Anglo-Swedish", "Franco-German", "Sino-US"): a place's part (Lexicon.isPlace). */
const PLACE_COMBINING_FORMS: ReadonlySet<string> = new Set(['anglo', 'franco', 'sino', 'russo', 'italo', 'indo', 'afro', 'austro', 'germano', 'hispano', 'luso', 'greco', 'turco']);

/**
 * Words that open an aside naming a part of the value before them (", including $18m from their own
 * pockets,"): the words after the aside's closing comma go on with the main clause ("to settle a
 * class action"), every value's, not the part's own (check/stretches.ts unowned).
 */
export const INCLUSIVE_WORDS: ReadonlySet<string> = new Set(['including', 'includes']);

/** Verbs of an attribution set off by commas (", UK Coal said,"): whom the whole sentence is from, no value's own (check/slots.ts). */
export const ATTRIBUTION_VERBS = new Set(['say', 'said', 'tell', 'told', 'add', 'added', 'report', 'reported', 'announce', 'announced', 'note', 'noted', 'explain', 'explained', 'claim', 'claimed']);
/**
 * Verbs of finding and reporting, as lemmas, before a share or a count ("the survey found 81% of
 * …", "research suggests 81% of …"): they say who reports a figure, never what it measures (metric.ts).
 */
export const FINDING_VERBS: ReadonlySet<string> = new Set(['find', 'suggest', 'show', 'reveal', 'indicate', 'say', 'report', 'estimate', 'claim', 'believe', 'think']);

/**
 * Adverbials that may stand between a metric and its verb and say nothing of what is measured
 * ("The auction as a whole raised $1.1bn", "Sales in total came to…"), as word sequences.
 */
export const ASIDE_ADVERBIALS: readonly (readonly string[])[] = [
  ['as', 'a', 'whole'], ['in', 'total'], ['in', 'all'], ['all', 'told'], ['between', 'them'], ['so', 'far'], ['to', 'date'], ['overall'],
];

/**
 * Words that open the other side of a comparison: the figure after them ("made $121.9m, against
 * $156.8m a year earlier", "compared with 4%") measures what the figure before it measures.
 */
export const COMPARISON_OPENERS = new Set(['against', 'versus', 'vs', 'compared', 'compare', 'comparing']);

/** Words saying a value is the earlier one of a comparison ("a year earlier", "last year"). */
export const EARLIER_WORDS = new Set(['earlier', 'ago', 'previous', 'prior', 'last', 'before', 'year-earlier', 'year-ago', 'year-before', 'quarter-earlier', 'month-earlier']);

/**
 * Words between a count and the noun it counts that say which of them, not what: "four previous
 * nominations", "on five earlier occasions", "on three prior occasions" count nominations and
 * occasions (metric.ts phraseAfter reads past one, before a noun that is no span of time — "in the
 * three previous years" is when). ("other" and "further" are function words, read as ever.)
 */
export const COUNT_QUALIFIERS: ReadonlySet<string> = new Set(['previous', 'earlier', 'prior']);

/**
 * Nouns for a part of a span of time: before "of" and a date or period ("the end of 2003", "the
 * whole of 2004", "the start of the season") they say when, not what is measured — the metric is
 * the noun phrase before them ("the jobless rate average for the whole of 2004 was 11.5%").
 */
export const TIME_PART_NOUNS = new Set(['end', 'start', 'beginning', 'middle', 'whole', 'close', 'course', 'rest', 'remainder', 'half', 'turn']);
/** Prepositions after a span of time that say what it is measured from or between ("three weeks after the launch", "18 days between the Budget and the poll"). */
export const ANCHOR_PREPOSITIONS = new Set(['after', 'before', 'between', 'since', 'until', 'ahead']);
/** Parts of a year a figure is dated by after an ordinal: "in the third quarter", "during the first half". */
export const YEAR_PART_NOUNS = new Set(['quarter', 'half']);
/** The last of the year's parts, by the part: "the final quarter" is the fourth, "the final half" the second. */
export const FINAL_YEAR_PART: Readonly<Record<string, number>> = { quarter: 4, half: 2 };

/** The ordinal `low` gives the year part `part` ("third" before "quarter": 3; "final" before "quarter": 4), if it gives one. */
export function yearPartOrdinal(low: string | undefined, part: string | undefined): number | undefined {
  if (low === undefined || part === undefined || !YEAR_PART_NOUNS.has(part)) return undefined;
  return low === 'final' ? FINAL_YEAR_PART[part] : ORDINAL_WORDS[low];
}
/** Prepositions that open a dating phrase a metric is read past: "growth in the third quarter was 2.1%". */
export const DATING_PREPOSITIONS = new Set(['in', 'during', 'for', 'over']);
/** Nouns a span of time is counted in, after a time part ("the end of the year", "the rest of the season"). */
export const SPAN_NOUNS = new Set(['year', 'season', 'month', 'quarter', 'week', 'decade', 'century', 'day', 'session', 'term', 'period', 'summer', 'spring', 'autumn', 'winter', 'half']);

/** Words after "a day", "a year" that make it a span of time, not a rate ("a day after", "a year later"). */
export const AFTER_WORDS = new Set(['after', 'later', 'since']);

/** Words that place a claim now or in the future: "currently above $40" is not a "medium-term floor". */
export const NOW_WORDS = new Set(['currently', 'presently', 'nowadays']);
/** …and those that place it in the future ("a medium-term floor", "the long-term target"). */
export const FUTURE_WORDS = new Set(['medium-term', 'long-term']);

/**
 * Words after "could" that make it a past ability rather than a possibility: "could do nothing
 * about the equaliser", "could not hold", "could only manage 2%" say what happened.
 */
export const PAST_ABILITY_MARKERS = new Set(['not', "n't", 'nothing', 'never', 'only', 'hardly', 'barely', 'no']);
/** Plural verbs after which a capitalised opener in the singular is a team or firm named in the plural ("Real are believed", "United were beaten": tokens.ts readWord). */
export const PLURAL_VERBS_AFTER_NAME: ReadonlySet<string> = new Set(['are', 'were', 'have']);
/** Openers in the singular that take a plural verb and are no name: people, a quantity, a collective ("Police are", "Half were", "Staff have"). */
export const PLURAL_SUBJECT_WORDS: ReadonlySet<string> = new Set([
  'police', 'staff', 'people', 'children', 'media', 'data', 'half', 'cattle', 'personnel', 'public', 'government', 'majority', 'minority',
  'rest', 'remainder', 'team', 'family', 'crew', 'jury', 'management', 'audience', 'crowd', 'everyone', 'none', 'neither', 'either', 'both',
]);

/** Words that, opening a paragraph, refer back to the one before: pronouns, and demonstratives ("Those studios currently produce about 45%" after "Paramount, Universal and Warner Brothers said …"). */
export const OPENING_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'this', 'these', 'those']);

/** Nouns whose "in NAME" is what is held, not who holds it ("an 18% stake in PagesJaunes", "its holding in Ambev"). */
export const HELD_IN_NOUNS = new Set(['stake', 'holding', 'interest', 'shareholding']);

/**
 * Verbs of intent before "to" and a verb ("plans to raise $100m", "wants to sell 300"): they say how
 * the figure is meant, not what it measures — the verb after "to" does (metric.ts phraseBefore).
 */
export const INTENT_BEFORE_TO: ReadonlySet<string> = new Set(['plan', 'want', 'aim', 'hope', 'intend', 'seek', 'expect', 'try', 'wish', 'propose']);
/** Verbs whose first object is whom a sum is paid, the sum the second ("pay former partner Fiat 1.55bn euros", "owes the bank $5m"): metric.ts phraseBefore. */
export const PAYING_VERBS: ReadonlySet<string> = new Set(['pay', 'owe', 'lend', 'give', 'offer', 'award', 'hand']);
/** Nouns for whom a sum is paid beside people and firms ("owes the bank $5m"): metric.ts phraseBefore. */
export const PAYEE_NOUNS: ReadonlySet<string> = new Set(['bank', 'lender', 'creditor']);
/** Words after "in" that say how a sum is given, not what it is in ("roughly £39m in sterling", "$2m in dollars"): metric.ts phraseAfter. */
export const MONEY_IN_WORDS: ReadonlySet<string> = new Set(['sterling', 'dollars', 'euros', 'pounds', 'yen']);
/** Modals, after which a verb stands bare ("would go", "will cost"). */
export const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'could', 'should', 'may', 'might', 'must', 'can']);
/** Adverbs in "-ly" of four letters or more that name nothing measured ("provisionally", "duly", "digitally"): not words that can be nouns ("supply", "family"). */
export function isLyAdverb(t: { low: string; lemma: string }, canBeNominal: (lemma: string) => boolean): boolean {
  return t.low.length >= 4 && t.low.endsWith('ly') && !canBeNominal(t.lemma);
}
/** Modals that, before "have", say what would have happened and did not ("could have sold a million"). */
export const HYPOTHETICAL_MODALS = new Set(['could', 'would', 'might', 'should']);
/** Words of change that, after a sum of money, name the amount itself: "a $41.6m loss" is what was lost, no change of $41.6m (role.ts). */
export const AMOUNT_NOUNS: ReadonlySet<string> = new Set(['loss']);
/**
 * Nouns of a change that name no direction: "Nortel in $300m profit revision", "a 2% swing" — the
 * figure before them is the change's size, not a level (role.ts).
 */
export const NEUTRAL_CHANGE_NOUNS: ReadonlySet<string> = new Set(['revision', 'swing']);
/** Verbs whose money is the amount an AMOUNT_NOUNS noun names: "lost $4bn" is "a loss of $4bn" (metric.ts). */
export const AMOUNT_VERBS: ReadonlyMap<string, string> = new Map([['lose', 'loss']]);
/** Verbs that, with a sum and "into" after it, invest it ("put £100m into the plant", "poured $2bn into"): the metric is the investment. */
export const INVESTING_VERBS: ReadonlySet<string> = new Set(['put', 'pour', 'pump', 'plough', 'plow', 'sink', 'inject']);
/** …the preposition after the sum. */
export const INVESTED_INTO: ReadonlySet<string> = new Set(['into']);
/** …and what such a sum measures. */
export const INVESTMENT_CONCEPT = 'invest';
/** Modals that, before "have", guess at what did happen ("may have drawn 20,000 people", "must have cost £5m"): the past, not a plan. */
export const EPISTEMIC_MODALS: ReadonlySet<string> = new Set(['may', 'must']);

/**
 * Participles that make a plan with "to" and a verb ("is supposed to sell for £104.99", "is set to
 * cost £350m", "is estimated to reach $5bn"): not a past tense (period.ts modeOf); "was set to 5%" is
 * no plan (the figure follows "to"), nor is an estimate given ("the first estimate put the aid needed
 * at $5bn", "had been estimated at 9%": session 45, "estimate" no longer a plan word of its own).
 */
export const PLAN_BEFORE_TO: ReadonlySet<string> = new Set(['supposed', 'set', 'estimated']);
/**
 * Words that take a part of a whole counted after "of" ("several of the 22 on duty", "most of its
 * 40 staff"): the figure is the whole (check/partitive.ts).
 */
export const PART_QUANTIFIERS: ReadonlySet<string> = new Set(['several', 'many', 'some', 'most', 'all', 'none', 'few', 'half', 'each', 'both', 'any', 'dozens', 'hundreds', 'thousands', 'majority', 'minority', 'rest']);
/**
 * Conjunctions that open a clause of time ("promised to reduce unemployment when he was elected two
 * years ago"): a figure's own clause, past in tense, is what happened whatever the main clause plans
 * (period.ts modeOf).
 */
export const TIME_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['when', 'after', 'since', 'once', 'while']);
/** What a score on the way measures, not the result: "a 17-6 lead", "a 15-6 deficit", "trailed 10-3" (check/alignment.ts interimApart). */
export const INTERIM_SCORE_METRICS: ReadonlySet<string> = new Set(['lead', 'deficit', 'trail']);
/** Words after a span that make it the time left ("with 18 minutes left", "eight minutes remaining"; "to go" too): frame.ts purpose TIME_LEFT_PURPOSE. */
export const TIME_LEFT_WORDS: ReadonlySet<string> = new Set(['left', 'remaining']);
export const TIME_LEFT_PURPOSE = 'remain';
/** Words of a match's interval, one moment of it whatever the word ("at half-time", "at the interval": check/scorelines.ts atHalfTime). */
export const HALF_TIME_WORDS: ReadonlySet<string> = new Set(['half-time', 'halftime', 'interval']);
/** …and "the break" too where "after" or "before" says which half a figure is of ("after the break": period.ts periodWord) — not alone, a tennis "break" being of serve. */
export const MATCH_BREAK_WORDS: ReadonlySet<string> = new Set([...HALF_TIME_WORDS, 'break']);
/**
 * Words that make a figure a plan, a target or a forecast rather than something that happened
 * ("aims to ship three million" is not "200,000 were shipped"; "is expected to", "is due to", "is
 * scheduled to").
 */
export const PLAN_WORDS = new Set(['aim', 'plan', 'intend', 'expect', 'target', 'forecast', 'predict', 'pencil', 'foresee', 'envisage', 'hope', 'want', 'goal', 'project', 'will', 'would', 'could', 'may', 'might', 'should', 'anticipate', 'propose', 'pledge', 'promise', 'seek', 'due', 'schedule', 'slate']);
/** Words of PLAN_WORDS that plan only as verbs: "sales are projected to rise" — "the project has been an ambition" is an undertaking (period.ts modeOf). */
export const PLAN_VERBS_ONLY: ReadonlySet<string> = new Set(['project']);
/** The plan word whose sum right after it is a claim made, not a plan: "is seeking $18m in damages" (period.ts modeOf). */
export const SOUGHT_SUM_VERB = 'seek';

/** Words that make "the … year" the next one: "in the coming year" (not "the following year", which follows a year the text names). */
export const COMING_WORDS: ReadonlySet<string> = new Set(['coming', 'forthcoming', 'upcoming']);
/** Words before a span that put it ahead of now ("the next 12 months", "the coming year"): no year of another clause dates it (frames/walk.ts). */
export const AHEAD_WORDS: ReadonlySet<string> = new Set(['next', ...COMING_WORDS]);
/**
 * Words that open a span before its length ("over the next two years", "in the past five years"):
 * read as the metric of a length with no noun before them, and last after what comes before
 * "within the" or "over the" ("to end teenage unemployment within the next five years"); shared by
 * any two such spans (check/rules.ts contradicts asks more of the words around them).
 */
export const SPAN_OPENERS: ReadonlySet<string> = new Set([...AHEAD_WORDS, 'past']);
/** Prepositions before "the next", "the past" and a length ("within the next five years", "over the past decade"): what comes before them is what the length measures (metric.ts phraseBefore). */
export const SPAN_PREPOSITIONS: ReadonlySet<string> = new Set(['within', 'over', 'for', 'in', 'during']);

/**
 * Verbs, as written, that say a plan noun after them was reached ("met the target of 750,000",
 * "hit its goal", "reached the benchmark"): what happened, not a plan (frames/period.ts modeOf).
 */
export const ACHIEVED_VERBS: ReadonlySet<string> = new Set(['met', 'meets', 'hit', 'hits', 'reached', 'reaches', 'achieved', 'achieves', 'beat', 'beaten', 'exceeded', 'exceeds', 'surpassed', 'surpasses']);

/** Age: "aged 27", "at the age of 27", "27-year-old". */
export const AGE_WORDS = new Set(['aged', 'age']);
/** Verbs between a name and a bare number that make it the person's age: "Agassi is now 35". */
export const AGE_COPULAS = new Set(['is', 'was', 'turns', 'turned']);
/**
 * Verbs of a moment in a life whose "at N" closing the phrase is the person's age then ("Lord
 * Callaghan died at 92", "signed to a record label at 15", "joined the club at 16"; role.ts ageAt) —
 * not "closed at 16", "stood at 16", a level's (session 47).
 */
export const AGE_AT_VERBS: ReadonlySet<string> = new Set(['die', 'sign', 'join', 'retire', 'marry', 'debut', 'emigrate', 'quit']);
/** Bare numbers read as a person's age after a name (outside it, "Smith, 3, …" is rarer than a list). */
export const AGE_RANGE: readonly [number, number] = [12, 110];
/** Comparatives before "than" that make the number after it an age bound: "adults younger than 55". */
export const AGE_COMPARATIVES = new Set(['younger', 'older']);
/** Participles hyphened to an ordinal that make it a place in a ranking: "fifth-placed Paranoid", "the third-ranked side" (role.ts hyphenPlaced). */
export const PLACED_PARTICIPLES: ReadonlySet<string> = new Set(['placed', 'ranked', 'seeded']);
/** Places of a term served, after "in" right after a span: "21 years in prison" is a term of punishment (metric.ts). */
export const CUSTODY_NOUNS: ReadonlySet<string> = new Set(['prison', 'jail', 'custody']);
/** Prepositions after a word for people that make the number after them an age bound: "children under 16", "people over 65". */
export const AGE_BOUND_PREPS = new Set(['under', 'over', 'above', 'below']);
/** Verbs between the people and an age bound that say who they are: "where people are over 80", "if someone is under 16". */
export const AGE_BOUND_COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'aged']);
/** Words after a span of years that make it an age: "18 to 24 year olds", "the 25-34 year old group". */
export const AGE_NOUNS_AFTER = new Set(['old', 'olds']);

/** Ranks and placings: "finished sixth", "ranks 31st", "number one". */
/** Lemmas of verbs that put an ordinal in a table before "in the": "are fourth in the Premiership", "sit seventh in the league" (metric.ts tablePlaceAt). */
export const TABLE_PLACE_VERBS = new Set(['be', 'sit', 'lie', 'stand', 'remain', 'stay', 'finish', 'end', 'rank', 'place', 'come']);
/** Verbs of finishing a race right before an ordinal, which make it a place whatever follows ("finished second", "came third", "placed fourth"). */
export const RACE_PLACE_VERBS = new Set(['finish', 'come', 'place']);
export const RANK_WORDS = new Set(['rank', 'ranked', 'ranks', 'place', 'placed', 'position', 'finish', 'finished', 'number', 'top', 'chart', 'spot']);

export type Direction = 'up' | 'down';

const NO_SENSES: readonly number[] = Object.freeze([]);

/** Past this many words a per-word cache starts afresh (bounds memory; answers stay the same). */
const MAX_CACHED_WORDS = 100_000;

/**
 * Place names (countries, regions, large cities): a place and an organisation are different
 * kinds of subject, so "the UK's biggest union" does not rival "the PCS union"; two places do
 * rival each other ("China adding 178 million PCs" is not Russia's figure).
 */
export const PLACES = new Set(
  (
    'uk us eu europe asia africa america scotland england wales ireland china japan germany france india russia spain italy ' +
    'australia canada netherlands korea brazil mexico switzerland sweden denmark norway poland turkey greece portugal belgium ' +
    'austria israel egypt taiwan singapore indonesia malaysia thailand vietnam philippines pakistan bangladesh iran iraq ' +
    'afghanistan syria lebanon jordan saudi arabia emirates qatar kuwait nigeria kenya ghana ethiopia zimbabwe zambia ' +
    'argentina chile colombia peru venezuela cuba ukraine belarus hungary czech slovakia romania bulgaria serbia croatia ' +
    'finland iceland luxembourg monaco estonia latvia lithuania georgia armenia kazakhstan uzbekistan mongolia nepal ' +
    'london paris berlin madrid rome tokyo beijing shanghai moscow washington york brussels dublin edinburgh glasgow ' +
    'manchester liverpool birmingham leeds bristol cardiff belfast sydney toronto delhi mumbai hong kong seoul taipei ' +
    'dubai geneva zurich amsterdam milan barcelona munich frankfurt chicago boston angeles francisco california texas ' +
    'florida westminster nottingham sheffield kensington chelsea north south east west united states kingdom ' +
    'asia-pacific pacific atlantic emirates gulf middle'
  ).split(' '),
);


/**
 * Political parties by the name keys their names read as (NAME_EQUIVALENTS applied): a sentence
 * naming one party says nothing of another's figures ("the Liberal Democrats' largest donor … gave
 * £250,000" is no gift to Labour). "liberal" and "democrats" each stand for the Liberal Democrats.
 */
export const PARTIES = new Set(['labour', 'conservatives', 'liberal', 'democrats', 'republicans', 'snp', 'ukip', 'plaid', 'greens', 'sinn', 'dup', 'bnp']);

/**
 * Kinds of name the alignment compares (check/alignment.ts rivalNames): a place, a party, or any
 * other name. Parties are a closed kind: a sentence naming only other parties names none of the
 * note's, wherever it names them; places and other names rival only as the subjects of figures.
 */
export type NameKind = 'place' | 'party' | 'other';
export const CLOSED_NAME_KINDS: readonly NameKind[] = ['party'];

/**
 * Names that are one subject however written: a nationality and its country, the UK's names.
 * ("Scottish council tax" is Scotland's; "British viewers" the UK's.)
 */
export const NAME_EQUIVALENTS: Readonly<Record<string, string>> = table({
  british: 'uk', britain: 'uk', 'united kingdom': 'uk', scottish: 'scotland', scots: 'scotland', english: 'england', welsh: 'wales',
  irish: 'ireland', american: 'us', america: 'us', usa: 'us', chinese: 'china', japanese: 'japan', german: 'germany',
  french: 'france', european: 'europe', indian: 'india', russian: 'russia', spanish: 'spain', italian: 'italy',
  australian: 'australia', canadian: 'canada', dutch: 'netherlands', korean: 'korea', brazilian: 'brazil',
  mexican: 'mexico', swiss: 'switzerland', swedish: 'sweden', danish: 'denmark', norwegian: 'norway', polish: 'poland',
  turkish: 'turkey', greek: 'greece', portuguese: 'portugal', belgian: 'belgium', austrian: 'austria',
  israeli: 'israel', egyptian: 'egypt', african: 'africa', asian: 'asia', londoner: 'london', taiwanese: 'taiwan',
  thai: 'thailand', indonesian: 'indonesia', malaysian: 'malaysia', singaporean: 'singapore', vietnamese: 'vietnam',
  filipino: 'philippines', pakistani: 'pakistan', iraqi: 'iraq', iranian: 'iran', afghan: 'afghanistan',
  argentine: 'argentina', argentinian: 'argentina', chilean: 'chile', colombian: 'colombia', venezuelan: 'venezuela',
  nigerian: 'nigeria', kenyan: 'kenya', ukrainian: 'ukraine', hungarian: 'hungary', finnish: 'finland',
  romanian: 'romania', bulgarian: 'bulgaria', croatian: 'croatia', serbian: 'serbia', slovakian: 'slovakia',
  jordanian: 'jordan', syrian: 'syria', lebanese: 'lebanon', saudi: 'saudi', kuwaiti: 'kuwait', qatari: 'qatar',
  omani: 'oman', yemeni: 'yemen', palestinian: 'palestine', moroccan: 'morocco', algerian: 'algeria',
  tunisian: 'tunisia', libyan: 'libya', sudanese: 'sudan', ethiopian: 'ethiopia', eritrean: 'eritrea',
  somali: 'somalia', ugandan: 'uganda', tanzanian: 'tanzania', rwandan: 'rwanda', congolese: 'congo',
  zambian: 'zambia', zimbabwean: 'zimbabwe', ghanaian: 'ghana', cameroonian: 'cameroon', senegalese: 'senegal',
  liberian: 'liberia', angolan: 'angola', namibian: 'namibia', mozambican: 'mozambique', malawian: 'malawi',
  jamaican: 'jamaica', cuban: 'cuba', peruvian: 'peru', uruguayan: 'uruguay', paraguayan: 'paraguay',
  bolivian: 'bolivia', ecuadorian: 'ecuador', slovenian: 'slovenia', bosnian: 'bosnia', icelandic: 'iceland',
  estonian: 'estonia', latvian: 'latvia', lithuanian: 'lithuania', belarusian: 'belarus', armenian: 'armenia',
  cypriot: 'cyprus', maltese: 'malta', bangladeshi: 'bangladesh', lankan: 'lanka', nepalese: 'nepal',
  burmese: 'burma', cambodian: 'cambodia', mongolian: 'mongolia', kazakh: 'kazakhstan', uzbek: 'uzbekistan',
  croat: 'croatia', serb: 'serbia',
  // a party's short and long names, and its members' ("the Tories" are "the Conservatives", "Lib Dems" the "Liberal Democrats")
  tory: 'conservatives', tories: 'conservatives', conservative: 'conservatives', lib: 'liberal', dems: 'democrats',
  dem: 'democrats', democrat: 'democrats', gop: 'republicans', republican: 'republicans',
  // a central bank's short name ("the Fed" is the Federal Reserve)
  fed: 'federal',
  // an award's popular name: "the Oscars" are the Academy Awards, "the animation Oscar" an Academy
  // Award (the plural reads as its singular: nameKey) (session 47)
  oscar: 'academy',
});

// ——— Words the metric reads (frames/metric.ts) ———

/**
 * Verbs that name the measure themselves: who does them is the subject, not the metric ("the open
 * model scored 82" measures a score, not the model; "the film grossed $9m").
 */
export const METRIC_VERBS: ReadonlySet<string> = new Set(['score', 'earn', 'bank', 'gross', 'take', 'pay', 'spend', 'cost', 'raise', 'attract', 'draw', 'win', 'employ', 'ship', 'fetch', 'generate', 'post', 'lose', 'invest', 'borrow', 'owe', 'collect']);

/** Prepositions a metric phrase reads through: "share of the audience", "use by data centres". */
export const PHRASE_PREPS: ReadonlySet<string> = new Set(['of', 'by', 'at', 'in', 'for', 'on']);
/** Prepositions opening an adjunct between a verb of sale and the money's "for" ("sold at a London auction for £100,000", "bought by a collector in Paris for $2m"): never an object ("offering 512mb of storage for $99"). */
export const SALE_ADJUNCT_PREPS: ReadonlySet<string> = new Set(['at', 'in', 'on', 'by', 'to', 'through', 'via']);

/**
 * Money that comes from somewhere, which "from" follows as it follows nothing else measured
 * ("revenue from its car business fell 11%", "profits from tea"): concepts (lexicon classes) read
 * through "from" — not every noun ("a rise from 4%", "visitors from abroad").
 */
export const FROM_HEADS: ReadonlySet<string> = new Set(['revenue', 'profit', 'take', 'donation', 'dividend']);

/** Words between a multiple and what it compares: "three times as likely", "four times more likely". */
export const COMPARISON_LINKS: ReadonlySet<string> = new Set(['as', 'more', 'less']);

/** Prepositions after a figure's own verb that open what the amount goes to, comes from or is held in: "£12bn would go on tax cuts", "$840,000 was in the accounts". */
export const OBJECT_PREPS: ReadonlySet<string> = new Set(['on', 'for', 'into', 'from', 'in']);

/**
 * Forms of "be" and the perfect auxiliaries before them: a verb group of only these (and modals)
 * says only where an amount is ("had been in the accounts", "was in the fund"), not what happened
 * to it ("was lost in the fire").
 */
export const BE_GROUP_WORDS: ReadonlySet<string> = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'has', 'have', 'had']);

/** Modals of a verb group before "worth" ("will be worth £2bn", "could be worth"): read past to what is worth it (metric.ts worthOf). */
export const WORTH_MODALS: ReadonlySet<string> = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'must', 'can']);

/** Words that say an amount is held for something: "£6bn will be available for tax cuts", "£2m was set aside for repairs". */
export const HELD_FOR_WORDS: ReadonlySet<string> = new Set(['available', 'earmarked', 'set', 'aside']);

/**
 * Words of a verb group after a figure that is its clause's subject besides verbs ("will be",
 * "would have been", "is available"): MODALS, BE_GROUP_WORDS and HELD_FOR_WORDS.
 */
export const VERB_GROUP_WORDS: ReadonlySet<string> = new Set([...MODALS, ...BE_GROUP_WORDS, ...HELD_FOR_WORDS]);

/** Who a poll's share is of, between the figure and what they said: "of those surveyed", "of those asked". */
/** A relative pronoun of persons right after a count with no noun: "the 5.8 million who needed them", "the 300 whose homes flooded" count people (PEOPLE_CONCEPT). */
export const PERSON_RELATIVES: ReadonlySet<string> = new Set(['who', 'whose']);
export const PEOPLE_CONCEPT = 'people';
/** Words before "top 10" that count the noun after it, so the 10 is a chart's reach: "a top 10 hit", "another top 40 single" (role.ts chartReach; a count before it does too). */
export const CHART_HIT_ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'another']);
/** Words before "in" and the place an event was held: "took place in Blackpool", "was held in Paris", "was staged in Rome" (frame.ts venueAfter). */
export const VENUE_WORDS: ReadonlySet<string> = new Set(['place', 'held', 'staged']);
/**
 * Comparatives between a count and the noun it counts: "two million more older people", "300 fewer
 * jobs" (metric.ts phraseAfter) — and "other", a function word that would end the phrase: "the nine
 * other cities" counts cities.
 */
export const COUNT_COMPARATIVES: ReadonlySet<string> = new Set(['more', 'fewer', 'other']);

export const RESPONDENT_WORDS: ReadonlySet<string> = new Set(['those', 'surveyed', 'asked', 'polled', 'questioned', 'interviewed', 'respondents', 'people', 'voters', 'adults']);
/** Verbs of saying before a respondents' answer ("41% said they would switch", "a third told us they had"). */
export const ANSWER_VERBS: ReadonlySet<string> = new Set(['said', 'say', 'says', 'told', 'reported', 'claimed']);
/** Subject pronouns of the answer's clause ("they had received"). */
export const ANSWER_PRONOUNS: ReadonlySet<string> = new Set(['they', 'he', 'she', 'we', 'i', 'it', 'that']);
/** Adverbs and negation inside an answer's verb group ("would not really miss"). */
export const ANSWER_ADVERBS: ReadonlySet<string> = new Set(['not', 'really', 'never', 'still', 'definitely', 'probably', 'actually']);
/** Words that negate the verb before them ("were not registered", "have never been paid"): frame.ts countNegated. */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', "n't"]);
/**
 * Words that deny what a "since" date starts, read back in its sentence: "have failed to win the
 * Ashes since 1970", "have not won since 1970", "without a win since 1970" — the last time it
 * happened was then (frame.ts sinceDenied; check/alignment.ts lastSince).
 */
export const SINCE_DENIALS: ReadonlySet<string> = new Set(['not', 'never', "n't", 'fail', 'without', 'no']);
/** The verbs "be" and "have" written with their negation ("300 posts weren't filled"). */
export const NEGATED_BE: ReadonlySet<string> = new Set(["isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "isn’t", "aren’t", "wasn’t", "weren’t", "hasn’t", "haven’t", "hadn’t"]);
/** The forms of "do" that carry a negation ("did not return", "do not own"): frame.ts countNegated. */
export const DO_FORMS: ReadonlySet<string> = new Set(['do', 'does', 'did']);
/** Modals written with their negation ("wouldn't", "can't"). */
export const NEGATED_MODALS: ReadonlySet<string> = new Set(['cannot', "wouldn't", "couldn't", "can't", "won't", "don't", "didn't", "doesn't", "shouldn't", "wouldn’t", "couldn’t", "can’t", "won’t", "don’t", "didn’t", "doesn’t"]);

/**
 * Words that open another clause between a negation and a figure after it ("did not say whether
 * it paid $5m": the payment is not denied): frame.ts verbNegated stops at them.
 */
export const NEGATION_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose', 'whether', 'if', 'because', 'but', 'and', 'or', 'when', 'while', 'although', 'though', 'as', 'after', 'so']);
/**
 * Words right after a negation that make it a bound or a quantifier's, not a denial of the verb
 * ("not all counties set aside 20%", "not even 1%", "not only £5m", "not quite 5%", "not exactly"): frame.ts verbNegated.
 */
export const NEGATION_QUANTIFIERS: ReadonlySet<string> = new Set(['all', 'every', 'always', 'necessarily', 'exactly', 'quite', 'only', 'just', 'merely', 'many', 'most', 'much', 'enough', 'even', 'least', 'nearly', 'almost', 'everyone', 'everything']);
/** Nouns that negate a verb after "no" ("at no point did he give", "at no time was it sold for"): frame.ts verbNegated. */
export const NEGATING_NOUNS: ReadonlySet<string> = new Set(['point', 'time', 'stage']);
/**
 * Function words that may stand between a negation and the figure its verb is denied of, besides
 * determiners and auxiliaries ("has not yet paid", "never actually sold"; not "even": "does not even get 1%" is a bound):
 * any other (a preposition, "more", "than", "until") puts the figure outside the denial (frame.ts verbNegated).
 */
export const NEGATION_PASSABLE: ReadonlySet<string> = new Set(['yet', 'ever', 'also', 'actually', 'really', 'do', 'does', 'did', "'s", 'one']);

/** Particles of phrasal verbs ("report back", "sold out", "paid off"): after a verb, part of it. */
export const VERB_PARTICLES: ReadonlySet<string> = new Set(['back', 'out', 'off', 'away', 'over']);

/** Determiners between a time part's "of" and its span: "the end of the year", "the rest of this season". */
export const SPAN_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'next', 'last', 'that', 'its', 'their']);

/** Adjectives that give a level before a figure set after them by a comma ("remains high, at 30%"). */
export const LEVEL_ADJECTIVES: ReadonlySet<string> = new Set(['high', 'low', 'steady', 'stable', 'flat', 'unchanged']);
/** Verbs that state such a level (lemmas): "unemployment remains high", "inflation is low", "prices stayed flat". */
export const STATE_VERBS: ReadonlySet<string> = new Set(['be', 'remain', 'stay', 'stand', 'hold']);

/** Prepositions that attach a name to the noun it qualifies: "profits at TimeWarner", "sales of Halo 2", "the deficit with Japan", "a double save from Dudek", "shares in Krispy Kreme", "the attack on Kristin King", "the case against Microsoft". */
export const NAME_PHRASE_PREPS: ReadonlySet<string> = new Set(['at', 'of', 'for', 'with', 'from', 'in', 'on', 'against']);

/** Words that open a relative clause after a comma (", which are up to 9% higher"). */
export const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['which', 'who']);
/** Words that open a relative clause set off by commas inside a noun phrase (frames/metric.ts relativeAsideOpening: ", where there are no plans for fees,"). */
export const ASIDE_RELATIVES: ReadonlySet<string> = new Set(['which', 'who', 'where', 'whose', 'whom']);

/** Verbs that report what someone said, admitted or argued ("conceded that", "told the court that"). */
/** Verbs that give an estimate of the figure "at" it ("Lecturer Anne Roux puts the region's jobless rate at 15%"): whoever does it says the figure (fronted.ts openingSpeakers). */
export const ESTIMATE_AT_VERBS: ReadonlySet<string> = new Set(['put', 'estimate', 'value', 'peg', 'place']);

/** "asked why …", "asked whether …": a question put is a thing said (fronted.ts openingSpeakers), a request ("asked for") is not. */
export const ASK_VERB = 'ask';
export const QUESTION_OPENERS: ReadonlySet<string> = new Set(['why', 'whether', 'how', 'what', 'if', 'when']);
export const SAYING_VERBS: ReadonlySet<string> = new Set([...ATTRIBUTION_VERBS, 'concede', 'admit', 'acknowledge', 'insist', 'argue', 'confirm', 'warn', 'reveal', 'disclose', 'state', 'testify']);

/**
 * The heads of the names of bodies that publish other people's figures ("The National Statistics
 * Institute added that consumer spending rose 3.8%", "the Bureau of Labor Statistics said"): such a
 * body, opening the sentence by saying the figure, is its speaker, not what it is about
 * (frame.ts; a company saying "sales rose 3%" speaks of its own sales and stays the subject).
 */
export const REPORTING_BODY_HEADS: ReadonlySet<string> = new Set(['institute', 'bureau', 'statistic', 'statistics']);

/**
 * Concepts the metric adds or looks for. ON_SALE_CONCEPT is the concept of "on sale", "available"
 * (a synonym class above) and PRICE_CONCEPT that of a price: "goes on sale in Japan for 19,800
 * yen", "available for £99" say what it sells for, so a sum after "for" there adds the price.
 */
export const ON_SALE_CONCEPT = 'available';
export const PRICE_CONCEPT = 'cost';
/** What a negated answer adds to its metric: "would not miss" is not "would miss" (check/alignment.ts). */
export const NEGATED_ANSWER = 'not';
/** The metric of a race time: how long someone took (check/rules.ts asks that the runner be named). */
export const RACE_TIME_METRIC = 'time';
/**
 * What a set's tie-break score in brackets measures ("7-6 (7-5)": the tie-break won 7-5): the head
 * of "tie-break", as a note's "took the tie-break 7-5" reads it.
 */
export const TIE_BREAK_METRIC = 'break';
/**
 * Adjectives of size after a length ("would stand 6m high", "2.5m high and 6m long"): the dimension
 * the length measures, whatever the noun before it (metric.ts metricOf).
 */
/** Verbs that say a level was reached, right before its figure ("topped the 100,000 mark", "passed 3 million"): check/roleSlip.ts. */
export const REACHED_VERBS: ReadonlySet<string> = new Set(['topped', 'reached', 'hit', 'passed', 'exceeded', 'surpassed', 'broke', 'crossed']);

/** What "the difference between A and B" measures: the gap, a deficit's class (metric.ts gapBetween). */
export const GAP_CONCEPT = 'gap';
export const DIMENSION_WORDS: Readonly<Record<string, string>> = { high: 'height', tall: 'height', long: 'length', wide: 'width', deep: 'depth', thick: 'thickness' };

// ——— Words the role reads (frames/role.ts) ———

/** Words before a bare verb form that mark it a verb ("has cut", "will add", "to shed"). */
export const AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'to', 'did', 'may', 'might', 'must', 'should']);

/** Words that make a figure a whole's ("total sales", "overall revenue"): no figure of a part (PART_WORDS) measures it (check/alignment.ts). */
export const WHOLE_WORDS: readonly string[] = ['total', 'overall', 'combined'];
/** Words that make a figure a part of a business's ("its mail order division", "a subsidiary"; not "unit", which counts copies sold). */
export const PART_WORDS: readonly string[] = ['division', 'subsidiary', 'segment'];

/** The synonym class of growth (SYNONYM_CLASSES): a level that measures it is a rate of change (check/alignment.ts growthRate). */
export const GROWTH_CONCEPT = 'growth';

/** Adjectives that, after "a" or "an" right before a figure, make it an addition to an amount said elsewhere ("a further £100m", "an extra 300 staff"). */
export const INCREMENT_ADJECTIVES: ReadonlySet<string> = new Set(['further', 'extra', 'additional']);
/** …and determiners that do so alone ("another £100m"). */
export const INCREMENT_DETERMINERS: ReadonlySet<string> = new Set(['another']);

/** Words that make a counted noun the gain itself: "14 million new users", "300 extra staff". */
export const ADDED_WORDS: ReadonlySet<string> = new Set(['new', 'extra', 'additional', 'more', 'further']);

/** Adverbs of degree between a change verb and its percentage ("rose just 0.3%", "fell only 2%"). */
export const DEGREE_ADVERBS: ReadonlySet<string> = new Set(['just', 'only', 'merely', 'slightly', 'sharply', 'marginally', 'barely']);

/**
 * Nouns the verb lemmatiser reads as another verb's past ("rent" as rend, "wound" as wind, "ground"
 * as grind): in news copy the noun, so "rent" meets "rents" (Lexicon.lemma keeps them as written).
 */
const NOT_PAST_FORMS: ReadonlySet<string> = new Set(['rent', 'wound', 'ground']);

/** Units of time an ordinal counts in a match or a race ("the 52nd minute", "the 12th lap"): a moment, not a rank (frame.ts whenAfter). */
export const MOMENT_NOUNS: ReadonlySet<string> = new Set(['minute', 'second', 'hour', 'lap', 'round', 'over', 'inning', 'day', 'week', 'month', 'year']);

/**
 * Words between "by" and a change's amount that say how it was reckoned ("by a further 4%", "by an
 * estimated £2m"): role.ts byBefore. Not "extra" or "another": "increase funding by an extra £4bn"
 * stays the extra amount, as a note's "an extra £4bn for Gavi" reads it.
 */
export const BY_RECKONED_WORDS: ReadonlySet<string> = new Set(['further', 'estimated', 'expected']);

/**
 * Verbs whose "by" gives the spread between values, not a level nor a move of one: "rates paid by
 * neighbouring authorities could vary by as much as £100 per week", "estimates differ by 5%"
 * (role.ts spreadBy: a change of no direction). SPREAD_HEDGE_WORDS may stand between "by" and the
 * amount ("by as much as", "by up to", "by about").
 */
export const SPREAD_VERBS: ReadonlySet<string> = new Set(['vary', 'differ']);
export const SPREAD_HEDGE_WORDS: ReadonlySet<string> = new Set(['as', 'much', 'many', 'up', 'to', 'about', 'around', 'some', 'nearly', 'almost', 'roughly', 'more', 'than']);

/** Rate words for time and people: "annual", "monthly", "per capita" (→ the unit counted per). */
export const RATE_WORDS: Readonly<Record<string, string>> = table({
  annual: 'year', annually: 'year', yearly: 'year', monthly: 'month', weekly: 'week', daily: 'day', hourly: 'hour',
  capita: 'capita',
});
/** What a rate word may describe without making any figure a rate: "a monthly report", "its annual meeting" (role.ts timeRateOf). */
export const PERIODIC_PUBLICATIONS: ReadonlySet<string> = new Set(['report', 'survey', 'review', 'meeting', 'statement', 'update', 'bulletin', 'conference', 'study', 'poll']);
/** Punctuation that ends a full sentence (role.ts rateSentences; a semicolon does not). */
export const FULL_STOPS: ReadonlySet<string> = new Set(['.', '!', '?']);
/** Units a rate of time or people is counted per, after "a", "per", "every" ("200 a day", "£3 per head", "12 a year"). */
export const RATE_UNITS: ReadonlySet<string> = new Set(['year', 'month', 'week', 'day', 'hour', 'annum', 'quarter', 'capita', 'person', 'head']);
/** Rate units that are another's: "per annum" is "a year", "a head" and "per person" are "per capita". */
export const SAME_RATE_UNIT: Readonly<Record<string, string>> = table({ annum: 'year', person: 'capita', head: 'capita' });

/**
 * Auxiliaries of a passive between a counted noun and its rate: "films are downloaded a day",
 * "parcels get sent a week" (the "get" passive too, unlike figures/familyTables.ts PASSIVE_AUXILIARIES).
 */
export const RATE_PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'get', 'gets', 'got']);

// ——— Words the frame reads (frames/frame.ts) ———

/** What stands between two items of a list of places ("£139,544 in Wales; £116,542 in Scotland, and £111,314"). */
export const LIST_SEPARATORS: ReadonlySet<string> = new Set([';', ',', 'and']);
/** Words by which a dated figure follows another of the same measure for an earlier or other period ("£7.1bn in December, after £4.6bn in November": frame.ts periodListed). */
export const PERIOD_LIST_JOINERS: ReadonlySet<string> = new Set(['after', 'against', 'versus']);

/** Words that open a gapped conjunct right before its figure: "rose 5% in Leeds and 7% in York". */
export const GAP_OPENERS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'or']);
/** Prepositions that, repeated after a comma, open a gapped conjunct of a change: "rose by 1.1% in 2000, by 2.3% in 2001". */
export const GAP_LIST_PREPS: ReadonlySet<string> = new Set(['by']);

/**
 * Prepositions by which a date right after a figure dates it ("150,000 by 2008", "$3m in 2004"): the date takes the figure's metric, rate (frame.ts) and mode (period.ts modeOf: "grow 7% in 2005" dates a forecast);
 * not DATING_PREPOSITIONS, which open a dating phrase a metric is read past.
 */
export const FIGURE_DATING_PREPS: ReadonlySet<string> = new Set(['by', 'in', 'for', 'until']);

/** Prepositions between a place adverbial and the figure it places ("in the US on 9 November", "in Japan for £99"). */
export const PLACED_PREPS: ReadonlySet<string> = new Set(['on', 'for', 'at']);

/**
 * Prepositions before a run of names that make it an adverbial, not what a rank or an age is
 * apposed to ("In Paris, the firm's third-largest plant" ranks nothing of Paris).
 */
export const APPOSITION_BLOCKERS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'for', 'from', 'to', 'by', 'with', 'of', 'against', 'over', 'under', 'after', 'before', 'since', 'during', 'across', 'outside', 'inside', 'within']);

/** Owns the lemma and class caches for one corpus (or one check run); no module-level state. */
export class Lexicon {
  private readonly lemmas = new Map<string, string>();
  private readonly classOf = new Map<string, string>();
  /** Each synonym class's id → its words (lemmasOf: made on first use). */
  private members: Map<string, string[]> | null = null;
  private readonly direction = new Map<string, Direction>();
  /** Concept → [pair, side] of OPPOSITES. */
  private readonly opposite = new Map<string, [number, number]>();
  private wn: WordNet | null = null;
  /** Per-word answers (words recur constantly; a frame reads each several times). */
  private readonly inflected = new Map<string, boolean>();
  private readonly senseCache = new Map<string, readonly number[]>();
  /** Readings of words by their written form, away from a sentence's opening (tokens.ts: read once each). */
  private readonly readings = new Map<string, WordReading>();
  private get wordnet(): WordNet {
    return (this.wn ??= drain(loadWordNetSteps()));
  }

  /** Load WordNet in steps (wordnet.ts), unless it is loaded: a check does, before its first figure. */
  *loadSteps(): Steps<void> {
    if (!this.wn) this.wn = yield* loadWordNetSteps();
  }

  constructor() {
    for (const cls of SYNONYM_CLASSES) for (const w of cls) if (!this.classOf.has(w)) this.classOf.set(w, cls[0]);
    for (const w of UP_WORDS) this.direction.set(w, 'up');
    for (const w of DOWN_WORDS) this.direction.set(w, 'down');
    OPPOSITES.forEach((pair, p) => pair.forEach((side, k) => side.forEach((w) => this.opposite.set(this.classOf.get(w) ?? w, [p, k]))));
  }

  /** Do two concepts belong to one of RELATED_CLASSES (and are not the same)? */
  related(a: string, b: string): boolean {
    return a !== b && RELATED_CLASSES.some((c) => c.includes(a) && c.includes(b) && (a === c[0] || b === c[0]));
  }

  /** The lemmas whose concept may be `concept`: itself and, for a synonym class's id, the class's words (check/othersBound.ts seeks their traces in a text). */
  lemmasOf(concept: string): readonly string[] {
    if (!this.members) {
      this.members = new Map();
      for (const [w, c] of this.classOf) {
        const list = this.members.get(c);
        if (list) list.push(w);
        else this.members.set(c, [w]);
      }
    }
    return [concept, ...(this.members.get(concept) ?? [])];
  }

  /** The concepts `related` pairs with concept a (RELATED_CLASSES). */
  relatedTo(a: string): string[] {
    const out: string[] = [];
    for (const c of RELATED_CLASSES) if (c.includes(a)) for (const b of c) if (b !== a && (a === c[0] || b === c[0])) out.push(b);
    return out;
  }

  /** The class ids whose concepts `opposedMetrics` pairs with concept a (OPPOSED_METRICS). */
  opposedTo(a: string): string[] {
    const ca = this.classOf.get(a) ?? a;
    return OPPOSED_METRICS.flatMap(([x, y]) => (ca === x ? [y] : ca === y ? [x] : []));
  }

  /** Are two metric heads (concepts) each other's opposite (OPPOSED_METRICS)? */
  opposedMetrics(a: string, b: string): boolean {
    const ca = this.classOf.get(a) ?? a;
    const cb = this.classOf.get(b) ?? b;
    return OPPOSED_METRICS.some(([x, y]) => (ca === x && cb === y) || (ca === y && cb === x));
  }

  /** Which pair of OPPOSITES a concept belongs to and on which side, if any. */
  oppositeOf(concept: string): [number, number] | undefined {
    return this.opposite.get(concept);
  }

  /**
   * The lemma of a lower-case word: its verb lemma when it is an inflected verb ("fell" → fall),
   * else its noun lemma ("ratings" → rating), else its adjective lemma ("lowest" → low).
   */
  lemma(low: string): string {
    let l = this.lemmas.get(low);
    if (l === undefined) {
      l = low;
      if (low.length > 2 && /^[a-z]+$/.test(low) && !NOT_PAST_FORMS.has(low)) {
        const v = this.wordnet.lemmatizer.verb(low);
        if (v !== low) l = this.silentE(low, v);
        else {
          const n = this.wordnet.lemmatizer.noun(low);
          if (n !== low) l = n;
          else {
            const a = this.wordnet.lemmatizer.adjective(low);
            if (a !== low) l = a;
          }
        }
      }
      // (no inflection ends a word in "ss": the lemmatiser reads "pass" as pas, "boss" as bos, words WordNet knows)
      if (low.endsWith('ss') && l === low.slice(0, -1)) l = low;
      if (this.lemmas.size > MAX_CACHED_WORDS) this.lemmas.clear();
      this.lemmas.set(low, l);
    }
    return l;
  }

  /**
   * The verb whose silent "e" the suffix dropped: the lemmatiser reads "fined" as fin, "rating" as
   * rat, "hoped" as hop (each a verb too). A suffix put straight onto a short vowel and one consonant
   * would have doubled it ("hopped", "rated" never "ratted"), so when the base with an "e" is a verb
   * ("fine", "rate", "hope"), that is the lemma; "visited", "opened" have no such verb and stay.
   */
  private silentE(low: string, v: string): string {
    if (low !== v + 'ed' && low !== v + 'ing') return v;
    if (!/[^aeiou][aeiou][^aeiouwxy]$/.test(v)) return v;
    const e = v + 'e';
    return this.canBeVerb(e) ? e : v;
  }

  /** WordNet's sense categories of a base word (empty when WordNet does not know it). */
  senses(base: string): readonly number[] {
    let ss = this.senseCache.get(base);
    if (ss === undefined) {
      const { words, senses } = this.wordnet;
      // (the table has no prototype: a word's own entry or undefined — wordnet.ts)
      const i = words[base];
      ss = i === undefined ? NO_SENSES : senses[i];
      if (this.senseCache.size > MAX_CACHED_WORDS) this.senseCache.clear();
      this.senseCache.set(base, ss);
    }
    return ss;
  }

  /**
   * Could the word be part of a noun phrase — a noun or an adjective in WordNet, or a word WordNet
   * does not know ("new PC users", but not "80.2 instead")?
   */
  canBeNominal(lemma: string): boolean {
    const ss = this.senses(lemma);
    return ss.length === 0 || ss.some((x) => (x >= WN_NOUN_FIRST && x <= WN_NOUN_LAST) || x === 0 || x === 1 || x === 44);
  }

  /** Can the word be an adjective in WordNet ("mere", "strong", "whopping"; not "range")? */
  canBeAdjective(word: string): boolean {
    return this.senses(word).some((x) => x === 0 || x === 1 || x === 44);
  }

  /** Does WordNet know the word, or the lemma of it? */
  knows(low: string): boolean {
    return this.senses(low).length > 0 || this.senses(this.lemma(low)).length > 0;
  }

  /**
   * Is a capitalised sentence opener an ordinary English word? An inflected form of a known word
   * ("Counties", "Counting"), or a word WordNet knows other than as a person or place ("Output",
   * but not "Madonna", "Russia", "London").
   */
  ordinaryOpener(low: string): boolean {
    const lemma = this.lemma(low);
    if (lemma !== low) {
      const ss = this.senses(lemma);
      // "Counties", "Shares": a plural noun; "Counting", "Planned": a verb form (but "Bates" is a name)
      if (low.endsWith('s') ? ss.some((x) => x >= WN_NOUN_FIRST && x <= WN_NOUN_LAST) : ss.length > 0) return true;
    }
    return this.senses(low).some((x) => x !== WN_PERSON && x !== WN_LOCATION);
  }

  /**
   * A word for people ("spectators", "viewers", "singer"): the curated list, or a noun that WordNet
   * knows only as a person (not "connection", which has a person sense among many).
   */
  isHuman(lemma: string): boolean {
    if (HUMAN_NOUNS.has(lemma)) return true;
    const nouns = this.senses(lemma).filter((x) => x >= WN_NOUN_FIRST && x <= WN_NOUN_LAST);
    return nouns.length > 0 && nouns.every((x) => x === WN_PERSON);
  }

  /** The kind of a name key: a party (PARTIES), a place (isPlace), or another name. */
  nameKind(name: string): NameKind {
    if (PARTIES.has(name)) return 'party';
    return this.isPlace(name) ? 'place' : 'other';
  }

  /** A place name (country, region, city): a curated list, or WordNet's location nouns. */
  isPlace(name: string): boolean {
    if (PLACES.has(name) || this.senses(name).includes(WN_LOCATION)) return true;
    // "the German-US carmaker", "UK-US co-productions": places joined by a hyphen (a nationality is its country)
    return name.includes('-') && name.split('-').every((p) => p.length > 0 && (PLACES.has(p) || PLACES.has(NAME_EQUIVALENTS[p] ?? '') || PLACE_COMBINING_FORMS.has(p) || this.senses(p).includes(WN_LOCATION)));
  }

  /** Can the word be a verb in WordNet ("open", "strike"; not "the", "weak" — nor "be", which its tables leave out)? */
  canBeVerb(word: string): boolean {
    return this.senses(word).some((x) => x >= WN_VERB_FIRST && x <= WN_VERB_LAST);
  }

  /** Only ever a verb in WordNet ("sustain", "abandon"): never what a figure counts. */
  verbOnly(lemma: string): boolean {
    const ss = this.senses(lemma);
    return ss.length > 0 && ss.every((x) => x >= WN_VERB_FIRST && x <= WN_VERB_LAST);
  }

  /** "acquiring", "planned", "sold", "grew": a verb form that is not also a noun's form. */
  isInflectedVerb(low: string): boolean {
    let v = this.inflected.get(low);
    if (v === undefined) {
      v = this.inflectedVerb(low);
      if (this.inflected.size > MAX_CACHED_WORDS) this.inflected.clear();
      this.inflected.set(low, v);
    }
    return v;
  }

  /**
   * A verb's past form of any length, noun or not ("won", "led", "paid"): read only where the
   * words before make it one — after a perfect's "had" (period.ts modeOf). Not an -s or -ing form.
   */
  pastForm(low: string): boolean {
    return !low.endsWith('s') && !low.endsWith('ing') && this.wordnet.lemmatizer.verb(low) !== low;
  }

  private inflectedVerb(low: string): boolean {
    if (low.length < 4) return false;
    const v = this.lemma(low);
    if (v === low) return false;
    if (low.endsWith('ing') || low.endsWith('ed')) return this.wordnet.lemmatizer.verb(low) !== low;
    // irregular past forms ("sold", "grew", "took"): a verb lemma, and not a plural noun
    return !low.endsWith('s') && this.wordnet.lemmatizer.verb(low) !== low && this.wordnet.lemmatizer.noun(low) === low;
  }

  /** Is this -ing form a noun the synonym classes list ("spending", "takings")? */
  listedGerund(low: string): boolean {
    return low.endsWith('ing') && this.classOf.has(low);
  }

  /**
   * The reading of a word as written (`raw`), away from a sentence's opening, made by `read` the
   * first time: it depends on nothing else (tokens.ts readWord), and words recur constantly.
   */
  reading(raw: string, read: (raw: string) => WordReading): WordReading {
    let r = this.readings.get(raw);
    if (r === undefined) {
      r = read(raw);
      if (this.readings.size > MAX_CACHED_WORDS) this.readings.clear();
      this.readings.set(raw, r);
    }
    return r;
  }

  /** The synonym-class id of a lemma (the lemma itself when it has no class). */
  concept(lemma: string): string {
    return this.classOf.get(lemma) ?? lemma;
  }

  /** The concept of a word as used: a word whose class is its verb's keeps its own concept as a noun ("the bank employs" is no "banked"). */
  conceptAs(lemma: string, verb: boolean): string {
    if (verb) return VERB_SENSE_CLASS.get(lemma) ?? this.concept(lemma);
    return VERB_SENSE_ONLY.has(lemma) ? lemma : this.concept(lemma);
  }

  /** The hedge of a source figure that states the bound this metric word names ("floor" → "above X"), if it names one. */
  boundNoun(concept: string | undefined): Hedge | undefined {
    return concept === undefined ? undefined : BOUND_NOUNS[concept];
  }

  /** Ahead (up) or behind (down), when the word says one thing is ahead of another (MARGIN_AHEAD, MARGIN_BEHIND). */
  marginOf(lemma: string, low: string): Direction | undefined {
    if (MARGIN_AHEAD.includes(lemma) || (low.startsWith('out-') && low.length > 5)) return 'up';
    return MARGIN_BEHIND.includes(lemma) ? 'down' : undefined;
  }

  /** Up or down, when the lemma is a word of change. */
  directionOf(lemma: string, low?: string): Direction | undefined {
    return this.direction.get(lemma) ?? (low === undefined ? undefined : this.direction.get(low));
  }
}

/** Titles a year in the possessive can hold ("last year's winner", "2004's champion"): they date the title, not the clause (period.ts). Lemmas. */
export const TITLE_HOLDERS: ReadonlySet<string> = new Set(['winner', 'champion', 'holder', 'runner-up', 'finalist', 'captain', 'chairman', 'president']);

/**
 * Concepts that name the start of a state ("his appointment as chief executive in 1999", "joined
 * in 2001", "became leader in 1994"): a date in such a clause is when the state began, as "since
 * 1999" says (check/alignment.ts startedThen).
 */
export const START_EVENTS: ReadonlySet<string> = new Set(['appointment', 'appoint', 'join', 'become', 'found', 'establish', 'elect', 'election', 'start', 'begin']);
/** What one "takes" to begin holding it ("took charge in 2000", "took office in 1997", "took power"): with "take" near, a start (check/alignment.ts startedThen). */
export const TAKEN_STATES: ReadonlySet<string> = new Set(['charge', 'office', 'helm', 'power', 'control', 'command']);

/**
 * Words that open a clause qualifying an ordinal's noun: "the first Potter film where you get so
 * lost" is first among those, no place in the plain series (frame.ts qualifiedOrdinal). Only
 * "where": "that", "to", "since" cost seven development rows ("the 21st James Bond film to hit the
 * big screen" is the series all the same).
 */
export const QUALIFIER_OPENERS: ReadonlySet<string> = new Set(['where']);

/** A count of times a title was won, hyphened: "a four-time champion", "the three-time winner" (frame.ts titleHolder). */
export const TIMES_TITLE = /^\w+-times?$/i;
