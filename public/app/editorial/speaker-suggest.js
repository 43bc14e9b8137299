import { graphql } from '../api/client.js';
import { SPEAKER_SUGGESTIONS } from '../api/queries.js';

/** Suggestions for a speaker picker, leaving out `exclude` (a speaker cannot be merged into itself). */
export function speakerSuggester(exclude) {
  return async (search, signal) => {
    const { speakers } = await graphql(SPEAKER_SUGGESTIONS, { search: search || null }, { signal });
    return speakers.nodes
      .filter((speaker) => speaker.slug !== exclude)
      .map((speaker) => ({
        value: speaker.slug,
        label: speaker.name,
        detail: [speaker.role, `${speaker.quoteCount} quotes`].filter(Boolean).join(' · '),
      }));
  };
}
