export { runIngestCli, EXIT, type CliIo } from './run-ingest-cli';
