/** How a reporting verb form is used: a finite form has its subject before it; a gerund borrows the clause's. */
export type VerbForm = 'finite' | 'gerund' | 'passive-prone';

/** How freely a verb takes its clause without "that". */
export type BareClause = 'readily' | 'sometimes' | 'never';

/** A reporting verb as matched in text. */
export interface ReportingVerb {
  lemma: string;
  form: VerbForm;
  /** Object-taking verbs ("told reporters that") may have a short object before "that". */
  takesObject: boolean;
}

/** Irregular or doubled-consonant inflections: lemma -> [third person, past, past participle, gerund]. */
const IRREGULAR: Record<string, readonly [string, string, string, string]> = {
  say: ['says', 'said', 'said', 'saying'],
  tell: ['tells', 'told', 'told', 'telling'],
  think: ['thinks', 'thought', 'thought', 'thinking'],
  write: ['writes', 'wrote', 'written', 'writing'],
  swear: ['swears', 'swore', 'sworn', 'swearing'],
  feel: ['feels', 'felt', 'felt', 'feeling'],
  forecast: ['forecasts', 'forecast', 'forecast', 'forecasting'],
  hold: ['holds', 'held', 'held', 'holding'],
  admit: ['admits', 'admitted', 'admitted', 'admitting'],
  regret: ['regrets', 'regretted', 'regretted', 'regretting'],
  concur: ['concurs', 'concurred', 'concurred', 'concurring'],
  quip: ['quips', 'quipped', 'quipped', 'quipping'],
  submit: ['submits', 'submitted', 'submitted', 'submitting'],
  'point out': ['points out', 'pointed out', 'pointed out', 'pointing out'],
  'make clear': ['makes clear', 'made clear', 'made clear', 'making clear'],
  'spell out': ['spells out', 'spelled out', 'spelled out', 'spelling out'],
  'sum up': ['sums up', 'summed up', 'summed up', 'summing up'],
  'go on to say': ['goes on to say', 'went on to say', 'gone on to say', 'going on to say'],
  'go on to add': ['goes on to add', 'went on to add', 'gone on to add', 'going on to add'],
  'express hope': ['expresses hope', 'expressed hope', 'expressed hope', 'expressing hope'],
  'express confidence': [
    'expresses confidence',
    'expressed confidence',
    'expressed confidence',
    'expressing confidence',
  ],
  'express concern': ['expresses concern', 'expressed concern', 'expressed concern', 'expressing concern'],
  'express regret': ['expresses regret', 'expressed regret', 'expressed regret', 'expressing regret'],
  'voice hope': ['voices hope', 'voiced hope', 'voiced hope', 'voicing hope'],
  'voice concern': ['voices concern', 'voiced concern', 'voiced concern', 'voicing concern'],
};

/** Verbs that must name whom they address before what they report ("told reporters", "informed him"). */
const NEEDS_OBJECT = new Set([
  'tell',
  'inform',
  'notify',
  'remind',
  'reassure',
  'brief',
  'convince',
  'persuade',
  'instruct',
]);

/** Verbs whose object without "that" is never what they report ("held talks", "ordered the troops"). */
const NEVER_BARE_CLAUSE = new Set([
  'hold',
  'order',
  'decree',
  'charge',
  'object',
  'post',
  'continue',
  'ask',
  'urge',
  'demand',
  'propose',
  'recommend',
  'stipulate',
  'certify',
  'guarantee',
  'submit',
  'reflect',
  'signal',
  'indicate',
  'imply',
  'hint',
  'muse',
  'answer',
  'respond',
  'reply',
  'comment',
  'instruct',
  'advise',
  'brief',
  'convince',
  'persuade',
  'protest',
  'summarise',
  'summarize',
  'sum up',
  'spell out',
  'elaborate',
  'laugh',
  'sigh',
  'smile',
  'nod',
  'shrug',
  'cry',
  'yell',
  'scream',
  'exclaim',
  'shout',
  'whisper',
  'murmur',
  'mutter',
  'grumble',
  'gripe',
  'huff',
  'snap',
  'sneer',
  'scoff',
  'express regret',
]);

