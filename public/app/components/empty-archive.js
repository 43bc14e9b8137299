import { html } from '../html.js';

const SEED = html`<code>npm run seed</code>`;
const INGEST = html`<code>npm run ingest -- FILES</code>`;
const MUTATION = html`<code>ingestArticle</code>`;

/**
 * What the quote list says when the archive holds nothing at all (no filter, no quote): how to load
 * articles, since a fresh external database starts empty and "no quotes match" would read as a bug.
 * (htm drops whitespace that spans a line break, so the sentence is joined from parts.)
 */
export const EMPTY_ARCHIVE = html`<span class="empty-archive"
  >${[
    'The archive is empty. Load the sample articles with ',
    SEED,
    ', or your own with ',
    INGEST,
    ' (.txt, .json, .jsonl or .html files, or folders of them), or send them to the ',
    MUTATION,
    ' mutation.',
  ]}</span
>`;
