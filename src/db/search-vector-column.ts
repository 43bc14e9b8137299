import type { ColumnOptions } from 'typeorm';

/**
 * Given the expression a `tsvector` is generated from, returns the options of that stored generated
 * column: declared so TypeORM's schema diff knows it, never selected, inserted or updated.
 */
export const searchVectorColumn = (expression: string): ColumnOptions => ({
  type: 'tsvector',
  select: false,
  insert: false,
  update: false,
  nullable: true,
  generatedType: 'STORED',
  asExpression: expression,
});
