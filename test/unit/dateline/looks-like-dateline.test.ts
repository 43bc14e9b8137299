import { describe, expect, it } from 'vitest';
import { looksLikeDateline } from '../../../src/extraction/dateline';

describe('looksLikeDateline', () => {
  it('recognises datelines on their own line', () => {
    for (const line of [
      '13:20, 26 April',
      'April 13, 12:39 UTC+3',
      'MINSK, 2 March',
      'GOMEL, 18 August 2026',
      ' 3 Sept. ',
    ]) {
      expect(looksLikeDateline(line), line).toBe(true);
    }
  });

  it('leaves paragraphs, headlines and empty lines alone', () => {
    for (const line of [
      '',
      'MINSK',
      'The minister arrived in Minsk on 2 March.',
      '“We will meet again on 26 April,” Verenko said',
      'President Viktor Sarenko met the commanders of the Western Operational Command in Brest on 26 April',
    ]) {
      expect(looksLikeDateline(line), line).toBe(false);
    }
  });
});
