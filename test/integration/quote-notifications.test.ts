import { Client } from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNotificationListener } from '../../src/db/notification-listener';
import { militaryBaseArticle } from '../helpers/sample-text';
import { useTestEnvironment } from '../helpers/test-environment';

/** The quote ids a list of payloads carries, smallest first. */
const idsIn = (payloads: readonly string[]) =>
  payloads.flatMap((payload) => payload.split(',').map(Number)).sort((x, y) => x - y);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A raw LISTEN client on `quote_added` that keeps every payload it hears. */
async function listen(databaseUrl: string): Promise<{ client: Client; payloads: string[] }> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const payloads: string[] = [];
  client.on('notification', (message) => payloads.push(message.payload ?? ''));
  await client.query('LISTEN quote_added');
  return { client, payloads };
}

/** Inserts `count` copies of an existing quote in one statement (reported speech, fresh offsets). */
const COPY_QUOTES = `INSERT INTO quotes (article_id, speaker_id, text, kind, cue, paragraph, start_offset, end_offset)
  SELECT q.article_id, q.speaker_id, q.text || ' copy ' || n, q.kind, q.cue, q.paragraph, 100000 + n, 100000 + n
  FROM (SELECT * FROM quotes ORDER BY id LIMIT 1) q, generate_series(1, $1::int) n`;

describe('the quotes trigger notifies new quote ids with the commit that stores them', () => {
  const env = useTestEnvironment();
  let listener: Awaited<ReturnType<typeof listen>>;
  let writer: Client;
  beforeAll(async () => {
    listener = await listen(env.databaseUrl);
    writer = new Client({ connectionString: env.databaseUrl });
    await writer.connect();
  });
  afterAll(async () => {
    await listener?.client.end();
    await writer?.end();
  });

  it("sends an ingested article's quote ids, once, when the ingest commits", async () => {
    const { id } = await env.ingest(militaryBaseArticle(1));
    await pause(200);
    const rows = (await writer.query<{ id: number }>('SELECT id FROM quotes ORDER BY id')).rows;
    expect(rows.length).toBeGreaterThan(0);
    expect(idsIn(listener.payloads)).toEqual(rows.map((row) => row.id));
    expect(id).toBeTruthy();
  });

  it('sends nothing before COMMIT and nothing at all on ROLLBACK', async () => {
    listener.payloads.length = 0;
    await writer.query('BEGIN');
    await writer.query(COPY_QUOTES, [2]);
    await pause(300);
    expect(listener.payloads).toEqual([]);
    await writer.query('ROLLBACK');
    await pause(300);
    expect(listener.payloads).toEqual([]);

    await writer.query('BEGIN');
    const inserted = await writer.query<{ id: number }>(`${COPY_QUOTES} RETURNING id`, [2]);
    await pause(300);
    expect(listener.payloads).toEqual([]);
    await writer.query('COMMIT');
    await pause(300);
    expect(idsIn(listener.payloads)).toEqual(inserted.rows.map((row) => row.id).sort((x, y) => x - y));
  });

  it('splits a statement of many quotes into notifications under the 8,000-byte payload limit', async () => {
    listener.payloads.length = 0;
    const inserted = await writer.query<{ id: number }>(`${COPY_QUOTES} RETURNING id`, [800]);
    await pause(500);
    // 800 consecutive ids fall into three or four buckets of 350.
    expect(listener.payloads.length).toBeGreaterThanOrEqual(3);
    expect(listener.payloads.length).toBeLessThanOrEqual(4);
    for (const payload of listener.payloads) {
      expect(payload.split(',').length).toBeLessThanOrEqual(350);
      expect(Buffer.byteLength(payload)).toBeLessThan(8_000);
    }
    expect(idsIn(listener.payloads)).toEqual(inserted.rows.map((row) => row.id).sort((x, y) => x - y));
  });

  it('the shared listener reconnects after its connection is killed and hears later notifications', async () => {
    const shared = createNotificationListener({
      url: env.databaseUrl,
      logger: pino({ level: 'silent' }),
      initialBackoffMs: 50,
    });
    const heard: string[] = [];
    await shared.subscribe('quote_added', (payload) => heard.push(payload));
    const killed = await writer.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'quote-graph-listen' AND datname = current_database()`,
    );
    expect(killed.rowCount).toBeGreaterThanOrEqual(1);
    let inserted: number[] = [];
    for (let attempt = 0; attempt < 50 && heard.length === 0; attempt += 1) {
      await pause(100);
      inserted = (await writer.query<{ id: number }>(`${COPY_QUOTES} RETURNING id`, [1])).rows.map(
        (row) => row.id,
      );
      await pause(100);
    }
    expect(heard.at(-1)).toBe(String(inserted[0]));
    await shared.close();
  });
});
