/** Given a replica's URL, returns the name logs and `/ready` show for it: host, port and database, never credentials. */
export function replicaName(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
}
