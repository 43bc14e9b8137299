import { DateTimeResolver } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';

/** An article to ingest: its text and what is known of where and when it was published. */
@InputType('IngestArticleInput', {
  description: 'An article to ingest: its text and where and when it was published.',
})
export class IngestArticleInput {
  @Field(() => String, { description: 'The headline.' })
  title!: string;

  @Field(() => String, { description: 'The text, paragraphs separated by newlines.' })
  body!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Where it was published (http or https); the same URL twice is the same article.',
  })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'The outlet, e.g. "BelTA".' })
  source?: string | null;

  @Field(() => String, { nullable: true, description: 'The dateline as printed, e.g. "13:20, 26 April".' })
  dateline?: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was published.' })
  publishedAt?: Date | null;
}
