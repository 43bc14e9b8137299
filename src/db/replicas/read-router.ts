import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { PrimaryPositions } from './primary-positions';
import { Replica, type ReplicaStatus } from './replica';
import { formatWalPosition, parseWalPosition, type WalPosition } from './wal-position';

/** Where one request's reads go. */
export interface ReadTarget {
  readonly dataSource: DataSource;
  /** `primary`, or the replica's name. */
  readonly server: string;
}

/** A replica to route to: its name and how to open its pool. */
export interface ReplicaEndpoint {
  readonly name: string;
  readonly open: () => Promise<DataSource>;
}

/** What the router needs. */
export interface ReadRouterOptions {
  readonly primary: DataSource;
  readonly replicas: readonly ReplicaEndpoint[];
  /** A replica further behind the primary than this is skipped until it catches up. */
  readonly maxLagMs: number;
  /** How often every replica's replay position and the primary's WAL position are read. */
  readonly pollMs: number;
  readonly logger: Logger;
}

/**
 * Sends reads to healthy replicas in turn, and writes (by the caller's choice) to the primary. A
 * poller reads each replica's replay position and the primary's WAL position every `pollMs`, so
 * routing a read costs no statement; a read that must see a write (its WAL position given) uses a
 * replica that has replayed it, reading positions again on demand, else the primary.
 */
export class ReadRouter {
  private readonly replicas: Replica[];
  private readonly positions: PrimaryPositions;
  private readonly primary: ReadTarget;
  private next = 0;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly options: ReadRouterOptions) {
    const probeTimeoutMs = Math.max(options.pollMs, 2_000);
    this.replicas = options.replicas.map(
      (endpoint) => new Replica(endpoint.name, endpoint.open, probeTimeoutMs),
    );
    // Twice the lag bound: a replica behind everything kept is then past the bound either way.
    this.positions = new PrimaryPositions(2 * options.maxLagMs + options.pollMs);
    this.primary = { dataSource: options.primary, server: 'primary' };
  }

  /** Polls once (so the first requests already know every replica's state), then every `pollMs`. */
  async start(): Promise<void> {
    await this.poll();
    this.schedule();
  }

  private schedule(): void {
    if (this.closed) return;
    // Chained rather than an interval: a slow poll never overlaps the next.
    this.timer = setTimeout(() => void this.poll().finally(() => this.schedule()), this.options.pollMs);
    this.timer.unref();
  }

  /** Reads the primary's position, then every replica's, and sets each replica's state from its lag. */
  async poll(): Promise<void> {
    const { logger, maxLagMs } = this.options;
    try {
      const position = await this.primaryWalPosition();
      this.positions.record(position);
    } catch (error) {
      // Reads may still go to replicas while the primary is away; lag is judged again once it is back.
      logger.debug({ err: error }, 'primary WAL position unavailable');
    }
    await Promise.all(
      this.replicas.map(async (replica) => {
        try {
          const { replayed, replayAgeMs } = await replica.probe();
          const lagMs = this.positions.lagMs(replayed, replayAgeMs);
          replica.mark(lagMs > maxLagMs ? 'lagging' : 'ok', lagMs, logger);
        } catch (error) {
          replica.mark('down', null, logger, error);
        }
      }),
    );
  }

  private async primaryWalPosition(): Promise<WalPosition> {
    const rows: { position: string }[] = await this.options.primary.query(
      'SELECT pg_current_wal_lsn()::text AS position',
    );
    const position = parseWalPosition(rows[0]?.position ?? '');
    if (position === null) throw new Error('the primary reports no WAL position');
    return position;
  }

  /** The primary's WAL position now, as Postgres prints it: what a write's reader must wait for. */
  async primaryPosition(): Promise<string> {
    return formatWalPosition(await this.primaryWalPosition());
  }

  /**
   * Given the WAL position a read must see (null: any replica will do), returns where it goes: the
   * next healthy replica in turn that has replayed it, else the primary.
   */
  async pick(readAfter: WalPosition | null): Promise<ReadTarget> {
    const healthy = this.replicas.filter((replica) => replica.state === 'ok' && replica.source !== null);
    if (healthy.length === 0) return this.primary;
    const start = this.next++ % healthy.length;
    const inTurn = [...healthy.slice(start), ...healthy.slice(0, start)];
    const caughtUp = (replica: Replica) =>
      readAfter === null || (replica.replayed !== null && replica.replayed >= readAfter);
    const cached = inTurn.find(caughtUp);
    if (cached) return this.targetOf(cached);
    // The poller's positions are behind the write: ask the replicas themselves, once each.
    await Promise.all(inTurn.map((replica) => replica.probe().catch(() => undefined)));
    const fresh = inTurn.find(caughtUp);
    return fresh ? this.targetOf(fresh) : this.primary;
  }

  /** Given a replica's name and why a read on it failed, marks it down until a poll finds it well. */
  markDown(server: string, error: unknown): void {
    this.replicas.find((replica) => replica.name === server)?.mark('down', null, this.options.logger, error);
  }

  private targetOf(replica: Replica): ReadTarget {
    return { dataSource: replica.source ?? this.options.primary, server: replica.name };
  }

  /** Every replica as `/ready` shows it. */
  status(): ReplicaStatus[] {
    return this.replicas.map((replica) => replica.status());
  }

  /** Stops polling and closes every replica's pool (the primary's belongs to the caller). */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    await Promise.all(this.replicas.map((replica) => replica.close()));
  }
}
