// Every operation the explorer sends. Page sizes are literals where lists nest, so the server's cost
// limit counts them exactly (a page size from a variable is counted as 100).

const QUOTE_CARD = `
  fragment QuoteCard on Quote {
    id text kind startOffset endOffset
    speaker { slug name role }
    article { id title url source publishedAt body }
  }`;

/** One page of a result list. */
export const QUOTE_PAGE = `query QuotePage($first: Int!, $after: String, $filter: QuoteFilter, $orderBy: QuoteOrder) {
  quotes(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { ...QuoteCard }
  }
}${QUOTE_CARD}`;

/** New quotes as they are stored, in the shape of a result list's cards. */
export const LIVE_QUOTES = `subscription LiveQuotes($topic: String, $speaker: String, $location: String) {
  quoteAdded(topic: $topic, speaker: $speaker, location: $location) { ...QuoteCard }
}${QUOTE_CARD}`;

/** The charts of a result list: quotes per bucket and the places they name. */
export const RESULT_CHARTS = `query ResultCharts($filter: QuoteFilter, $interval: TimelineInterval!) {
  quoteTimeline(filter: $filter, interval: $interval) { start count }
  quoteLocations(filter: $filter, first: 60) {
    quoteCount
    location { slug name kind latitude longitude }
  }
}`;

export const TOPICS = `query Topics { topics { slug name quoteCount } }`;

export const SPEAKER_SUGGESTIONS = `query SpeakerSuggestions($search: String) {
  speakers(first: 8, search: $search) { nodes { slug name role quoteCount } }
}`;

export const PLACE_SUGGESTIONS = `query PlaceSuggestions($search: String) {
  locations(first: 8, search: $search) { nodes { slug name kind parent { name } } }
}`;

/** Names for the chips of the active filters (a slug in the URL is shown by its name). */
export const FILTER_NAMES = `query FilterNames($speaker: String!, $place: String!, $withSpeaker: Boolean!, $withPlace: Boolean!) {
  speaker(slug: $speaker) @include(if: $withSpeaker) { slug name }
  location(slug: $place) @include(if: $withPlace) { slug name }
}`;

export const SPEAKER_PAGE = `query SpeakerPage($slug: String!) {
  speaker(slug: $slug) {
    id slug name role aliases isOrganization quoteCount
    topTopics(first: 10) { quoteCount topic { slug name } }
    articles(first: 1) { totalCount }
  }
}`;

export const TOPIC_PAGE = `query TopicPage($slug: String!) {
  topic(slug: $slug) {
    id slug name description keywords weakKeywords quoteCount
    topSpeakers(first: 10) { quoteCount speaker { slug name role } }
    articles(first: 1) { totalCount }
  }
}`;

export const PLACE_PAGE = `query PlacePage($slug: String!) {
  location(slug: $slug) {
    id slug name kind countryCode latitude longitude
    parent { slug name kind parent { slug name kind parent { slug name kind } } }
    articles(first: 1) { totalCount }
  }
}`;

export const ARTICLE_PAGE = `query ArticlePage($id: ID!, $after: String) {
  article(id: $id) {
    id title url source dateline publishedAt body
    locations { slug name }
    topics { slug name }
    quotes(first: 100, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id kind startOffset endOffset speaker { slug name role } }
    }
  }
}`;

export const QUOTE_DETAIL = `query QuoteDetail($id: ID!) {
  quote(id: $id) {
    id text kind cue paragraph startOffset endOffset
    speaker { slug name role }
    article { id title url source publishedAt body }
    topics { slug name }
    locations { slug name kind }
  }
}`;

export const SET_QUOTE_SPEAKER = `mutation SetQuoteSpeaker($quote: ID!, $speaker: String!) {
  setQuoteSpeaker(quote: $quote, speaker: $speaker) { id speaker { slug name role } }
}`;

export const MERGE_SPEAKERS = `mutation MergeSpeakers($into: String!, $from: String!) {
  mergeSpeakers(into: $into, from: $from) { slug name aliases quoteCount }
}`;

export const RENAME_SPEAKER = `mutation RenameSpeaker($speaker: String!, $name: String!, $role: String) {
  renameSpeaker(speaker: $speaker, name: $name, role: $role) { slug name role }
}`;

export const UPDATE_TOPIC = `mutation UpdateTopic($slug: String!, $input: UpdateTopicInput!) {
  updateTopic(slug: $slug, input: $input) { slug name description keywords weakKeywords quoteCount }
}`;

export const DELETE_TOPIC = `mutation DeleteTopic($slug: String!) { deleteTopic(slug: $slug) }`;

export const EDIT_LOG = `query EditLog {
  editorialEdits(first: 10) { nodes { action editor summary createdAt } }
}`;
