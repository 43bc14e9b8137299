import { describe, expect, it } from 'vitest';
import { reportedIn, reportedTexts } from './helpers';

const INTRO = 'Finance Minister Anna Berg spoke in Talvik on Monday.';
const article = (...paragraphs: string[]): string => [INTRO, ...paragraphs].join('\n');

describe('reported clauses without "that"', () => {
  it.each([
    [
      'Berg said the budget deficit had narrowed in the first quarter.',
      'the budget deficit had narrowed in the first quarter',
    ],
    ['Berg said on Tuesday the government would not raise taxes.', 'the government would not raise taxes'],
    ['Berg said the central bank raised rates too late.', 'the central bank raised rates too late'],
    ['Berg told reporters she expected growth to pick up.', 'she expected growth to pick up'],
    [
      'Berg told the newspaper on Friday there was no plan to sell the airline.',
      'there was no plan to sell the airline',
    ],
    ['Berg insisted nothing had changed.', 'nothing had changed'],
    ['Berg said 12,500 jobs would be created.', '12,500 jobs would be created'],
    [
      'Berg said the agency, which employs 300 people, would close in May.',
      'the agency, which employs 300 people, would close in May',
    ],
    [
      'Berg said the plan has three parts: new roads, new rail lines and a port.',
      'the plan has three parts: new roads, new rail lines and a port',
    ],
  ])('%s', (sentence, clause) => {
    expect(reportedIn(article(sentence))).toContainEqual({
      text: clause,
      cue: expect.any(String),
      speaker: 'Anna Berg',
    });
  });

  it('needs an auxiliary or a pronoun after verbs that also take a noun object', () => {
    expect(reportedTexts(article('Berg denied any funds were missing.'))).toEqual(['any funds were missing']);
    expect(reportedTexts(article('Berg denied the charges against her deputy.'))).toEqual([]);
    expect(reportedTexts(article('Berg announced the sale of the state airline on Monday.'))).toEqual([]);
  });

  it('reads a noun phrase, a setting or a passive as no clause', () => {
    expect(reportedTexts(article('Berg said in a statement on her website.'))).toEqual([]);
    expect(reportedTexts(article('Berg said during an annual televised address to the nation.'))).toEqual([]);
    expect(reportedTexts(article('Berg was told the figures were wrong.'))).toEqual([]);
    expect(reportedTexts(article('The said agreement was signed in 2019.'))).toEqual([]);
    expect(reportedTexts(article('Berg told journalists.'))).toEqual([]);
  });

  it('leaves the tag of a direct quotation to the direct pass', () => {
    expect(reportedTexts(article('“We are ready,” Berg said during a visit to the port on Monday.'))).toEqual(
      [],
    );
  });

  it('reports an unnamed source with no speaker', () => {
    expect(
      reportedIn(
        article(
          'Berg arrived after officials said about 200 people, including several children, were evacuated.',
        ),
      ),
    ).toEqual([
      { text: 'about 200 people, including several children, were evacuated', cue: 'said', speaker: null },
    ]);
  });

  it('reads the clause of a verb whose subject is a relative', () => {
    expect(reportedIn(article('The levy is a step that analysts say could cut imports by a third.'))).toEqual(
      [{ text: 'could cut imports by a third', cue: 'say', speaker: null }],
    );
  });

  it('takes a gerund’s subject from its clause', () => {
    expect(reportedIn(article('Berg defended the decision, saying it had saved money.'))).toEqual([
      { text: 'it had saved money', cue: 'saying', speaker: 'Anna Berg' },
    ]);
  });

  it('stops where the writer sets another report beside it', () => {
    expect(
      reportedTexts(
        article(
          'Berg said the talks were still possible, two days after her deputy said they had collapsed.',
        ),
      ),
    ).toContain('the talks were still possible');
    expect(
      reportedTexts(article('Berg, after saying the port would close, later said it would stay open.')),
    ).toEqual(['the port would close', 'it would stay open']);
  });
});

describe('coordinated reported clauses', () => {
  it('reads "said that A, but that B" as two reports from one speaker', () => {
    expect(
      reportedIn(article('Berg said that the deficit had narrowed, but that the debt would keep rising.')),
    ).toEqual([
      { text: 'the deficit had narrowed', cue: 'said', speaker: 'Anna Berg' },
      { text: 'the debt would keep rising', cue: 'said', speaker: 'Anna Berg' },
    ]);
  });

  it('reads "said A but that B" (no "that" before A) as one report to the sentence end', () => {
    expect(
      reportedTexts(article('Berg said the deficit had narrowed but that the debt would keep rising.')),
    ).toEqual(['the deficit had narrowed but that the debt would keep rising']);
  });
});
