import { connectionType } from '../graphql/pagination/connection-type';
import { Quote } from './quote.entity';

/** A page of quotes (Relay connection). */
export const QuoteConnection = connectionType(Quote, 'Quote', 'quotes');
