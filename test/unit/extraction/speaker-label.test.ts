import { describe, expect, it } from 'vitest';
import { speakerLabel } from '../../../src/extraction/quotes/speaker-label';

describe('speakerLabel', () => {
  it('reads interview labels and names before a colon', () => {
    expect(speakerLabel('Q: Will you run again?')).toMatchObject({ label: 'Q', question: true });
    expect(speakerLabel('A: Not this time.')).toMatchObject({ label: 'A', question: false });
    expect(speakerLabel('Jane Doe: I think so.')).toMatchObject({
      label: 'Jane Doe',
      question: false,
      textStart: 10,
    });
  });

  it('leaves note headers, datelines and ordinary sentences alone', () => {
    expect(speakerLabel('Update: the road has reopened.')).toBeNull();
    expect(speakerLabel('Photo: the harbour at dawn.')).toBeNull();
    expect(speakerLabel('LONDON: Ministers met on Monday.')).toBeNull();
    expect(speakerLabel('The mayor said: “We are ready.”')).toBeNull();
  });
});
