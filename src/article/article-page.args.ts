import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../graphql/pagination/page-args';
import { ArticleFilter } from './article-filter.input';

/** `first`, `after` and an optional filter: the arguments of the top-level article list. */
@ArgsType()
export class ArticlePageArgs extends PageArgs {
  @Field(() => ArticleFilter, { nullable: true, description: 'Only articles matching every field given.' })
  filter?: ArticleFilter | null;
}
