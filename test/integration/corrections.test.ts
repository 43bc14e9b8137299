import { Client } from 'pg';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extraction';
import { toGlobalId } from '../../src/graphql/ids/global-id';
import { extractDocument } from '../../src/ingest/extract-document';
import { ingestArticle } from '../../src/ingest/ingest-article';
import { loadTaxonomy } from '../../src/ingest/load-taxonomy';
import { reextractArticle } from '../../src/ingest/reextract';
import { replaceArticle } from '../../src/ingest/replace-article';
import { validateArticleInput } from '../../src/ingest/validate-article-input';
import { useTestEnvironment, type TestEnvironment } from '../helpers/test-environment';

// SAMPLE DATA: fictional ministers and words, real places, written for these tests.
interface Draft {
  title: string;
  body: string[];
  url?: string;
  publishedAt?: string;
}

const input = (draft: Draft) => ({ ...draft, body: draft.body.join('\n') });

const BRIEFING: Draft = {
  title: 'Ministers brief reporters in Minsk (correction test)',
  url: 'https://example.org/test/correction-briefing',
  publishedAt: '2026-03-02T09:00:00Z',
  body: [
    'MINSK. Defence Minister Tomas Verenko spoke to reporters in Minsk on Monday.',
    '“There will be no foreign military base in Grodno,” Verenko said.',
    '“Our troops train near Brest every month,” he added.',
    'Energy Minister Igor Belyavin also spoke at the briefing.',
    '“The new power line to Lida will be ready in spring,” Belyavin said.',
  ],
};

const CORRECTED: Draft = {
  title: 'Defence minister briefs reporters in Minsk (correction test)',
  url: BRIEFING.url,
  publishedAt: '2026-03-02T10:30:00Z',
  body: [
    'MINSK. Defence Minister Tomas Verenko spoke to reporters in Minsk on Monday afternoon.',
    'An earlier version of this report misquoted the minister on training.',
    '“There will be no foreign military base in Grodno,” Verenko said.',
    '“Our troops train near Brest every week,” he added.',
  ],
};

const INGEST = `mutation($input: IngestArticleInput!) {
  ingestArticle(input: $input) { created updated article { id title body publishedAt } }
}`;
const UPDATE = `mutation($id: ID!, $input: IngestArticleInput!) {
  updateArticle(id: $id, input: $input) { created updated article { id body extractorVersion } }
}`;
const ARTICLE = `query($id: ID!) { node(id: $id) { ... on Article {
  body quotes(first: 100) { nodes { id text startOffset endOffset speaker { slug } } }
} } }`;

interface Payload {
  created: boolean;
  updated: boolean;
  article: { id: string; title?: string; body: string; publishedAt?: string; extractorVersion?: number };
}
interface QuoteNode {
  id: string;
  text: string;
  startOffset: number;
  endOffset: number;
  speaker: { slug: string } | null;
}

/** A draft as the ingest path takes it once validated. */
const validated = (draft: Draft) =>
  validateArticleInput(
    { title: draft.title, body: draft.body.join('\n'), url: draft.url ?? null },
    { maxBodyBytes: 100_000 },
  );

const numericId = (globalId: string): number =>
  Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

async function ingest(env: TestEnvironment, draft: Draft): Promise<Payload> {
  const result = await env.graphql<{ ingestArticle: Payload }>(INGEST, { input: input(draft) });
  if (!result.data) throw new Error(`ingest failed: ${JSON.stringify(result.errors)}`);
  return result.data.ingestArticle;
}

async function quotesOf(env: TestEnvironment, id: string): Promise<{ body: string; quotes: QuoteNode[] }> {
  const result = await env.graphql<{ node: { body: string; quotes: { nodes: QuoteNode[] } } }>(ARTICLE, {
    id,
  });
  if (!result.data?.node) throw new Error(`no article ${id}: ${JSON.stringify(result.errors)}`);
  return { body: result.data.node.body, quotes: result.data.node.quotes.nodes };
}

const byWords = (quotes: QuoteNode[], words: string): QuoteNode | undefined =>
  quotes.find((quote) => quote.text.includes(words));

/** Row versions (xmin) of an article and its quotes: equal before and after means nothing was written. */
const rowVersions = (env: TestEnvironment, articleId: number) =>
  env.dataSource.query(
    `SELECT 'a' AS t, id, xmin::text AS v FROM articles WHERE id = $1
     UNION ALL SELECT 'q', id, xmin::text FROM quotes WHERE article_id = $1 ORDER BY 1, 2`,
    [articleId],
  );

