import { DateTimeResolver } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';

/** Narrows a list of articles; every field given must match. */
@InputType('ArticleFilter', { description: 'Narrows a list of articles; every field given must match.' })
export class ArticleFilter {
  @Field(() => String, { nullable: true, description: 'Only articles from this outlet (case-insensitive).' })
  source?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Full-text search over headline and body in web-search syntax. Matches stay newest first unless `rankByRelevance`.',
  })
  search?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Order the matches of `search` by relevance, best first, instead of newest first. Ranking scores every match, so its cost grows with their number; the default order stays as fast at any size.',
  })
  rankByRelevance?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only articles with a quote on this topic (its slug).',
  })
  topic?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only articles naming this place or any place inside it: slug or id.',
  })
  location?: string | null;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'Only articles published (else ingested) at or after this instant.',
  })
  publishedAfter?: Date | null;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'Only articles published (else ingested) before this instant.',
  })
  publishedBefore?: Date | null;
}
