import { describe, expect, it } from 'vitest';
import { openQuoteGraphDatabase } from '../../src/composition';
import { EXTRACTOR_VERSION } from '../../src/extraction';
import { reextractArticle, runReextractCli } from '../../src/ingest/reextract';
import { ingestSampleArticles, useTestEnvironment, type TestEnvironment } from '../helpers/test-environment';
import { capture } from '../helpers/captured-stream';

/** Every row the extraction and the editors make, in a stable order: equal snapshots, nothing changed. */
async function snapshot(env: TestEnvironment): Promise<Record<string, unknown[]>> {
  const tables: Record<string, string> = {
    articles: `SELECT id, url, content_hash, source, title, body, dateline, published_at, ingested_at FROM articles ORDER BY id`,
    quotes: `SELECT id, article_id, speaker_id, text, kind, cue, paragraph, start_offset, end_offset FROM quotes ORDER BY id`,
    speakers: `SELECT * FROM speakers ORDER BY id`,
    locations: `SELECT * FROM locations ORDER BY id`,
    quoteTopics: `SELECT * FROM quote_topics ORDER BY quote_id, topic_id`,
    quoteLocations: `SELECT * FROM quote_locations ORDER BY quote_id, location_id`,
    articleLocations: `SELECT * FROM article_locations ORDER BY article_id, location_id`,
    editorialFixes: `SELECT * FROM editorial_fixes ORDER BY id`,
    speakerRedirects: `SELECT * FROM speaker_redirects ORDER BY slug`,
  };
  const result: Record<string, unknown[]> = {};
  for (const [name, sql] of Object.entries(tables)) result[name] = await env.dataSource.query(sql);
  return result;
}