describe('corrections', () => {
  const env = useTestEnvironment();
  const edit = (query: string, variables: Record<string, unknown> = {}) => env.graphql(query, variables);

  it('the same URL with corrected text replaces body, title, date and quotes, keeping the ids of unchanged quotes', async () => {
    const first = await ingest(env, BRIEFING);
    expect(first).toMatchObject({ created: true, updated: false });
    const before = await quotesOf(env, first.article.id);
    const base = byWords(before.quotes, 'no foreign military base');
    const training = byWords(before.quotes, 'every month');
    expect(base?.speaker?.slug).toBe('tomas-verenko');
    expect(training).toBeDefined();
    expect(byWords(before.quotes, 'power line')?.speaker?.slug).toBe('igor-belyavin');

    const corrected = await ingest(env, CORRECTED);
    expect(corrected).toMatchObject({
      created: false,
      updated: true,
      article: {
        id: first.article.id,
        title: CORRECTED.title,
        body: CORRECTED.body.join('\n'),
        publishedAt: '2026-03-02T10:30:00.000Z',
      },
    });
    const after = await quotesOf(env, first.article.id);
    // The unchanged quote keeps its id and moves with the text; the changed one is new; the cut one is gone.
    const keptBase = byWords(after.quotes, 'no foreign military base');
    expect(keptBase?.id).toBe(base?.id);
    expect(keptBase?.startOffset).toBeGreaterThan(base?.startOffset ?? Infinity);
    const newTraining = byWords(after.quotes, 'every week');
    expect(newTraining?.speaker?.slug).toBe('tomas-verenko');
    expect(newTraining?.id).not.toBe(training?.id);
    expect(after.quotes.map((quote) => quote.id)).not.toContain(training?.id);
    expect(byWords(after.quotes, 'power line')).toBeUndefined();
    for (const quote of after.quotes)
      expect(after.body.slice(quote.startOffset, quote.endOffset)).toBe(quote.text);

    // The speaker quoted only in the cut paragraph is gone; the place of its quote stays (places are shared).
    const gone = await env.graphql<{ speaker: unknown; locations: { nodes: { name: string }[] } }>(
      `{ speaker(slug: "igor-belyavin") { name } locations(search: "Lida") { nodes { name } } }`,
    );
    expect(gone.data?.speaker).toBeNull();
    expect(gone.data?.locations.nodes.map((place) => place.name)).toContain('Lida');
    const search = await env.graphql<{ quotes: { totalCount: number } }>(
      `{ quotes(filter: { search: "power line" }) { totalCount } }`,
    );
    expect(search.data?.quotes.totalCount).toBe(0);

    // The same corrected text again: unchanged, and not a row written.
    const versions = await rowVersions(env, numericId(first.article.id));
    expect(await ingest(env, CORRECTED)).toMatchObject({ created: false, updated: false });
    expect(await rowVersions(env, numericId(first.article.id))).toEqual(versions);
  });

  it('updateArticle replaces an article by id; unknown ids, other articles’ URLs or text, and no token are refused', async () => {
    const draft: Draft = {
      title: 'Transport minister on new trains (update test)',
      body: [
        'Transport Minister Olga Smeyanova visited the Mogilev railway station on Friday.',
        '“Twelve new trains will run between Mogilev and Minsk by December,” Smeyanova said.',
      ],
    };
    const stored = await ingest(env, draft);
    const quote = byWords((await quotesOf(env, stored.article.id)).quotes, 'Twelve new trains');
    const fixedBody = [
      'Transport Minister Olga Smeyanova visited the Mogilev railway station on Thursday.',
      '“Twelve new trains will run between Mogilev and Minsk by December,” Smeyanova said.',
      '“Tickets will cost the same as today,” she added.',
    ];
    const updated = await edit(UPDATE, {
      id: stored.article.id,
      input: input({ ...draft, body: fixedBody }),
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.['updateArticle']).toMatchObject({
      created: false,
      updated: true,
      article: { id: stored.article.id, body: fixedBody.join('\n'), extractorVersion: expect.any(Number) },
    });
    const after = await quotesOf(env, stored.article.id);
    expect(byWords(after.quotes, 'Twelve new trains')?.id).toBe(quote?.id);
    expect(byWords(after.quotes, 'Tickets will cost')?.speaker?.slug).toBe('olga-smeyanova');

    const again = await edit(UPDATE, { id: stored.article.id, input: input({ ...draft, body: fixedBody }) });
    expect(again.data?.['updateArticle']).toMatchObject({ updated: false });

    const missing = await edit(UPDATE, { id: toGlobalId('Article', 987_654), input: input(draft) });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argumentName: 'id' });
    const malformed = await edit(UPDATE, { id: 'not-an-id', input: input(draft) });
    expect(malformed.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const otherUrl = await edit(UPDATE, {
      id: stored.article.id,
      input: input({ ...draft, body: fixedBody, url: BRIEFING.url }),
    });
    expect(otherUrl.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });
    const otherText = await edit(UPDATE, {
      id: stored.article.id,
      input: input({ ...CORRECTED, url: undefined }),
    });
    expect(otherText.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.body' });
    const anonymous = await env.graphql(
      UPDATE,
      { id: stored.article.id, input: input(draft) },
      { token: null },
    );
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    // None of the refused calls changed the article.
    expect((await quotesOf(env, stored.article.id)).body).toBe(fixedBody.join('\n'));
  });

  it('editorial fixes survive a correction and a re-extraction: a re-attributed quote, a merge, a rename', async () => {
    const kalina: Draft = {
      title: 'Foreign minister in Vitebsk (editorial correction test)',
      url: 'https://example.org/test/kalina-vitebsk',
      body: [
        'Foreign Minister Anna Kalinova arrived in Vitebsk on Tuesday.',
        '“Vitebsk will host the border talks in June,” Kalinova said.',
      ],
    };
    const dorosh: Draft = {
      title: 'Deputy minister on roads (editorial correction test)',
      url: 'https://example.org/test/dorosh-roads',
      body: [
        'Deputy Minister Pavel Doroshko toured road works near Gomel.',
        '“The Gomel bypass opens in August,” Doroshko said.',
        '“Repairs in Mozyr start next year,” Doroshko added.',
      ],
    };
    const kalinaId = (await ingest(env, kalina)).article.id;
    const doroshId = (await ingest(env, dorosh)).article.id;
    const talks = byWords((await quotesOf(env, kalinaId)).quotes, 'border talks');
    const bypass = byWords((await quotesOf(env, doroshId)).quotes, 'Gomel bypass');
    expect(bypass?.speaker?.slug).toBe('pavel-doroshko');

    // An editor attributes the Vitebsk quote to Verenko, merges Doroshko into Verenko, renames Kalinova.
    const fixed = await edit(
      `mutation($quote: ID!) { setQuoteSpeaker(quote: $quote, speaker: "tomas-verenko") { id } }`,
      { quote: talks?.id },
    );
    expect(fixed.errors).toBeUndefined();
    const merged = await edit(
      `mutation { mergeSpeakers(into: "tomas-verenko", from: "pavel-doroshko") { slug } }`,
    );
    expect(merged.errors).toBeUndefined();
    const renamed = await edit(
      `mutation { renameSpeaker(speaker: "anna-kalinova", name: "Anna Kalinowa") { slug } }`,
    );
    expect(renamed.errors).toBeUndefined();

    // Corrections that leave the quoted paragraphs as they were.
    const kalinaCorrected = { ...kalina, body: [...kalina.body.slice(0, 1), ...kalina.body.slice(1)] };
    kalinaCorrected.body[0] = 'Foreign Minister Anna Kalinova arrived in Vitebsk on Wednesday.';
    const doroshCorrected = { ...dorosh, body: [...dorosh.body] };
    doroshCorrected.body[0] = 'Deputy Minister Pavel Doroshko toured road works south of Gomel.';
    expect(await ingest(env, kalinaCorrected)).toMatchObject({ updated: true });
    expect(await ingest(env, doroshCorrected)).toMatchObject({ updated: true });

    const check = async (when: string) => {
      const kalinaQuotes = (await quotesOf(env, kalinaId)).quotes;
      expect(byWords(kalinaQuotes, 'border talks'), when).toMatchObject({
        id: talks?.id,
        speaker: { slug: 'tomas-verenko' },
      });
      const doroshQuotes = (await quotesOf(env, doroshId)).quotes;
      expect(byWords(doroshQuotes, 'Gomel bypass'), when).toMatchObject({
        id: bypass?.id,
        speaker: { slug: 'tomas-verenko' },
      });
      expect(
        doroshQuotes.every((quote) => quote.speaker?.slug === 'tomas-verenko'),
        when,
      ).toBe(true);
      // The merged-away speaker is not made again; the renamed one, now without quotes, is kept.
      const speakers = (await env.dataSource.query(
        `SELECT slug FROM speakers WHERE slug IN ('pavel-doroshko', 'anna-kalinowa') ORDER BY slug`,
      )) as { slug: string }[];
      expect(
        speakers.map((row) => row.slug),
        when,
      ).toEqual(['anna-kalinowa']);
    };
    await check('after the corrections');

    await env.dataSource.query(`UPDATE articles SET extractor_version = 0 WHERE id = ANY($1)`, [
      [numericId(kalinaId), numericId(doroshId)],
    ]);
    expect(await reextractArticle(env.dataSource, numericId(kalinaId))).toBe('unchanged');
    expect(await reextractArticle(env.dataSource, numericId(doroshId))).toBe('unchanged');
    await check('after a re-extraction');
    const versions = (await env.dataSource.query(`SELECT DISTINCT extractor_version AS v FROM articles`)) as {
      v: number;
    }[];
    expect(versions.map((row) => row.v)).not.toContain(0);
  });

  it('concurrent corrections of one article end as one of them, whole', async () => {
    const draft: Draft = {
      title: 'Health minister on hospitals (concurrency test)',
      url: 'https://example.org/test/concurrent-corrections',
      body: [
        'Health Minister Anna Belskova visited the hospital in Vitebsk.',
        '“The hospital in Vitebsk gets new scanners in May,” Belskova said.',
      ],
    };
    const { article } = await ingest(env, draft);
    const versions = Array.from({ length: 8 }, (_, index) => ({
      ...draft,
      body: [
        `Health Minister Anna Belskova visited the hospital in Vitebsk, visit ${index}.`,
        '“The hospital in Vitebsk gets new scanners in May,” Belskova said.',
        `“Doctors in Polotsk will get ${index + 2} new ambulances,” she added.`,
      ],
    }));
    const results = await Promise.all(
      versions.map((version) => env.graphql<{ ingestArticle: Payload }>(INGEST, { input: input(version) })),
    );
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    expect(results.some((result) => result.data?.ingestArticle.updated)).toBe(true);
    const final = await quotesOf(env, article.id);
    expect(versions.map((version) => version.body.join('\n'))).toContain(final.body);
    const taxonomy = await loadTaxonomy(env.dataSource.manager);
    const expected = extract(
      { title: draft.title, body: final.body, dateline: null, source: null },
      { taxonomy },
    );
    expect(final.quotes.map((quote) => quote.text).sort()).toEqual(
      expected.quotes.map((quote) => quote.text).sort(),
    );
    for (const quote of final.quotes)
      expect(final.body.slice(quote.startOffset, quote.endOffset)).toBe(quote.text);
  });

  it('work passed to ingestArticle commits with the new article or the correction, or neither is stored', async () => {
    const draft: Draft = {
      title: 'Agriculture minister on grain (same transaction test)',
      url: 'https://example.org/test/same-transaction',
      body: ['“Our grain exports through Brest grew by a tenth,” Agriculture Minister Ivan Krotov said.'],
    };
    const corrected: Draft = { ...draft, body: [...draft.body, '“Rye did best,” Krotov added.'] };
    const failing = async () => {
      throw new Error('the outcome could not be recorded');
    };
    const count = async () =>
      (
        (await env.dataSource.query(`SELECT count(*)::integer AS n FROM articles WHERE url = $1`, [
          draft.url,
        ])) as {
          n: number;
        }[]
      )[0]?.n;
    await expect(ingestArticle(env.dataSource, validated(draft), failing)).rejects.toThrow(
      'could not be recorded',
    );
    expect(await count()).toBe(0);

    const seen: { created: boolean; updated: boolean }[] = [];
    const record = async (_manager: unknown, stored: { created: boolean; updated: boolean }) => {
      seen.push({ created: stored.created, updated: stored.updated });
    };
    await ingestArticle(env.dataSource, validated(draft), record);
    await expect(ingestArticle(env.dataSource, validated(corrected), failing)).rejects.toThrow();
    const { article } = await ingestArticle(env.dataSource, validated(draft), record);
    expect((await quotesOf(env, toGlobalId('Article', article.id))).body).toBe(draft.body.join('\n'));
    await ingestArticle(env.dataSource, validated(corrected), record);
    expect(seen).toEqual([
      { created: true, updated: false },
      { created: false, updated: false },
      { created: false, updated: true },
    ]);
  });

  /** The two articles of a race: one quoting a speaker alone, then corrected without them; one quoting them too. */
  function raceArticles(name: string) {
    const surname = name.split(' ')[1] as string;
    const slug = name.toLowerCase().replace(' ', '-');
    const alone: Draft = {
      title: `Education minister in Pinsk, ${name} (race test)`,
      url: `https://example.org/test/race-${slug}`,
      body: [
        `Education Minister ${name} opened a school in Pinsk.`,
        `“Every child deserves a desk,” ${surname} said.`,
      ],
    };
    const dropped: Draft = { ...alone, body: ['The school in Pinsk opened on Monday without speeches.'] };
    const other: Draft = {
      title: `Education minister in Brest, ${name} (race test)`,
      url: `https://example.org/test/race-${slug}-other`,
      body: [`Education Minister ${name} visited Brest.`, `“Brest gets two new schools,” ${surname} said.`],
    };
    return { slug, alone, dropped, other };
  }

  /** Resolves once some session of this database waits for a row lock. */
  async function someoneWaitsForALock(): Promise<void> {
    for (let tries = 0; tries < 200; tries += 1) {
      const [row] = (await env.dataSource.query(
        `SELECT count(*)::integer AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      )) as { n: number }[];
      if ((row?.n ?? 0) > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('nobody waited for a lock');
  }

  it('a correction that leaves a speaker without quotes keeps them when an uncommitted ingest is quoting them', async () => {
    const race = raceArticles('Lidia Sorokovskaya');
    await ingest(env, race.alone);
    const other = await extractDocument(env.dataSource.manager, validated(race.other));
    const client = new Client({ connectionString: env.databaseUrl });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT * FROM ingest_article($1::jsonb)', [other.json]);
      const correction = ingest(env, race.dropped);
      await someoneWaitsForALock();
      await client.query('COMMIT');
      expect(await correction).toMatchObject({ updated: true });
    } finally {
      await client.end();
    }
    const stored = await env.graphql<{ speaker: { quoteCount: number } | null }>(
      `query($slug: String!) { speaker(slug: $slug) { quoteCount } }`,
      { slug: race.slug },
    );
    expect(stored.data?.speaker).toEqual({ quoteCount: 1 });
  });

  it('an ingest quoting a speaker that an uncommitted correction is deleting waits for it and makes them again', async () => {
    const race = raceArticles('Marina Sorokovskaya');
    const { article } = await ingest(env, race.alone);
    const dropped = await extractDocument(env.dataSource.manager, validated(race.dropped));
    let other: Promise<Payload> | undefined;
    await env.dataSource.transaction(async (manager) => {
      const replaced = await replaceArticle(manager, numericId(article.id), dropped.json, { force: false });
      expect(replaced.status).toBe('updated');
      other = ingest(env, race.other);
      await someoneWaitsForALock();
    });
    const stored = await other;
    const quotes = (await quotesOf(env, stored?.article.id ?? '')).quotes;
    expect(quotes.map((quote) => quote.speaker?.slug)).toEqual([race.slug]);
  });

  it('leaves the publication order and the topic/speaker roll-up true to the quotes after all these corrections', async () => {
    const [dates] = (await env.dataSource.query(
      `SELECT count(*)::integer AS n FROM quotes q JOIN articles a ON a.id = q.article_id
        WHERE q.published_sort IS DISTINCT FROM a.sort_at`,
    )) as { n: number }[];
    expect(dates?.n).toBe(0);
    const [links] = (await env.dataSource.query(
      `SELECT count(*)::integer AS n FROM quote_topics qt JOIN quotes q ON q.id = qt.quote_id
        WHERE qt.speaker_id IS DISTINCT FROM q.speaker_id OR qt.published_sort IS DISTINCT FROM q.published_sort`,
    )) as { n: number }[];
    expect(links?.n).toBe(0);
    const stored = await env.dataSource.query(
      `SELECT topic_id, speaker_id, quote_count FROM topic_speaker_counts ORDER BY 1, 2`,
    );
    const recounted = await env.dataSource.query(
      `SELECT qt.topic_id, q.speaker_id, count(*)::integer AS quote_count
         FROM quote_topics qt JOIN quotes q ON q.id = qt.quote_id
        WHERE q.speaker_id IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    expect(stored).toEqual(recounted);
  });
});
