import { describe, expect, it } from 'vitest';
import { EXAMPLE_OPERATION, EXAMPLE_VARIABLES } from '../../src/graphql/example-operation';
import { useTestEnvironment } from '../helpers/test-environment';

describe('the Apollo Sandbox at /graphql', () => {
  const env = useTestEnvironment();

  it('answers a browser with the embedded Sandbox, opened on the example operation', async () => {
    const response = await fetch(env.url, { headers: { accept: 'text/html' } });
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html).toContain('embeddable-sandbox');
    // The landing page carries its configuration as JSON inside a script.
    expect(html).toContain(JSON.stringify(EXAMPLE_OPERATION).slice(1, 80));
    expect(html).toContain('"variables":' + JSON.stringify(EXAMPLE_VARIABLES));
    expect(html).toContain('"includeCookies":false');
  });

  it("says the Sandbox comes from Apollo's CDN and, for offline use, links to the explorer at /", async () => {
    const html = await (await fetch(env.url, { headers: { accept: 'text/html' } })).text();
    const fallback = /<div class="fallback">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
    expect(fallback).toContain("Apollo's CDN");
    expect(fallback).toMatch(/Offline, use the newsroom explorer at <a href="\/">\/<\/a>/);
    expect(html).not.toContain('cannot be loaded; it appears that you might be offline');
    // The link leads somewhere real: the explorer is served by this server.
    const explorer = await fetch(new URL('/', env.url), { headers: { accept: 'text/html' } });
    expect(explorer.status).toBe(200);
    expect(await explorer.text()).toContain('<script type="module"');
  });

  it('runs the example operation without errors, so the first click in the Sandbox works', async () => {
    const result = await env.graphql(EXAMPLE_OPERATION, EXAMPLE_VARIABLES, { token: null });
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({ topic: { name: 'Military bases' } });
  });

  it('answers a program that asks for JSON with GraphQL, not the page, once it sends a preflight header', async () => {
    const url = `${env.url}?query=${encodeURIComponent('{ __typename }')}`;
    // CSRF prevention: a GET a browser could send cross-site without a preflight is refused.
    const plain = await fetch(url, { headers: { accept: 'application/json' } });
    expect(plain.status).toBe(400);
    const response = await fetch(url, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
