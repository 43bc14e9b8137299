/**
 * What the topic, speaker and place narrowing means, said once for the list filter (`QuoteFilter`)
 * and the live feed (`quoteAdded`), which narrow by the same rules.
 */
export const NARROWING_DESCRIPTIONS = {
  topic: 'Only quotes tagged with this topic (its slug).',
  speaker: 'Only quotes by this speaker: slug or id.',
  location: 'Only quotes naming this place or any place inside it: slug or id.',
} as const;
