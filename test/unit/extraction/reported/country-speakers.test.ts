import { describe, expect, it } from 'vitest';
import { reportedIn } from './helpers';

describe('a country or capital as the subject of a report', () => {
  it('speaks for its government', () => {
    expect(reportedIn('Norway said on Monday it would expel two diplomats.')).toEqual([
      { text: 'it would expel two diplomats', cue: 'said', speaker: 'Norway' },
    ]);
    expect(reportedIn('Oslo earlier said the talks would resume in June.')).toEqual([
      { text: 'the talks would resume in June', cue: 'said', speaker: 'Oslo' },
    ]);
  });

  it('is only a place after a preposition or inside a body’s name', () => {
    expect(reportedIn('Officials in Norway said the border would reopen.')).toEqual([
      { text: 'the border would reopen', cue: 'said', speaker: null },
    ]);
  });
});
