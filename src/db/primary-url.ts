import type { DataSource } from 'typeorm';

/**
 * Given a DataSource, returns the URL of its primary: where writes go and the only server that
 * sends notifications (a hot standby accepts LISTEN but never delivers anything).
 */
export function primaryUrl(dataSource: DataSource): string {
  const options = dataSource.options;
  const url = options.type === 'postgres' ? (options.replication?.master.url ?? options.url) : undefined;
  if (!url) throw new Error('The DataSource names no Postgres primary URL to listen on.');
  return url;
}
