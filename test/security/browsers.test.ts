import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app';
import { createTestEnvironment, type TestEnvironment } from '../helpers/test-environment';
import { startExtraApp } from '../helpers/extra-app';
import { rawRequest } from './helpers/raw-request';

const APP = 'https://app.example.org';
const QUERY = '{ topics { slug } }';

const post = (url: string, headers: Record<string, string>, body = JSON.stringify({ query: QUERY })) =>
  rawRequest(url, { method: 'POST', headers, body });

const preflight = (url: string, origin: string) =>
  rawRequest(url, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type, authorization',
    },
  });

describe('browsers', () => {
  let env: TestEnvironment;
  let anyOrigin: RunningApp;
  let noOrigin: RunningApp;
  beforeAll(async () => {
    env = await createTestEnvironment({ CORS_ORIGINS: `${APP}, https://admin.example.org` });
    anyOrigin = (await startExtraApp(env, { CORS_ORIGINS: '*', LOG_LEVEL: 'silent' })).app;
    noOrigin = (await startExtraApp(env, { LOG_LEVEL: 'silent' })).app;
  });
  afterAll(async () => {
    await anyOrigin?.close();
    await noOrigin?.close();
    await env?.close();
  });

  it('allows exactly the origins in CORS_ORIGINS, preflight included', async () => {
    const allowed = await post(env.url, { origin: APP, 'content-type': 'application/json' });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(APP);
    expect(allowed.headers.get('access-control-expose-headers')).toContain('x-request-id');
    expect(allowed.headers.get('vary')).toMatch(/origin/i);
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();

    const allowedPreflight = await preflight(env.url, APP);
    expect(allowedPreflight.status).toBe(204);
    expect(allowedPreflight.headers.get('access-control-allow-origin')).toBe(APP);
    expect(allowedPreflight.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
    for (const header of ['content-type', 'authorization', 'apollo-require-preflight']) {
      expect(allowedPreflight.headers.get('access-control-allow-headers')).toContain(header);
    }

    const foreign = await post(env.url, {
      origin: 'https://evil.example',
      'content-type': 'application/json',
    });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect(foreign.headers.get('vary')).toMatch(/origin/i);
    const foreignPreflight = await preflight(env.url, 'https://evil.example');
    expect(foreignPreflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(foreignPreflight.headers.get('access-control-allow-methods')).toBeNull();
  });

  it('allows any origin with CORS_ORIGINS=*, and none when it is unset', async () => {
    const any = await post(anyOrigin.url, {
      origin: 'https://anyone.example',
      'content-type': 'application/json',
    });
    expect(any.headers.get('access-control-allow-origin')).toBe('*');
    const none = await post(noOrigin.url, { origin: APP, 'content-type': 'application/json' });
    expect(none.status).toBe(200);
    expect(none.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses with 400 what a page could send cross-site without a preflight (CSRF prevention)', async () => {
    const search = `?query=${encodeURIComponent(QUERY)}`;
    const simpleGet = await rawRequest(`${env.url}${search}`, { headers: { accept: 'application/json' } });
    expect(simpleGet.status).toBe(400);
    expect(simpleGet.json?.errors?.[0]?.message).toMatch(/CSRF/);
    const preflightedGet = await rawRequest(`${env.url}${search}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(preflightedGet.status).toBe(200);
    expect(preflightedGet.json?.errors).toBeUndefined();

    for (const contentType of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const simplePost = await post(env.url, { 'content-type': contentType });
      expect(simplePost.status, contentType).toBe(400);
      expect(simplePost.text, contentType).toMatch(/CSRF/);
    }
    const jsonPost = await post(env.url, { 'content-type': 'application/json' });
    expect(jsonPost.status).toBe(200);
  });

  it('runs no mutation over GET, even with the preflight header and the token', async () => {
    const mutation = encodeURIComponent('mutation { deleteArticle(id: "QXJ0aWNsZTox") }');
    const response = await rawRequest(`${env.url}?query=${mutation}`, {
      headers: { 'apollo-require-preflight': 'true', authorization: `Bearer ${env.apiToken}` },
    });
    expect(response.status).toBe(405);
  });

  it('refuses a body that is not JSON with 400 BAD_REQUEST', async () => {
    const response = await post(env.url, { 'content-type': 'application/json' }, '{"query": ');
    expect(response.status).toBe(400);
    expect(response.json?.errors?.[0]?.extensions?.['code']).toBe('BAD_REQUEST');
  });
});
