import { Field, ObjectType } from 'type-graphql';
import { Article } from '../article/article.entity';

/** What `ingestArticle` did. */
@ObjectType('IngestArticlePayload', { simpleResolvers: true, description: 'What `ingestArticle` did.' })
export class IngestArticlePayload {
  @Field(() => Article, { description: 'The stored article: the new one, or the copy stored before.' })
  article!: Article;

  @Field(() => Boolean, { description: 'False when the article was already stored (same URL or same text).' })
  created!: boolean;
}
