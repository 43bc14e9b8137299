import { articleFromJson } from './article-from-json';
import { reasonOf, type ArticleRecord } from './article-record';

/**
 * Given the text of a `.json` file (one article object, or an array of them) and its name, returns
 * a record per article; in an array each is named by its index ("list.json[3]").
 */
export function readJsonFile(text: string, name: string): ArticleRecord[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return [{ origin: name, error: `not valid JSON: ${reasonOf(error)}` }];
  }
  const items = Array.isArray(parsed) ? parsed : [parsed];
  return items.map((item, index) => {
    const origin = Array.isArray(parsed) ? `${name}[${index}]` : name;
    try {
      return { origin, article: articleFromJson(item) };
    } catch (error) {
      return { origin, error: reasonOf(error) };
    }
  });
}
