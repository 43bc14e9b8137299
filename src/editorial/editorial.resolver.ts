import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { RequireApiToken } from '../graphql/auth/require-api-token';
import type { RequestContext } from '../graphql/context';
import { PageArgs } from '../graphql/pagination/page-args';
import { Quote } from '../quote/quote.entity';
import { Speaker } from '../speaker/speaker.entity';
import { Topic } from '../topic/topic.entity';
import { UpdateTopicInput } from '../topic/update-topic.input';
import { EditorialEditConnection } from './editorial-edit-connection';
import { EDITORIAL_ROOTS } from './editorial.relations';
import { mergeSpeakers } from './merge-speakers';
import type { EditAuthor } from './record-edit';
import { renameSpeaker } from './rename-speaker';
import { setQuoteSpeaker } from './set-quote-speaker';
import { deleteTopic, updateTopic } from './topic-edits';

/** The author of a fix: RequireApiToken has run, so the editor is known. */
function authorOf(context: RequestContext): EditAuthor {
  if (!context.editor) throw new Error('an editorial mutation ran without the API token');
  return { editor: context.editor, requestId: context.requestId };
}

/** Editorial fixes (each needs the API token and is logged: who, when, what) and their log. */
@Resolver()
export class EditorialResolver {
  @Query(() => EditorialEditConnection, { description: 'The audit log of editorial fixes, newest first.' })
  editorialEdits(
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return context.loaders.page(EDITORIAL_ROOTS.editorialEdits, null, args, info);
  }

  @Mutation(() => Quote, {
    description:
      'Attributes a quote to another speaker. Kept when the article is extracted again. Logged; needs the API token.',
  })
  @UseMiddleware(RequireApiToken)
  async setQuoteSpeaker(
    @Arg('quote', () => ID, { description: 'The quote id.' }) quote: string,
    @Arg('speaker', () => String, { description: 'The speaker who said it: slug or id.' }) speaker: string,
    @Ctx() context: RequestContext,
  ): Promise<Quote> {
    return setQuoteSpeaker(context.dataSource, authorOf(context), quote, speaker);
  }

  @Mutation(() => Speaker, {
    description:
      "Merges two speakers who are one person: `from`'s quotes, names and aliases move to `into`, `from` is deleted and its slug redirects to `into`; later articles naming `from` count for `into`. Logged; needs the API token.",
  })
  @UseMiddleware(RequireApiToken)
  async mergeSpeakers(
    @Arg('into', () => String, { description: 'The speaker that remains: slug or id.' }) into: string,
    @Arg('from', () => String, { description: 'The duplicate that goes: slug or id.' }) from: string,
    @Ctx() context: RequestContext,
  ) {
    const id = await mergeSpeakers(context.dataSource, authorOf(context), into, from);
    return context.loaders.byId(Speaker).load(id);
  }

  @Mutation(() => Speaker, {
    description:
      "Corrects a speaker's name (and role, when given). The slug follows the name, the old slug redirects, the old name becomes an alias. Logged; needs the API token.",
  })
  @UseMiddleware(RequireApiToken)
  async renameSpeaker(
    @Arg('speaker', () => String, { description: 'The speaker: slug or id.' }) speaker: string,
    @Arg('name', () => String, { description: 'The corrected full name.' }) name: string,
    @Arg('role', () => String, {
      nullable: true,
      description: 'The corrected role; omit to keep it, empty to remove it.',
    })
    role: string | null | undefined,
    @Ctx() context: RequestContext,
  ) {
    const id = await renameSpeaker(context.dataSource, authorOf(context), speaker, name, role);
    return context.loaders.byId(Speaker).load(id);
  }

  @Mutation(() => Topic, {
    description:
      "Changes a topic's name, description or keywords; new keywords tag every stored quote again. Logged; needs the API token.",
  })
  @UseMiddleware(RequireApiToken)
  updateTopic(
    @Arg('slug', () => String, { description: 'The topic slug.' }) slug: string,
    @Arg('input', () => UpdateTopicInput, { description: 'What changes.' }) input: UpdateTopicInput,
    @Ctx() context: RequestContext,
  ): Promise<Topic> {
    return updateTopic(context.dataSource, authorOf(context), slug, input);
  }

  @Mutation(() => Boolean, {
    description:
      'Removes a topic from the taxonomy with its tags (the quotes stay). False when there was no such topic. Logged; needs the API token.',
  })
  @UseMiddleware(RequireApiToken)
  deleteTopic(
    @Arg('slug', () => String, { description: 'The topic slug.' }) slug: string,
    @Ctx() context: RequestContext,
  ): Promise<boolean> {
    return deleteTopic(context.dataSource, authorOf(context), slug);
  }
}
