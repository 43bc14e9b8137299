import { connectionType } from '../graphql/pagination/connection-type';
import { Article } from './article.entity';

/** A page of articles (Relay connection). */
export const ArticleConnection = connectionType(Article, 'Article', 'articles');
