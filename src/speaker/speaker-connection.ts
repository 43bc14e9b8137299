import { connectionType } from '../graphql/pagination/connection-type';
import { Speaker } from './speaker.entity';

/** A page of speakers (Relay connection). */
export const SpeakerConnection = connectionType(Speaker, 'Speaker', 'speakers');
