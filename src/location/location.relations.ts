import { articlePage, PLACE_ARTICLES } from '../article/article-list';
import { nameSortedList } from '../graphql/pagination/simple-list';
import { describeType, lookup, one, page, SLUG_KEY } from '../graphql/relations';
import { PLACE_QUOTES, quotePage } from '../quote/quote-list';
import type { LocationListArgs } from './location-list.args';
import { locationSearchConditions } from './location-search';
import { Location } from './location.entity';

/** `Location`'s relations: what both query paths read for its non-column fields. */
export const LOCATION = describeType('Location', Location, {
  parent: one(Location, 'parentId'),
  quotes: quotePage(PLACE_QUOTES),
  articles: articlePage(PLACE_ARTICLES),
});

/** The root fields that read places. */
export const LOCATION_ROOTS = {
  location: lookup('Location', Location, SLUG_KEY),
  locations: page(Location, 'x', (dataSource, args: LocationListArgs, params) =>
    nameSortedList(dataSource, Location, params, (own) => locationSearchConditions(args, own)),
  ),
};
