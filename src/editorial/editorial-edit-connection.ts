import { connectionType } from '../graphql/pagination/connection-type';
import { EditorialEdit } from './editorial-edit.entity';

/** A page of the audit log (Relay connection). */
export const EditorialEditConnection = connectionType(EditorialEdit, 'EditorialEdit', 'editorial edits');
