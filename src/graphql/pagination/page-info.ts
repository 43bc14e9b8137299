import { Field, ObjectType } from 'type-graphql';

/** Where a page sits in its list (Relay cursor connections). */
@ObjectType('PageInfo', { simpleResolvers: true, description: 'Where a page sits in its list.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow `endCursor`.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, {
    description: 'True when this page was asked for with `after`, so items precede it.',
  })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the first item of the page; null when empty.',
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item; pass it as `after` to get the next page. Null when empty.',
  })
  endCursor!: string | null;
}
