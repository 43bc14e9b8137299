import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../graphql/pagination/page-args';

/** `first`, `after` and an optional search: the arguments of the speaker list. */
@ArgsType()
export class SpeakerListArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only speakers whose name, role or an alias contains this text.',
  })
  search?: string | null;
}
