import { CreateQuoteGraph1764340000000 } from './1764340000000-CreateQuoteGraph';
import { SeedDefaultTaxonomy1764340000001 } from './1764340000001-SeedDefaultTaxonomy';
import { IngestArticleFunction1764340000002 } from './1764340000002-IngestArticleFunction';
import { CoordinateRanges1764340000003 } from './1764340000003-CoordinateRanges';
import { IngestArticleRow1764340000004 } from './1764340000004-IngestArticleRow';
import { GeneratedColumnMetadata1764340000005 } from './1764340000005-GeneratedColumnMetadata';
import { IngestDocumentTypes1764340000006 } from './1764340000006-IngestDocumentTypes';
import { KeywordPatternTaxonomy1764341000000 } from './1764341000000-KeywordPatternTaxonomy';
import { EditorialFixes1764342000000 } from './1764342000000-EditorialFixes';
import { ArticleCorrections1764343000000 } from './1764343000000-ArticleCorrections';
import { JobQueueSchema1764344000000 } from './1764344000000-JobQueueSchema';
import { IngestBatches1764344000001 } from './1764344000001-IngestBatches';
import { NotifyQuotesAdded1764345000000 } from './1764345000000-NotifyQuotesAdded';
import { RateLimits1764347000000 } from './1764347000000-RateLimits';
import { DataChangedNotify1764347000001 } from './1764347000001-DataChangedNotify';
import { PublicationOrder1764348000000 } from './1764348000000-PublicationOrder';
import { TopicSpeakerCounts1764348000001 } from './1764348000001-TopicSpeakerCounts';
import { ReextractQueue1764351000000 } from './1764351000000-ReextractQueue';
import { PlacesWithin1764352000000 } from './1764352000000-PlacesWithin';
import { IngestBatchUpdated1764353000000 } from './1764353000000-IngestBatchUpdated';

/**
 * Every migration, oldest first. Listed as classes rather than a file glob so that the same list
 * works compiled (`dist/`) and from TypeScript sources under the test runner.
 */
export const MIGRATIONS = [
  CreateQuoteGraph1764340000000,
  SeedDefaultTaxonomy1764340000001,
  IngestArticleFunction1764340000002,
  CoordinateRanges1764340000003,
  IngestArticleRow1764340000004,
  GeneratedColumnMetadata1764340000005,
  IngestDocumentTypes1764340000006,
  KeywordPatternTaxonomy1764341000000,
  EditorialFixes1764342000000,
  ArticleCorrections1764343000000,
  JobQueueSchema1764344000000,
  IngestBatches1764344000001,
  NotifyQuotesAdded1764345000000,
  RateLimits1764347000000,
  DataChangedNotify1764347000001,
  PublicationOrder1764348000000,
  TopicSpeakerCounts1764348000001,
  ReextractQueue1764351000000,
  PlacesWithin1764352000000,
  IngestBatchUpdated1764353000000,
];