describe('npm run reextract', () => {
  const env = useTestEnvironment({}, ingestSampleArticles);

  const run = async (argv: string[]) => {
    const stdout = capture();
    const stderr = capture();
    const status = await runReextractCli({
      argv,
      env: { DATABASE_URL: env.databaseUrl },
      stdout: stdout.stream,
      stderr: stderr.stream,
      openDatabase: openQuoteGraphDatabase,
    });
    return { status, stdout: stdout.text(), stderr: stderr.text() };
  };

  it('after an extractor version bump, extracts the sample data again and changes nothing that did not change', async () => {
    // An editor's fix, which the re-extraction must keep.
    const [quote] = (await env.dataSource.query(
      `SELECT q.id FROM quotes q JOIN speakers s ON s.id = q.speaker_id ORDER BY q.id LIMIT 1`,
    )) as { id: number }[];
    const fixed = await env.graphql(
      `mutation($quote: ID!) { setQuoteSpeaker(quote: $quote, speaker: "elena-marchuk") { id } }`,
      { quote: Buffer.from(`Quote:${quote?.id}`).toString('base64url') },
    );
    expect(fixed.errors).toBeUndefined();
    const before = await snapshot(env);
    expect(before['quotes']?.length).toBeGreaterThan(20);

    // What a bump of EXTRACTOR_VERSION makes of the stored articles: all outdated.
    await env.dataSource.query(`UPDATE articles SET extractor_version = $1`, [EXTRACTOR_VERSION - 1]);
    const articles = before['articles']?.length ?? 0;
    const outdated = await run(['--outdated']);
    expect(outdated.stderr).toMatch(/extracted \d+\/\d+/);
    expect(outdated.stdout).toMatch(
      new RegExp(
        `^${articles} articles extracted again in [\\d.]+s \\(extractor version ${EXTRACTOR_VERSION}\\): 0 changed, ${articles} unchanged, 0 failed\\n$`,
      ),
    );
    expect(outdated.status).toBe(0);
    expect(await snapshot(env)).toEqual(before);
    const versions = (await env.dataSource.query(
      `SELECT extractor_version AS version, count(*)::integer AS n FROM articles GROUP BY 1`,
    )) as { version: number; n: number }[];
    expect(versions).toEqual([{ version: EXTRACTOR_VERSION, n: articles }]);

    // Nothing is outdated any more; --all goes over everything again, with the same result.
    expect((await run([])).stdout).toMatch(/^0 articles extracted again/);
    expect((await run(['--all', '--concurrency', '3'])).stdout).toMatch(
      new RegExp(`: 0 changed, ${articles} unchanged, 0 failed\\n$`),
    );
    expect(await snapshot(env)).toEqual(before);
  });

  it('puts back what an older extractor missed and keeps the ids of the quotes it had', async () => {
    // An older extractor's output: one quote missing, one topic tag missing, one quote cut shorter.
    const [article] = (await env.dataSource.query(
      `SELECT article_id AS id FROM quotes q GROUP BY article_id
        HAVING count(*) >= 3 AND bool_or(EXISTS (SELECT 1 FROM quote_topics t WHERE t.quote_id = q.id))
        ORDER BY article_id LIMIT 1`,
    )) as { id: number }[];
    const articleId = article?.id ?? 0;
    const full = (await env.dataSource.query(
      `SELECT id, text, start_offset, (SELECT min(topic_id) FROM quote_topics t WHERE t.quote_id = q.id) AS topic
         FROM quotes q WHERE article_id = $1 ORDER BY start_offset`,
      [articleId],
    )) as { id: number; text: string; start_offset: number; topic: number | null }[];
    const tagged = full.find((quote) => quote.topic !== null);
    const [missing, shorter] = full.filter((quote) => quote !== tagged);
    if (!tagged || !missing || !shorter)
      throw new Error('sample article with three quotes, one tagged, missing');
    await env.dataSource.query(`DELETE FROM quotes WHERE id = $1`, [missing.id]);
    await env.dataSource.query(`DELETE FROM quote_topics WHERE quote_id = $1 AND topic_id = $2`, [
      tagged.id,
      tagged.topic,
    ]);
    await env.dataSource.query(
      `UPDATE quotes SET text = left(text, 5), end_offset = start_offset + 5 WHERE id = $1`,
      [shorter.id],
    );
    await env.dataSource.query(`UPDATE articles SET extractor_version = 0 WHERE id = $1`, [articleId]);

    expect(await reextractArticle(env.dataSource, articleId)).toBe('changed');
    const after = (await env.dataSource.query(
      `SELECT id, text, start_offset FROM quotes WHERE article_id = $1 ORDER BY start_offset`,
      [articleId],
    )) as { id: number; text: string; start_offset: number }[];
    expect(after.map((quote) => quote.text)).toEqual(full.map((quote) => quote.text));
    expect(after.find((quote) => quote.id === tagged.id)).toBeDefined();
    // The quote that was missing and the one whose words differed are new; every other keeps its id.
    expect(after.map((quote) => [missing.id, shorter.id].includes(quote.id))).toEqual(full.map(() => false));
    expect(after.filter((quote) => !full.some((old) => old.id === quote.id))).toHaveLength(2);
    const restored = (await env.dataSource.query(
      `SELECT 1 FROM quote_topics WHERE quote_id = $1 AND topic_id = $2`,
      [tagged.id, tagged.topic],
    )) as unknown[];
    expect(restored).toHaveLength(1);
    expect(await reextractArticle(env.dataSource, articleId)).toBe('unchanged');
  });

  it('answers --help without touching the database, and refuses unknown or clashing flags in one line with status 2', async () => {
    const help = await run(['--help']);
    expect(help).toMatchObject({ status: 0, stderr: '' });
    expect(help.stdout).toMatch(/^Usage: npm run reextract -- \[--outdated \| --all\]/);
    for (const argv of [['--everything'], ['--all', '--outdated'], ['--concurrency', 'many'], ['stray']]) {
      const refused = await run(argv);
      expect(refused.status, argv.join(' ')).toBe(2);
      expect(refused.stdout).toBe('');
      expect(refused.stderr, argv.join(' ')).toMatch(/^reextract: [^\n]+ \(see --help\)\n$/);
    }
  });
});
