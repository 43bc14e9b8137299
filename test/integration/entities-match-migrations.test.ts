import { describe, expect, it } from 'vitest';
import { useTestEnvironment } from '../helpers/test-environment';

/**
 * The entities describe the migrated database exactly: TypeORM's own schema diff, run against it,
 * finds nothing to change. A decorator that disagrees with a migration (an index name, a foreign
 * key's shape, a column's type or default) fails here rather than misleading whoever reads it.
 */
describe('entities and migrations', () => {
  const env = useTestEnvironment();

  it('leave TypeORM nothing to change', async () => {
    const diff = await env.dataSource.driver.createSchemaBuilder().log();
    expect(diff.upQueries.map((query) => query.query)).toEqual([]);
  });
});
