import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app';
import { startExtraApp } from '../helpers/extra-app';
import { militaryBaseArticle } from '../helpers/sample-text';
import { useTestEnvironment } from '../helpers/test-environment';

const QUERY = `{ speaker(slug: "tomas-verenko") { name locations { name kind } } }`;

// SAMPLE DATA: the minister's quotes name Grodno and Brest; Minsk is only in the narration.
describe('Speaker.locations', () => {
  const env = useTestEnvironment({}, async (env) => {
    await env.ingest(militaryBaseArticle(1));
    await env.ingest(militaryBaseArticle(2));
  });
  let resolvers: RunningApp;
  beforeAll(async () => {
    ({ app: resolvers } = await startExtraApp(env, { COMPILE_QUERIES: 'false' }));
  });
  afterAll(async () => {
    await resolvers.close();
  });

  it.each([
    ['compiled', () => env.url],
    ['resolvers', () => resolvers.url],
  ])('lists the places the speaker’s quotes name, once each, by name (%s)', async (_mode, url) => {
    const result = await env.graphql<{ speaker: { locations: { name: string; kind: string }[] } }>(
      QUERY,
      {},
      { url: url() },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.speaker.locations).toEqual([
      { name: 'Brest', kind: 'CITY' },
      { name: 'Grodno', kind: 'CITY' },
    ]);
  });
});
