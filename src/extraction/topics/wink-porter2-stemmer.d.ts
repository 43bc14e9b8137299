declare module 'wink-porter2-stemmer' {
  /** Returns the Porter2 stem of one lowercase English word. */
  function stem(word: string): string;
  export = stem;
}
