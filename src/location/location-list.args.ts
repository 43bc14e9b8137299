import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../graphql/pagination/page-args';
import { LocationKind } from './location-kind';

/** `first`, `after`, a kind and a search: the arguments of the place list. */
@ArgsType()
export class LocationListArgs extends PageArgs {
  @Field(() => LocationKind, { nullable: true, description: 'Only places of this kind.' })
  kind?: LocationKind | null;

  @Field(() => String, { nullable: true, description: 'Only places whose name starts with this text.' })
  search?: string | null;
}