/** Verbs that never close a report as its tag ("…, the company posted", "…, he ordered"): their sense there is no speech. */
const NO_CLOSING_TAG = new Set([
  'hold',
  'order',
  'decree',
  'charge',
  'object',
  'post',
  'continue',
  'ask',
  'urge',
  'demand',
  'propose',
  'recommend',
  'stipulate',
  'certify',
  'guarantee',
  'submit',
  'reflect',
  'instruct',
  'advise',
  'brief',
  'convince',
  'persuade',
  'protest',
  'express regret',
]);

/**
 * Verbs whose complement is nearly always a clause, so news English drops the "that" after them
 * freely ("said the talks failed", "told reporters he would stay", "insisted nothing had changed").
 */
const READILY_TAKE_CLAUSE = new Set([
  'say',
  'tell',
  'add',
  'insist',
  'argue',
  'believe',
  'think',
  'reckon',
  'contend',
  'hope',
  'warn',
  'assure',
  'allege',
  'counter',
  'retort',
  'quip',
  'joke',
  'go on to say',
  'go on to add',
  'inform',
  'remind',
  'reassure',
  'caution',
  'speculate',
  'worry',
  'express hope',
  'express confidence',
  'express concern',
  'voice hope',
  'voice concern',
]);

/** Verbs that report speech or stated belief; object-taking ones are marked with a trailing '+'. */
const LEMMAS = [
  'say',
  'tell+',
  'note',
  'stress',
  'add',
  'warn+',
  'emphasise',
  'emphasize',
  'state',
  'explain',
  'believe',
  'claim',
  'declare',
  'announce',
  'insist',
  'argue',
  'suggest',
  'point out',
  'remark',
  'comment',
  'observe',
  'assert',
  'affirm',
  'confirm',
  'deny',
  'admit',
  'acknowledge',
  'reply',
  'respond',
  'answer',
  'ask',
  'urge',
  'recall',
  'recount',
  'report',
  'reveal',
  'disclose',
  'mention',
  'underline',
  'underscore',
  'highlight',
  'maintain',
  'contend',
  'reiterate',
  'repeat',
  'predict',
  'forecast',
  'estimate',
  'expect',
  'hope',
  'fear',
  'worry',
  'complain',
  'concede',
  'conclude',
  'write',
  'tweet',
  'post',
  'allege',
  'counter',
  'retort',
  'quip',
  'joke',
  'shout',
  'whisper',
  'inform+',
  'assure+',
  'promise+',
  'vow',
  'pledge',
  'threaten',
  'caution+',
  'advise+',
  'recommend',
  'propose',
  'demand',
  'specify',
  'clarify',
  'elaborate',
  'summarise',
  'summarize',
  'agree',
  'disagree',
  'think',
  'feel',
  'continue',
  'signal',
  'indicate',
  'hint',
  'imply',
  'testify',
  'swear',
  'boast',
  'lament',
  'regret',
  'concur',
  'object',
  'protest',
  'stipulate',
  'proclaim',
  'speculate',
  'reckon',
  'posit',
  'opine',
  'muse',
  'reflect',
  'remind+',
  'reassure+',
  'notify+',
  'brief+',
  'convince+',
  'persuade+',
  'make clear',
  'spell out',
  'sum up',
  'hold',
  'submit',
  'guarantee',
  'certify',
  'charge',
  'surmise',
  'theorise',
  'theorize',
  'doubt',
  'go on to say',
  'go on to add',
  'express hope',
  'express confidence',
  'express concern',
  'express regret',
  'voice hope',
  'voice concern',
  'reaffirm',
  'restate',
  'aver',
  'brag',
  'anticipate',
  'accept',
  'realise',
  'realize',
  'instruct+',
  'order',
  'decree',
  'recognise',
  'recognize',
  'exclaim',
  'cry',
  'yell',
  'scream',
  'murmur',
  'mutter',
  'grumble',
  'gripe',
  'huff',
  'snap',
  'sneer',
  'scoff',
  'shrug',
  'laugh',
  'sigh',
  'smile',
  'nod',
];

