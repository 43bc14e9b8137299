import type { DataSource } from 'typeorm';
import { RequestLoaders } from '../loaders/request-loaders';
import type { RelationRegistry } from '../relations';

/**
 * The DataLoaders of subscription events. A subscription lives for hours, so loaders of its own would
 * cache stale rows without end; instead every batch of new rows gets fresh loaders, shared by all
 * the subscribers it reaches, so a speaker that a thousand subscribers ask for is read once.
 */
export class BatchLoaders {
  private latest: RequestLoaders;

  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: RelationRegistry,
  ) {
    this.latest = new RequestLoaders(dataSource, registry);
  }

  /** The loaders of the batch being delivered. */
  get current(): RequestLoaders {
    return this.latest;
  }

  /** Starts a new batch: what is read from now on is read afresh. */
  renew(): void {
    this.latest = new RequestLoaders(this.dataSource, this.registry);
  }
}
