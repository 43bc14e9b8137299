import type { RawArticle } from '../../src/ingest/validate-article-input';
import { buildCast, PLACES, type CastMember } from './cast';
import { SeededRandom } from '../../src/random/seeded-random';

// Subjects that carry the default taxonomy's keywords, so topic lists fill up as in real news.
const SUBJECTS = [
  'the deployment of foreign troops near the border',
  'a new military base on the coast',
  'sanctions against the banking sector',
  'inflation and consumer prices',
  'natural gas prices for the coming winter',
  'the interest rate and the exchange rate',
  'talks with neighbouring governments',
  'the state budget and public debt',
  'trade and export duties',
  'the harvest and food security',
  'railway and airport infrastructure',
  'unemployment and wages',
];

const CUES_AFTER = ['said', 'added', 'noted', 'stressed', 'told reporters', 'warned'];
const CUES_THAT = ['pointed out that', 'said that', 'noted that', 'stressed that', 'warned that'];

function quoteSentence(random: SeededRandom, subject: string, place: string): string {
  return random.pick([
    `We will not change our position on ${subject}, whatever anyone says in ${place}`,
    `Our partners know very well what we think about ${subject}`,
    `Nobody asked us about ${subject}, and we will decide it ourselves`,
    `The situation with ${subject} is under control, and we see no reason for alarm`,
    `We are ready to discuss ${subject} at any level, but not under pressure`,
  ]);
}

function paragraphs(random: SeededRandom, speaker: CastMember, other: CastMember, index: number): string[] {
  const subject = random.pick(SUBJECTS);
  const secondSubject = random.pick(SUBJECTS);
  const surname = speaker.name.split(' ')[1] as string;
  const place = random.pick(PLACES);
  const lines = [
    `${speaker.capital.toUpperCase()}, ${random.int(1, 28)} ${random.pick(['March', 'April', 'May', 'June'])}. ${speaker.demonym} ${speaker.title} ${speaker.name} met ${other.title} ${other.name} of ${other.country} in ${speaker.capital} on ${random.pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])} to discuss ${subject}.`,
    `“${quoteSentence(random, subject, place.capital)}. This is meeting number ${index} between our teams,” ${surname} ${random.pick(CUES_AFTER)}.`,
    `The ${speaker.title.toLowerCase()} ${random.pick(CUES_THAT)} ${speaker.country} and ${other.country} had agreed to continue the dialogue on ${secondSubject}.`,
    `${other.name} ${random.pick(CUES_AFTER)}: “${quoteSentence(random, secondSubject, speaker.capital)}.”`,
    `According to ${other.name.split(' ')[1]}, the next round of talks will take place in ${place.capital} later this year.`,
    `“${quoteSentence(random, subject, other.capital)},” he ${random.pick(CUES_AFTER)}. “We expect concrete results on ${secondSubject} soon.”`,
  ];
  for (let extra = random.int(0, 4); extra > 0; extra -= 1) {
    lines.push(
      `Observers in ${random.pick(PLACES).capital} noted that the sides had discussed ${random.pick(SUBJECTS)} for the ${index % 7 === 0 ? 'first' : 'second'} time this year, and that experts expect further meetings on ${random.pick(SUBJECTS)}.`,
    );
  }
  return lines;
}

/** Given a seed, returns a function from article number to a deterministic wire-style article (SAMPLE DATA: invented speakers). */
export function articleGenerator(seed: number): (index: number) => RawArticle {
  const cast = buildCast(seed);
  return (index) => {
    const random = new SeededRandom(seed * 1_000_003 + index);
    const speaker = random.pick(cast);
    let other = random.pick(cast);
    if (other === speaker) other = cast[(cast.indexOf(speaker) + 1) % cast.length] as CastMember;
    return {
      title: `${speaker.title} ${speaker.name} discusses ${random.pick(SUBJECTS)} (generated ${index})`,
      body: paragraphs(random, speaker, other, index).join('\n'),
      source: random.pick(['Generated Wire', 'Synthetic News', 'Bench Agency']),
      url: `https://bench.example.org/articles/${seed}/${index}`,
      publishedAt: new Date(Date.UTC(2025, 0, 1) + index * 60_000),
    };
  };
}
