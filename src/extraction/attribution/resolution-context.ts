import type { EntityRegistry } from '../entities/entity-registry';
import type { ParagraphView } from '../text/paragraph-view';

/** A speaker found at a place in the text: what makes "he" and "the president" resolvable later. */
export interface SpeakerTrailEntry {
  offset: number;
  entity: number;
}

/** What subject resolution reads: the article's entities, its paragraphs and who spoke where so far. */
export interface ResolutionContext {
  registry: EntityRegistry;
  views: readonly ParagraphView[];
  trail: SpeakerTrailEntry[];
}

/** A resolved subject: the entity and the words that named it. */
export interface Subject {
  entity: number;
  surface: string;
  /** Body offset of the naming words. */
  offset: number;
}