/**
 * Given a reporting verb's lemma, returns how freely news English drops "that" after it: 'readily'
 * for verbs almost always followed by a clause ("said the army retook the town"); 'sometimes' for
 * verbs that also take a plain noun object ("denied the charges", "announced the plan"), so a clause
 * without "that" needs clear signs of a finite verb; 'never' for verbs whose bare object is never
 * what they report ("held talks", "ordered the troops").
 */
export function bareClauseOf(lemma: string): BareClause {
  if (READILY_TAKE_CLAUSE.has(lemma)) return 'readily';
  return NEVER_BARE_CLAUSE.has(lemma) ? 'never' : 'sometimes';
}

/** Given a reporting verb's lemma, returns whether it can close a report as its tag ("…, the minister said"). */
export function closesReport(lemma: string): boolean {
  return !NO_CLOSING_TAG.has(lemma);
}

/** Given a reporting verb's lemma, returns whether it names whom it addresses before what it reports ("told reporters"). */
export function needsObject(lemma: string): boolean {
  return NEEDS_OBJECT.has(lemma);
}

function regularForms(lemma: string): [string, string, string, string] {
  const consonantY = /[^aeiou]y$/.test(lemma);
  const third = consonantY
    ? `${lemma.slice(0, -1)}ies`
    : /(?:s|sh|ch|x|z|o)$/.test(lemma)
      ? `${lemma}es`
      : `${lemma}s`;
  const past = consonantY ? `${lemma.slice(0, -1)}ied` : lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`;
  const gerund = /[^e]e$/.test(lemma) ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`;
  return [third, past, past, gerund];
}

function buildLexicon(): Map<string, ReportingVerb> {
  const lexicon = new Map<string, ReportingVerb>();
  for (const entry of LEMMAS) {
    const takesObject = entry.endsWith('+');
    const lemma = takesObject ? entry.slice(0, -1) : entry;
    const [third, past, participle, gerund] = IRREGULAR[lemma] ?? regularForms(lemma);
    const traits = { lemma, takesObject };
    lexicon.set(lemma, { ...traits, form: 'finite' });
    lexicon.set(third, { ...traits, form: 'finite' });
    lexicon.set(past, { ...traits, form: 'passive-prone' });
    lexicon.set(participle, { ...traits, form: 'passive-prone' });
    lexicon.set(gerund, { ...traits, form: 'gerund' });
  }
  return lexicon;
}

const LEXICON = buildLexicon();
const FIRST_WORDS = new Set([...LEXICON.keys()].map((form) => form.split(' ')[0] ?? form));

/** Given a lowercased word, returns whether a reporting verb can start with it: a cheap test before matching. */
export function mayStartReportingVerb(word: string): boolean {
  return FIRST_WORDS.has(word);
}

/** Number of distinct reporting verb lemmas known (the lexicon's size, for tests). */
export const REPORTING_VERB_COUNT = new Set([...LEXICON.values()].map((verb) => verb.lemma)).size;

/**
 * Given lowercased words starting at a position, returns the reporting verb they begin with and how
 * many words it spans ("pointed out" = 2), or null. Longer phrases win.
 */
export function matchReportingVerb(
  words: readonly string[],
): { verb: ReportingVerb; length: number; text: string } | null {
  const first = words[0];
  if (first === undefined || !FIRST_WORDS.has(first)) return null;
  for (let length = Math.min(4, words.length); length >= 1; length -= 1) {
    const text = words.slice(0, length).join(' ');
    const verb = LEXICON.get(text);
    if (verb !== undefined) return { verb, length, text };
  }
  return null;
}
