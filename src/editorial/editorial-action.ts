import { registerEnumType } from 'type-graphql';

/** What an editor changed. */
export enum EditorialAction {
  SET_QUOTE_SPEAKER = 'SET_QUOTE_SPEAKER',
  MERGE_SPEAKERS = 'MERGE_SPEAKERS',
  RENAME_SPEAKER = 'RENAME_SPEAKER',
  UPDATE_TOPIC = 'UPDATE_TOPIC',
  DELETE_TOPIC = 'DELETE_TOPIC',
}

registerEnumType(EditorialAction, {
  name: 'EditorialAction',
  description: 'The kind of an editorial fix.',
  valuesConfig: {
    SET_QUOTE_SPEAKER: { description: 'A quote was attributed to another speaker.' },
    MERGE_SPEAKERS: { description: 'Two speakers found to be one person were merged.' },
    RENAME_SPEAKER: { description: "A speaker's name or role was corrected." },
    UPDATE_TOPIC: {
      description: "A topic's name, description or keywords changed; its quotes were tagged again.",
    },
    DELETE_TOPIC: { description: 'A topic was removed from the taxonomy.' },
  },
});
