export { runIngestCli } from './run-ingest-cli';
