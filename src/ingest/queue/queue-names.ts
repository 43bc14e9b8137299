/** The Postgres schema pg-boss keeps its tables in (created by migration JobQueueSchema). */
export const QUEUE_SCHEMA = 'pgboss';

/** Jobs that ingest one article each. */
export const INGEST_QUEUE = 'ingest-article';

/** Where pg-boss moves an ingest job that failed its last retry, so its failure is recorded. */
export const INGEST_DEAD_LETTER_QUEUE = 'ingest-article-failed';

/** Jobs that run the current extractor again over one stored article each. */
export const REEXTRACT_QUEUE = 'reextract-article';
