import { describe, expect, it } from 'vitest';
import { reportedIn, reportedTexts } from './helpers';

const INTRO = 'Transport Minister Tomas Lind opened the new depot in Varna on Monday.';
const article = (...paragraphs: string[]): string => [INTRO, ...paragraphs].join('\n');

describe('reported clauses closed by their source', () => {
  it('reads "CLAUSE, X said" with a time or whom after the verb', () => {
    expect(reportedIn(article('The line will reopen in March, Lind said on Tuesday.'))).toEqual([
      { text: 'The line will reopen in March', cue: 'said', speaker: 'Tomas Lind' },
    ]);
    expect(reportedTexts(article('Fares would stay frozen until June, Lind told reporters.'))).toEqual([
      'Fares would stay frozen until June',
    ]);
  });

  it('reads the inverted "CLAUSE, said X"', () => {
    expect(reportedIn(article('The depot cost less than planned, said Lind.'))).toEqual([
      { text: 'The depot cost less than planned', cue: 'said', speaker: 'Tomas Lind' },
    ]);
  });

  it('starts the clause after a dateline run into the sentence', () => {
    expect(reportedTexts(article('VARNA (Baltic Wire) - The strike has ended, Lind said.'))).toEqual([
      'The strike has ended',
    ]);
  });

  it('keeps a tag set inside the clause as part of it', () => {
    expect(reportedTexts(article('Any new timetable, Lind said, must be agreed with the unions.'))).toEqual([
      'Any new timetable, Lind said, must be agreed with the unions',
    ]);
  });

  it('reads "CLAUSE, according to X" and an unnamed source', () => {
    expect(reportedIn(article('Two trains were delayed by the storm, according to police sources.'))).toEqual(
      [{ text: 'Two trains were delayed by the storm', cue: 'according to', speaker: null }],
    );
    expect(reportedIn(article('Ticket sales rose by a fifth in May, officials said.'))).toEqual([
      { text: 'Ticket sales rose by a fifth in May', cue: 'said', speaker: null },
    ]);
  });

  it('ends the clause at the speaker’s tag when an outlet relays it', () => {
    expect(
      reportedIn(
        article('The depot will employ 400 people, Lind said at the opening, the Baltic Wire reports.'),
      ),
    ).toEqual([{ text: 'The depot will employ 400 people', cue: 'said', speaker: 'Tomas Lind' }]);
  });

  it('leaves what is no clause or a quotation alone', () => {
    expect(reportedTexts(article('After the ceremony in Varna, Lind told reporters.'))).toEqual([]);
    expect(reportedTexts(article('Referring to the unions’ demands, Lind said: “We will talk.”'))).toEqual(
      [],
    );
    expect(reportedTexts(article('The strike ended, and Lind announced new investment.'))).toEqual([]);
  });
});

describe('reported clauses led by their source', () => {
  it('names the speaker of a possessive or a document', () => {
    expect(reportedIn(article('According to Lind’s statement, the depot will open at night too.'))).toEqual([
      { text: 'the depot will open at night too', cue: 'according to', speaker: 'Tomas Lind' },
    ]);
  });

  it('reads a reporting participle that opens the sentence', () => {
    expect(
      reportedIn(article('Stressing that safety came first, Lind said the line would close at night.')),
    ).toEqual([
      { text: 'safety came first', cue: 'Stressing', speaker: 'Tomas Lind' },
      { text: 'the line would close at night', cue: 'said', speaker: 'Tomas Lind' },
    ]);
  });

  it('stops the clause where another speaker reports', () => {
    expect(
      reportedTexts(
        article('Lind said the depot would pay for itself, but critics warned the costs had doubled.'),
      ),
    ).toEqual(['the depot would pay for itself', 'the costs had doubled']);
  });
});

describe('subjects and tags around a clause', () => {
  it('cuts a closing tag with a time after its verb off a clause', () => {
    expect(
      reportedIn(
        article('Lind said on Friday that the depot would open early, his deputy Eva Holm said Saturday.'),
      ),
    ).toContainEqual({
      text: 'the depot would open early',
      cue: 'said',
      speaker: 'Tomas Lind',
    });
  });

  it('gives a coordinated verb the subject its sentence opens with', () => {
    expect(
      reportedIn(article('Lind toured the depot in Varna and noted the trains were already running.')),
    ).toEqual([{ text: 'the trains were already running', cue: 'noted', speaker: 'Tomas Lind' }]);
  });

  it('reads a list of names as one subject', () => {
    expect(reportedTexts(article('Lind said Varna, Kessel and Dorn will get new stations.'))).toEqual([
      'Varna, Kessel and Dorn will get new stations',
    ]);
  });
});

describe('sources named by a phrase', () => {
  it('reads a body named by its kind as an unnamed source', () => {
    expect(reportedIn(article('According to the rail authority, two lines will close in May.'))).toEqual([
      { text: 'two lines will close in May', cue: 'according to', speaker: null },
    ]);
  });

  it('reads a phrase whose head is no source as none', () => {
    expect(
      reportedTexts(article('According to figures from the statistics office, ridership rose.')),
    ).toEqual([]);
  });

  it('reads a relative "that" before a verb as the subject of a report, not its start', () => {
    expect(reportedIn(article('Lind denied a report that said 300 jobs would go.'))).toEqual([
      { text: '300 jobs would go', cue: 'said', speaker: null },
    ]);
  });
});

describe('the body an unnamed source speaks for', () => {
  it('names the body a spokesperson speaks for', () => {
    expect(reportedIn(article('A Rail Board spokesperson said the tunnel was safe.'))).toEqual([
      { text: 'the tunnel was safe', cue: 'said', speaker: 'Rail Board' },
    ]);
  });

  it('reads no body into a capitalised first word or a people', () => {
    expect(reportedIn(article('Dock workers said the new rules were unfair.'))).toEqual([
      { text: 'the new rules were unfair', cue: 'said', speaker: null },
    ]);
    expect(reportedIn(article('A Swedish railway official said the line would reopen.'))).toEqual([
      { text: 'the line would reopen', cue: 'said', speaker: null },
    ]);
  });
});
