/**
 * The version of the extraction rules, stored with every article (`articles.extractor_version`) so
 * that `npm run reextract -- --outdated` knows which articles an improved extractor should see again.
 *
 * Bump it (by one) in the change that alters what `extract` returns for some text: other quote
 * spans, speakers, attributions, places or topics. Do not bump it for refactors, speed-ups or
 * changes the golden fixtures do not see; a topic edit needs no bump either (stored quotes are
 * tagged again in SQL).
 */
export const EXTRACTOR_VERSION = 1;
