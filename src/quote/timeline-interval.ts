import { registerEnumType } from 'type-graphql';

/** The width of one bucket of a quote timeline. */
export enum TimelineInterval {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}

registerEnumType(TimelineInterval, {
  name: 'TimelineInterval',
  description: 'How wide one bucket of a timeline is; buckets start at UTC midnight.',
  valuesConfig: {
    DAY: { description: 'One calendar day.' },
    WEEK: { description: 'One ISO week, Monday to Sunday.' },
    MONTH: { description: 'One calendar month.' },
  },
});

/** `date_trunc` units, by interval. */
export const TRUNCATE_TO: Readonly<Record<TimelineInterval, 'day' | 'week' | 'month'>> = {
  DAY: 'day',
  WEEK: 'week',
  MONTH: 'month',
};
