export { reextractArticle, type ReextractResult } from './reextract-article';
export { countArticlesToReextract, reextractArticles, type ReextractTally } from './reextract-articles';
export { runReextractCli } from './run-reextract-cli';
