import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extraction';
import { DEFAULT_TAXONOMY } from '../../../src/topic/default-taxonomy';

const speakersOf = (...paragraphs: string[]): (string | null)[] =>
  extract({ title: 'Headline', body: paragraphs.join('\n') }, { taxonomy: DEFAULT_TAXONOMY }).quotes.map(
    (quote) => quote.speakerKey,
  );

describe('coreference', () => {
  it('resolves a nationality description by the country in the role', () => {
    expect(
      speakersOf(
        'Polish President Jan Nowicki met President of Lithuania Rasa Daukantas in Vilnius.',
        '“We share one border and one worry,” the Lithuanian leader said.',
        '“We will build the bridge together,” the Polish leader said.',
      ),
    ).toEqual(['rasa-daukantas', 'jan-nowicki']);
  });

  it('resolves "the president" to the latest speaker among presidents', () => {
    expect(
      speakersOf(
        'Polish President Jan Nowicki met President of Lithuania Rasa Daukantas in Vilnius.',
        'Nowicki said that the talks had been long.',
        '“But they were worth it,” the president said.',
      ),
    ).toEqual(['jan-nowicki', 'jan-nowicki']);
  });

  it('resolves a pronoun to the latest subject, not to a name after a preposition', () => {
    expect(
      speakersOf(
        'Minister of Health Eva Lind met with Mayor Tomas Berg on Monday.',
        '“The clinic opens in June,” she said.',
      ),
    ).toEqual(['eva-lind']);
  });

  it('does not take a place for a person: a capital speaks for its government', () => {
    const result = extract(
      { title: 'Headline', body: '“We are ready for any talks,” Moscow said.' },
      { taxonomy: DEFAULT_TAXONOMY },
    );
    expect(result.speakers.map((speaker) => [speaker.name, speaker.isOrganization])).toEqual([
      ['Moscow', true],
    ]);
  });
});
