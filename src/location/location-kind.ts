import { registerEnumType } from 'type-graphql';

/** What sort of place a location is. */
export enum LocationKind {
  COUNTRY = 'COUNTRY',
  REGION = 'REGION',
  CITY = 'CITY',
  OTHER = 'OTHER',
}

registerEnumType(LocationKind, {
  name: 'LocationKind',
  description: 'What sort of place a location is.',
  valuesConfig: {
    COUNTRY: { description: 'A sovereign country or territory with an ISO 3166-1 code.' },
    REGION: { description: 'A subdivision of a country: region, oblast, state, province or district.' },
    CITY: { description: 'A city, town or village.' },
    OTHER: { description: 'Anything else: seas, peninsulas, parts of a country such as "eastern Ukraine".' },
  },
});
