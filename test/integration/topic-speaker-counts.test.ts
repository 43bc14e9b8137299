import { describe, expect, it } from 'vitest';
import { ingestSampleArticles, useTestEnvironment, type TestEnvironment } from '../helpers/test-environment';

interface Ranked {
  quoteCount: number;
  speaker?: { slug: string };
  topic?: { slug: string };
}

/** The roll-up as stored, and the same counts made from the quotes themselves. */
async function rollUpAndRecount(env: TestEnvironment) {
  const [stored, recounted] = await Promise.all([
    env.dataSource.query(
      `SELECT topic_id, speaker_id, quote_count FROM topic_speaker_counts ORDER BY 1, 2`,
    ) as Promise<unknown[]>,
    env.dataSource.query(
      `SELECT qt.topic_id, q.speaker_id, count(*)::integer AS quote_count
         FROM quote_topics qt JOIN quotes q ON q.id = qt.quote_id
        WHERE q.speaker_id IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2`,
    ) as Promise<unknown[]>,
  ]);
  return { stored, recounted };
}

// A filter every quote meets makes the API count the quotes themselves instead of reading the roll-up.
const EVERY_DATE = 'filter: { publishedAfter: "1900-01-01T00:00:00Z" }';

/** Every topic's top speakers and every speaker's top topics, from the roll-up and counted. */
async function rankings(env: TestEnvironment) {
  const { data, errors } = await env.graphql<{
    topics: { slug: string; rolled: Ranked[]; counted: Ranked[] }[];
    speakers: { nodes: { slug: string; rolled: Ranked[]; counted: Ranked[] }[] };
  }>(
    `{ topics { slug rolled: topSpeakers(first: 100) { quoteCount speaker { slug } }
                    counted: topSpeakers(first: 100, ${EVERY_DATE}) { quoteCount speaker { slug } } }
       speakers(first: 100) { nodes { slug rolled: topTopics(first: 100) { quoteCount topic { slug } }
                    counted: topTopics(first: 100, ${EVERY_DATE}) { quoteCount topic { slug } } } } }`,
  );
  expect(errors).toBeUndefined();
  return [...(data?.topics ?? []), ...(data?.speakers.nodes ?? [])];
}

async function expectCountsTrue(env: TestEnvironment) {
  const { stored, recounted } = await rollUpAndRecount(env);
  expect(stored.length).toBeGreaterThan(0);
  expect(stored).toEqual(recounted);
  for (const { slug, rolled, counted } of await rankings(env)) expect(rolled, slug).toEqual(counted);
}

/** The topic's top speakers, most quoted first. */
async function topSpeakers(env: TestEnvironment, topic: string): Promise<Ranked[]> {
  const { data } = await env.graphql<{ topic: { topSpeakers: Ranked[] } }>(
    `query($topic: String!) { topic(slug: $topic) { topSpeakers(first: 100) { quoteCount speaker { slug } } } }`,
    { topic },
  );
  return data?.topic.topSpeakers ?? [];
}

describe('the topic/speaker roll-up behind topSpeakers and topTopics', () => {
  const env = useTestEnvironment({}, ingestSampleArticles);

  it('holds what counting the quotes gives, after ingest', async () => {
    await expectCountsTrue(env);
  });

  it('follows a quote to its new speaker, a merge, a deleted article and a deleted topic', async () => {
    const { data } = await env.graphql<{
      topic: { quotes: { nodes: { id: string; speaker: { slug: string } | null }[] } };
    }>(`{ topic(slug: "military-bases") { quotes(first: 1) { nodes { id speaker { slug } } } } }`);
    const quote = data?.topic.quotes.nodes[0];
    const before = await topSpeakers(env, 'military-bases');
    const moved = await env.graphql(
      `mutation($quote: ID!) { setQuoteSpeaker(quote: $quote, speaker: "elena-marchuk") { id } }`,
      { quote: quote?.id },
    );
    expect(moved.errors).toBeUndefined();
    await expectCountsTrue(env);
    const after = await topSpeakers(env, 'military-bases');
    const countOf = (list: Ranked[], slug: string | undefined) =>
      list.find((entry) => entry.speaker?.slug === slug)?.quoteCount ?? 0;
    expect(countOf(after, 'elena-marchuk')).toBe(countOf(before, 'elena-marchuk') + 1);
    expect(countOf(after, quote?.speaker?.slug)).toBe(countOf(before, quote?.speaker?.slug) - 1);

    const merged = await env.graphql(
      `mutation { mergeSpeakers(into: "elena-marchuk", from: "marta-kolosova") { slug } }`,
    );
    expect(merged.errors).toBeUndefined();
    await expectCountsTrue(env);

    const [article] = (await env.dataSource.query(`SELECT id FROM articles ORDER BY id LIMIT 1`)) as {
      id: number;
    }[];
    const { data: node } = await env.graphql<{ quotes: { nodes: { article: { id: string } }[] } }>(
      `query($article: ID!) { quotes(first: 1, filter: { article: $article }) { nodes { article { id } } } }`,
      { article: Buffer.from(`Article:${article?.id}`).toString('base64url') },
    );
    const deleted = await env.graphql(`mutation($id: ID!) { deleteArticle(id: $id) }`, {
      id: node?.quotes.nodes[0]?.article.id,
    });
    expect(deleted.errors).toBeUndefined();
    await expectCountsTrue(env);

    const removed = await env.graphql(`mutation { deleteTopic(slug: "military-bases") }`);
    expect(removed.errors).toBeUndefined();
    await expectCountsTrue(env);
    const [left] = (await env.dataSource.query(
      `SELECT count(*)::integer AS n FROM topic_speaker_counts c
        WHERE NOT EXISTS (SELECT 1 FROM topics t WHERE t.id = c.topic_id)`,
    )) as { n: number }[];
    expect(left?.n).toBe(0);
  });
});
