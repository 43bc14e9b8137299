import { registerEnumType } from 'type-graphql';

/** Whether a quote is the speaker's own words or reported speech. */
export enum QuoteKind {
  DIRECT = 'DIRECT',
  INDIRECT = 'INDIRECT',
}

registerEnumType(QuoteKind, {
  name: 'QuoteKind',
  description: 'Whether a quote is the exact words in quotation marks or reported (indirect) speech.',
  valuesConfig: {
    DIRECT: { description: 'Words inside quotation marks, as spoken.' },
    INDIRECT: { description: 'Reported speech: the clause after "said that", "according to" and the like.' },
  },
});
