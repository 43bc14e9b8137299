import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  ApolloServerPluginLandingPageLocalDefault,
  type ApolloServerPluginLandingPageLocalDefaultOptions,
} from '@apollo/server/plugin/landingPage/default';

/**
 * What the page shows while the Sandbox has not loaded (Apollo fades it in after a second; once the
 * Sandbox loads, it covers it). Offline, or where Apollo's CDN is blocked, this is all there is.
 */
const WITHOUT_THE_SANDBOX = `<div class="fallback">
  <h1>Quote Graph API</h1>
  <p>This page loads the Apollo Sandbox from Apollo's CDN (embeddable-sandbox.cdn.apollographql.com),
  which cannot be reached from here.</p>
  <p>Offline, use the newsroom explorer at <a href="/">/</a>: it is served by this server and needs no
  CDN. The API itself answers GraphQL over HTTP at this address.</p>
</div>`;

async function withGuidance(html: string | (() => Promise<string>)): Promise<string> {
  const page = typeof html === 'string' ? html : await html();
  const fallback = /<div class="fallback">[\s\S]*?<\/div>/;
  const guided = fallback.test(page)
    ? page.replace(fallback, WITHOUT_THE_SANDBOX)
    : page.replace('</body>', `${WITHOUT_THE_SANDBOX}</body>`);
  return guided.replace('<title>Apollo Server</title>', '<title>Quote Graph · Apollo Sandbox</title>');
}

/**
 * Given Apollo's local landing-page options, returns that landing page (the embedded Sandbox) with
 * its offline note replaced by ours: the Sandbox comes from Apollo's CDN, and the explorer at `/`
 * works without it. Apollo's own note only says "cannot be loaded".
 */
export function sandboxLandingPage(
  options: ApolloServerPluginLandingPageLocalDefaultOptions,
): ApolloServerPlugin<BaseContext> {
  const apollo = ApolloServerPluginLandingPageLocalDefault(options);
  return {
    async serverWillStart(service) {
      const listener = await apollo.serverWillStart?.(service);
      const render = listener?.renderLandingPage;
      if (!render) return listener;
      return {
        ...listener,
        renderLandingPage: async () => {
          const page = await render();
          return { html: () => withGuidance(page.html) };
        },
      };
    },
  };
}
