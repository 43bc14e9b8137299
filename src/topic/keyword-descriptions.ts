/** What `Topic.keywords` and `CreateTopicInput.keywords` take, for the API's descriptions. */
export const KEYWORDS_DESCRIPTION =
  'Patterns that tag a quote with this topic: words matched by stem ("deploy" finds "deployed"), `a|b` for either word, ' +
  '`…` for up to five words of one clause ("deploy|send … troops"), and a leading `-` for an exception, a wider phrase ' +
  'in which the topic\'s keywords do not count ("-customer base"). At ingest a quote is judged by its own words, its ' +
  "paragraph and its article's lead; creating a topic tags stored quotes by their own words.";

/** What `Topic.weakKeywords` and `CreateTopicInput.weakKeywords` take. */
export const WEAK_KEYWORDS_DESCRIPTION =
  'Patterns too ambiguous to count alone ("base"), written as `keywords` are: they count only where the topic is ' +
  'present by one of `keywords` in the same paragraph, the headline or the lead (for stored quotes, the same article).';
