import type { DataSource } from 'typeorm';
import type { ReadRouter, ReadTarget } from './read-router';
import { parseWalPosition, type WalPosition } from './wal-position';

/** The request header a mutation's response carries and a later read sends back. */
export const READ_AFTER_HEADER = 'x-read-after';

/** Raised for an `x-read-after` header that is not a WAL position as a mutation returned it. */
export class InvalidReadAfterError extends Error {
  constructor() {
    super(
      `The ${READ_AFTER_HEADER} header must be a WAL position as a mutation's response gave it (e.g. 0/1A2B3C4).`,
    );
    this.name = 'InvalidReadAfterError';
  }
}

/**
 * Where one request's SQL goes. Until the operation is known everything goes to the primary; a
 * query is then routed to a replica (one that has replayed `readAfter`, when given), a mutation
 * stays on the primary and, once it has run, reports the primary's WAL position for its readers.
 */
export class RequestReads {
  private readonly primary: ReadTarget;
  private target: ReadTarget;
  private wrote = false;

  constructor(
    private readonly router: ReadRouter | null,
    primary: DataSource,
    private readonly readAfter: WalPosition | null,
  ) {
    this.primary = { dataSource: primary, server: 'primary' };
    this.target = this.primary;
  }

  /** The data source this request's statements run on now. */
  get dataSource(): DataSource {
    return this.target.dataSource;
  }

  /** Routes the request's reads to a replica when one is healthy and caught up with `readAfter`. */
  async routeRead(): Promise<void> {
    if (this.router) this.target = await this.router.pick(this.readAfter);
  }

  /** Keeps the request on the primary and marks it a write, whose position its response reports. */
  markWrite(): void {
    this.wrote = true;
    this.target = this.primary;
  }

  /**
   * Given why a statement on this request's replica failed (the caller has judged it unreachable),
   * marks that replica down at once, rather than at the next poll, and moves the request to the
   * primary; returns whether it did (false when the request was on the primary already).
   */
  failOver(error: unknown): boolean {
    if (this.target === this.primary || !this.router) return false;
    this.router.markDown(this.target.server, error);
    this.target = this.primary;
    return true;
  }

  /** After a write, the primary's WAL position (its commit is at or before it); null otherwise or without replicas. */
  async positionAfterWrite(): Promise<string | null> {
    if (!this.wrote || !this.router) return null;
    return this.router.primaryPosition().catch(() => null);
  }
}

/**
 * Given the router (null without replicas), the primary and the request's `x-read-after` header,
 * returns the request's routing; throws InvalidReadAfterError for a header that is no WAL position.
 */
export function requestReads(
  router: ReadRouter | null,
  primary: DataSource,
  header: string | string[] | undefined,
): RequestReads {
  if (header === undefined) return new RequestReads(router, primary, null);
  const position = typeof header === 'string' ? parseWalPosition(header) : null;
  if (position === null) throw new InvalidReadAfterError();
  return new RequestReads(router, primary, position);
}
