import { connectionType } from '../graphql/pagination/connection-type';
import { Location } from './location.entity';

/** A page of locations (Relay connection). */
export const LocationConnection = connectionType(Location, 'Location', 'locations');
