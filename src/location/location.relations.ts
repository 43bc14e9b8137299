import { articlePage } from '../article/article-list';
import { nameSortedList } from '../graphql/pagination/simple-list';
import { describeType, lookup, one, page, SLUG_KEY } from '../graphql/relations';
import { quotePage, quotesWhere } from '../quote/quote-list';
import type { LocationListArgs } from './location-list.args';
import { locationSearchConditions } from './location-search';
import { ARTICLE_PLACES, namesPlaceWithin, QUOTE_PLACES } from './location-subtree';
import { Location } from './location.entity';

/** `Location`'s relations: what both query paths read for its non-column fields. */
export const LOCATION = describeType('Location', Location, {
  parent: one(Location, 'parentId'),
  quotes: quotePage(quotesWhere((place) => namesPlaceWithin(QUOTE_PLACES, 'q.id', place))),
  articles: articlePage((place) => namesPlaceWithin(ARTICLE_PLACES, 'a.id', place)),
});

/** The root fields that read places. */
export const LOCATION_ROOTS = {
  location: lookup('Location', Location, SLUG_KEY),
  locations: page(Location, 'x', (dataSource, args: LocationListArgs, params) =>
    nameSortedList(dataSource, Location, params, (own) => locationSearchConditions(args, own)),
  ),
};
