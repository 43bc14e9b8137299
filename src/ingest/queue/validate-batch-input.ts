import { GraphQLError } from 'graphql';
import { UserInputError } from '../../graphql/errors/coded-errors';
import { validateArticleInput, type ArticleToIngest, type RawArticle } from '../validate-article-input';

/** Articles one `enqueueArticles` call takes at most: larger imports send several batches. */
export const MAX_ENQUEUED_ARTICLES = 1_000;

/**
 * Given the articles of one `enqueueArticles` call and the body limit, returns them validated as
 * `ingestArticle` validates one; throws BAD_USER_INPUT for an empty list, a list over
 * MAX_ENQUEUED_ARTICLES, or the first bad article, its field named with its index
 * (`input[3].body`), so nothing of a bad batch is enqueued.
 */
export function validateBatchInput(
  inputs: readonly RawArticle[],
  limits: { maxBodyBytes: number },
): ArticleToIngest[] {
  if (inputs.length === 0)
    throw new UserInputError('"input" must hold at least one article.', { field: 'input' });
  if (inputs.length > MAX_ENQUEUED_ARTICLES) {
    throw new UserInputError(
      `"input" holds ${inputs.length} articles; at most ${MAX_ENQUEUED_ARTICLES} can be enqueued at once.`,
      { field: 'input', limit: MAX_ENQUEUED_ARTICLES },
    );
  }
  return inputs.map((input, index) => {
    try {
      return validateArticleInput(input, limits);
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      const field = String(error.extensions['field'] ?? 'input').replace(/^input/, `input[${index}]`);
      throw new UserInputError(error.message.replace(/"input\./, `"input[${index}].`), {
        ...error.extensions,
        field,
        index,
      });
    }
  });
}
