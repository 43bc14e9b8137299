import { Field, ObjectType } from 'type-graphql';
import { Article } from '../article/article.entity';

/** What `ingestArticle` or `updateArticle` did. */
@ObjectType('IngestArticlePayload', {
  simpleResolvers: true,
  description: 'What `ingestArticle` or `updateArticle` did.',
})
export class IngestArticlePayload {
  @Field(() => Article, { description: 'The stored article: the new one, or the copy stored before.' })
  article!: Article;

  @Field(() => Boolean, { description: 'False when the article was already stored (same URL or same text).' })
  created!: boolean;

  @Field(() => Boolean, {
    description:
      'True when a stored article was replaced by this version (a correction): its text and publication details, and its quotes extracted again, keeping the ids of quotes whose words and speaker did not change. False when nothing differed and nothing was written.',
  })
  updated!: boolean;
}
