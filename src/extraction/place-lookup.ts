/**
 * The one door from the speech pipeline to the place gazetteer (./places), so the people finder
 * and coreference read demonyms and place names from the same source as `result.locations`.
 */
export { demonymToCountry, findPlaces, isKnownPlaceName } from './places';
