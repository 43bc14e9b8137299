import { describe, expect, it } from 'vitest';
import { reapplyEditorialFixes } from '../../src/editorial/reapply-editorial-fixes';
import { ingestSampleArticles, useTestEnvironment } from '../helpers/test-environment';

const QUOTE_OF = `query($url: String!) { article(url: $url) { id quotes(first: 100) { nodes { id text speaker { slug } } } } }`;

interface ArticleQuotes {
  article: {
    id: string;
    quotes: { nodes: { id: string; text: string; speaker: { slug: string } | null }[] };
  };
}

/** Editorial fixes over HTTP on a real Postgres: the token, the audit log, and fixes that outlive a new extraction. */
describe('editorial fixes', () => {
  const env = useTestEnvironment({}, ingestSampleArticles);
  const edit = (query: string, variables: Record<string, unknown> = {}) =>
    env.graphql(query, variables, { token: env.apiToken });

  it('refuse every change without the token and change nothing', async () => {
    for (const mutation of [
      `mutation { setQuoteSpeaker(quote: "UXVvdGU6MQ", speaker: "elena-marchuk") { id } }`,
      `mutation { mergeSpeakers(into: "elena-marchuk", from: "marta-kolosova") { slug } }`,
      `mutation { renameSpeaker(speaker: "elena-marchuk", name: "Someone Else") { slug } }`,
      `mutation { updateTopic(slug: "trade", input: { name: "Commerce" }) { slug } }`,
      `mutation { deleteTopic(slug: "trade") }`,
    ]) {
      const { errors } = await env.graphql(mutation, {}, { token: null });
      expect(errors?.[0]?.extensions?.['code'], mutation).toBe('UNAUTHENTICATED');
    }
    const { data } = await env.graphql<{ editorialEdits: { totalCount: number }; topic: { name: string } }>(
      `{ editorialEdits { totalCount } topic(slug: "trade") { name } }`,
    );
    expect(data).toEqual({ editorialEdits: { totalCount: 0 }, topic: { name: 'Trade' } });
  });

  it('attribute a quote to another speaker, logged with who and what, and kept when its article is extracted again', async () => {
    const url = 'https://example.org/sample/key-rate-inflation';
    const before = (await env.graphql<ArticleQuotes>(QUOTE_OF, { url })).data?.article;
    const quote = before?.quotes.nodes[0];
    if (!before || !quote) throw new Error('sample quote missing');
    const changed = await env.graphql<{ setQuoteSpeaker: { speaker: { slug: string } } }>(
      `mutation($quote: ID!) { setQuoteSpeaker(quote: $quote, speaker: "elena-marchuk") { speaker { slug } } }`,
      { quote: quote.id },
      { token: env.apiToken },
    );
    expect(changed.data?.setQuoteSpeaker.speaker.slug).toBe('elena-marchuk');

    // What a re-extraction does to the quote (the extractor's attribution comes back), then the call it makes.
    const [, quoteId] = Buffer.from(quote.id, 'base64url').toString().split(':');
    await env.dataSource.query(
      `UPDATE quotes SET speaker_id = (SELECT id FROM speakers WHERE slug = $1) WHERE id = $2`,
      [quote.speaker?.slug, Number(quoteId)],
    );
    const articleId = Number(Buffer.from(before.id, 'base64url').toString().split(':')[1]);
    const reapplied = await env.dataSource.transaction((manager) =>
      reapplyEditorialFixes(manager, articleId),
    );
    expect(reapplied).toEqual({ speakersFolded: 0, quotesFixed: 1 });
    const after = (await env.graphql<ArticleQuotes>(QUOTE_OF, { url })).data?.article;
    expect(after?.quotes.nodes.find((node) => node.id === quote.id)?.speaker?.slug).toBe('elena-marchuk');

    // A new extraction that cuts the quote a little differently still finds it by its place in the text.
    await env.dataSource.query(
      `UPDATE quotes SET speaker_id = NULL, start_offset = start_offset + 1, text = substr(text, 2) WHERE id = $1`,
      [Number(quoteId)],
    );
    expect(await env.dataSource.transaction((manager) => reapplyEditorialFixes(manager, articleId))).toEqual({
      speakersFolded: 0,
      quotesFixed: 1,
    });

    const log = await env.graphql<{
      editorialEdits: { nodes: { action: string; editor: string; summary: string }[] };
    }>(`{ editorialEdits(first: 1) { nodes { action editor summary } } }`);
    expect(log.data?.editorialEdits.nodes[0]).toEqual({
      action: 'SET_QUOTE_SPEAKER',
      editor: 'editor',
      summary: expect.stringMatching(/^Quote “.+” attributed to Elena Marchuk \(was National Bank\)$/),
    });
  });

  it('merge two speakers: quotes and names move, the old slug redirects, and a later article naming the duplicate counts for the merged one', async () => {
    const article = {
      title: 'Bank chair speaks in Gomel (editorial test)',
      url: 'https://example.org/test/kolosova-gomel',
      publishedAt: '2026-09-01T10:00:00Z',
      body: 'GOMEL, 1 September. Central bank chair Marta Kolosovaya spoke to students in Gomel.\n“Prices are calmer this autumn,” Kolosovaya said.',
    };
    await env.ingest(article);
    const duplicate = await env.graphql<{ speaker: { quoteCount: number; aliases: string[] } }>(
      `{ speaker(slug: "marta-kolosovaya") { quoteCount aliases } }`,
    );
    expect(duplicate.data?.speaker.quoteCount).toBe(1);
    const intoBefore = await env.graphql<{ speaker: { quoteCount: number } }>(
      `{ speaker(slug: "marta-kolosova") { quoteCount } }`,
    );

    const merged = await edit(
      `mutation { mergeSpeakers(into: "marta-kolosova", from: "marta-kolosovaya") { slug quoteCount aliases } }`,
    );
    expect(merged.errors).toBeUndefined();
    expect(merged.data?.['mergeSpeakers']).toEqual({
      slug: 'marta-kolosova',
      quoteCount: (intoBefore.data?.speaker.quoteCount ?? 0) + 1,
      aliases: expect.arrayContaining(['Marta Kolosovaya']),
    });
    const redirected = await env.graphql<{ speaker: { slug: string }; quotes: { totalCount: number } }>(
      `{ speaker(slug: "marta-kolosovaya") { slug } quotes(filter: { speaker: "marta-kolosovaya" }) { totalCount } }`,
    );
    expect(redirected.data).toEqual({
      speaker: { slug: 'marta-kolosova' },
      quotes: { totalCount: (intoBefore.data?.speaker.quoteCount ?? 0) + 1 },
    });

    // Stored again from scratch (deleted, ingested): the extractor names "Marta Kolosovaya" once more.
    const stored = (await env.graphql<ArticleQuotes>(QUOTE_OF, { url: article.url })).data?.article;
    await edit(`mutation($id: ID!) { deleteArticle(id: $id) }`, { id: stored?.id });
    await env.ingest(article);
    const again = (await env.graphql<ArticleQuotes>(QUOTE_OF, { url: article.url })).data?.article;
    expect(again?.quotes.nodes.map((quote) => quote.speaker?.slug)).toEqual(['marta-kolosova']);
    const gone = await env.dataSource.query(`SELECT 1 FROM speakers WHERE slug = 'marta-kolosovaya'`);
    expect(gone).toEqual([]);
  });

  it('refuse merging a speaker into itself or into nobody, with typed errors', async () => {
    const self = await edit(
      `mutation { mergeSpeakers(into: "elena-marchuk", from: "elena-marchuk") { slug } }`,
    );
    expect(self.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'from' });
    const nobody = await edit(
      `mutation { mergeSpeakers(into: "elena-marchuk", from: "nobody-at-all") { slug } }`,
    );
    expect(nobody.errors?.[0]?.message).toBe('No speaker "nobody-at-all".');
  });

  it('rename a speaker: the slug follows, the old slug redirects, the old name becomes an alias', async () => {
    const renamed = await edit(
      `mutation { renameSpeaker(speaker: "aram-hovsepyan", name: "Aram Hovsepian", role: "Foreign Minister of Armenia") { slug name role aliases } }`,
    );
    expect(renamed.data?.['renameSpeaker']).toEqual({
      slug: 'aram-hovsepian',
      name: 'Aram Hovsepian',
      role: 'Foreign Minister of Armenia',
      aliases: expect.arrayContaining(['Aram Hovsepyan']),
    });
    const old = await env.graphql<{ speaker: { slug: string } }>(
      `{ speaker(slug: "aram-hovsepyan") { slug } }`,
    );
    expect(old.data?.speaker.slug).toBe('aram-hovsepian');
    const clash = await edit(
      `mutation { renameSpeaker(speaker: "aram-hovsepian", name: "Elena Marchuk") { slug } }`,
    );
    expect(clash.errors?.[0]?.message).toBe(
      'Another speaker is called "Elena Marchuk": merge the two instead.',
    );
  });

  it('change a topic’s keywords and tag the stored quotes again; delete a topic and keep its quotes', async () => {
    const updated = await edit(
      `mutation { updateTopic(slug: "sanctions", input: { name: "Sanctions and embargoes", keywords: ["sanction", "embargo", "roadmap"] }) { slug name quoteCount keywords } }`,
    );
    expect(updated.errors).toBeUndefined();
    const topic = updated.data?.['updateTopic'] as { quoteCount: number; name: string };
    expect(topic.name).toBe('Sanctions and embargoes');
    // The new keyword tagged the stored quotes that use it: the topic's list now holds them.
    const tagged = await env.graphql<{ topic: { quotes: { nodes: { text: string }[] } } }>(
      `{ topic(slug: "sanctions") { quotes(first: 100) { nodes { text } } } }`,
    );
    const texts = tagged.data?.topic.quotes.nodes.map((node) => node.text) ?? [];
    expect(texts.length).toBe(topic.quoteCount);
    expect(texts.some((text) => /roadmap/i.test(text))).toBe(true);

    const { data: before } = await env.graphql<{ quotes: { totalCount: number } }>(
      `{ quotes { totalCount } }`,
    );
    expect((await edit(`mutation { deleteTopic(slug: "sanctions") }`)).data).toEqual({ deleteTopic: true });
    expect((await edit(`mutation { deleteTopic(slug: "sanctions") }`)).data).toEqual({ deleteTopic: false });
    const { data: after } = await env.graphql<{ quotes: { totalCount: number }; topic: null }>(
      `{ quotes { totalCount } topic(slug: "sanctions") { name } }`,
    );
    expect(after).toEqual({ quotes: before?.quotes, topic: null });
    const log = await env.graphql<{ editorialEdits: { nodes: { action: string }[] } }>(
      `{ editorialEdits(first: 2) { nodes { action } } }`,
    );
    expect(log.data?.editorialEdits.nodes.map((entry) => entry.action)).toEqual([
      'DELETE_TOPIC',
      'UPDATE_TOPIC',
    ]);
  });
});
