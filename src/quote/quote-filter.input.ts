import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { QuoteKind } from './quote-kind';
import { NARROWING_DESCRIPTIONS } from './quote-filter-descriptions';

/** Narrows a list of quotes; every field given must match. */
@InputType('QuoteFilter', { description: 'Narrows a list of quotes; every field given must match.' })
export class QuoteFilter {
  @Field(() => String, { nullable: true, description: NARROWING_DESCRIPTIONS.topic })
  topic?: string | null;

  @Field(() => String, { nullable: true, description: NARROWING_DESCRIPTIONS.speaker })
  speaker?: string | null;

  @Field(() => String, {
    nullable: true,
    description: NARROWING_DESCRIPTIONS.location,
  })
  location?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only quotes from this article.' })
  article?: string | null;

  @Field(() => QuoteKind, { nullable: true, description: 'Only direct or only reported speech.' })
  kind?: QuoteKind | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Full-text search over the quote text in web-search syntax ("military base" -nuclear OR army). Matches keep the list\'s order (newest first) unless `rankByRelevance`.',
  })
  search?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Order the matches of `search` by relevance, best first, instead of newest first (reading order in an article). Ranking scores every match, so its cost grows with their number; the default order stays as fast at any size.',
  })
  rankByRelevance?: boolean | null;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'Only quotes from articles published (else ingested) at or after this instant.',
  })
  publishedAfter?: Date | null;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'Only quotes from articles published (else ingested) before this instant.',
  })
  publishedBefore?: Date | null;
}
