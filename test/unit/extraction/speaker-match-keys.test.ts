import { describe, expect, it } from 'vitest';
import { speakerMatchKeys } from '../../../src/extraction';

describe('speakerMatchKeys', () => {
  it('folds transliterations of one name to one key', () => {
    const keys = ['Aleksandr Lukashenko', 'Alexander Lukashenko', 'Alyaksandr Lukashenka'].map((name) =>
      speakerMatchKeys(name),
    );
    expect(new Set(keys.map((key) => key.fullKey))).toEqual(new Set(['aleksandr-lukashenko']));
    expect(speakerMatchKeys('Sergei Lavrov').fullKey).toBe(speakerMatchKeys('Sergey Lavrov').fullKey);
    expect(speakerMatchKeys('Volodymyr Zelenskyy').surnameKey).toBe(speakerMatchKeys('Zelensky').surnameKey);
  });

  it('strips diacritics', () => {
    expect(speakerMatchKeys('Mugur Isărescu')).toEqual({ fullKey: 'mugur-isarescu', surnameKey: 'isarescu' });
    expect(speakerMatchKeys('Lena Sørensen').fullKey).toBe('lena-sorensen');
  });

  it('keeps different given names with one surname apart, sharing only the surname key', () => {
    const aleksandr = speakerMatchKeys('Aleksandr Lukashenko');
    const viktor = speakerMatchKeys('Viktor Lukashenko');
    expect(aleksandr.fullKey).not.toBe(viktor.fullKey);
    expect(aleksandr.surnameKey).toBe(viktor.surnameKey);
  });

  it('does not merge names that merely sound alike', () => {
    expect(speakerMatchKeys('Maria Costa').fullKey).not.toBe(speakerMatchKeys('Mario Costa').fullKey);
    expect(speakerMatchKeys('Anna Berg').fullKey).not.toBe(speakerMatchKeys('Ana Berg').fullKey);
  });

  it('gives a surname alone the same surname key as the full name', () => {
    expect(speakerMatchKeys('Lukashenko').surnameKey).toBe(
      speakerMatchKeys('Alyaksandr Lukashenka').surnameKey,
    );
    expect(speakerMatchKeys('Ursula von der Leyen').surnameKey).toBe('leyen');
  });
});
