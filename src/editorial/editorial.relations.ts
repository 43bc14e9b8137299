import { selectColumns } from '../db/hydrate';
import { describeType, page } from '../graphql/relations';
import type { PageArgs } from '../graphql/pagination/page-args';
import { EditorialEdit } from './editorial-edit.entity';

/** `EditorialEdit` has columns only. */
export const EDITORIAL_EDIT = describeType('EditorialEdit', EditorialEdit, {});

/** The root fields that read the audit log. */
export const EDITORIAL_ROOTS = {
  editorialEdits: page(EditorialEdit, 'e', (dataSource, _args: PageArgs, params) => ({
    from: 'editorial_edits e',
    scope: () => 'TRUE',
    select: selectColumns(dataSource, EditorialEdit, 'e'),
    sort: [{ sql: 'e.id', cast: 'integer' }],
    direction: 'DESC',
    conditions: [],
    params,
  })),
};
