/** The operation the Sandbox opens with: every quote about military bases, with speaker and article. */
export const EXAMPLE_OPERATION = `# Every quote about military bases, with its speaker and article.
# Press the run button; change the slug to any topic from \`topics { slug }\`.
query QuotesAboutTopic($topic: String!, $first: Int) {
  topic(slug: $topic) {
    name
    quoteCount
    quotes(first: $first) {
      totalCount
      nodes {
        text
        kind
        cue
        speaker { name role }
        article { title source publishedAt }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
}
`;

/** Variables of the example operation. */
export const EXAMPLE_VARIABLES = { topic: 'military-bases', first: 20 };
