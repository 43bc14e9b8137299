import type { DataSource } from 'typeorm';

/** Given the DataSource and a time limit, returns whether Postgres answers `SELECT 1` in time. */
export async function isDatabaseReady(dataSource: DataSource, timeoutMs = 2_000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([
      dataSource.query('SELECT 1').then(
        () => true,
        () => false,
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
