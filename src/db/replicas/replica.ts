import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { formatWalPosition, parseWalPosition, type WalPosition } from './wal-position';

/** How a replica stands for reads: `ok` serves them, `lagging` and `down` are skipped. */
export type ReplicaState = 'ok' | 'lagging' | 'down';

/** A replica as `/ready` shows it. */
export interface ReplicaStatus {
  /** Host, port and database of its URL (never its credentials). */
  readonly name: string;
  readonly state: ReplicaState;
  /** Milliseconds behind the primary at the last poll; null while it cannot be reached. */
  readonly lagMs: number | null;
  /** The last WAL position it had replayed, as Postgres prints it. */
  readonly replayed: string | null;
}

/** What a probe of a replica returns. */
export interface ReplayProbe {
  readonly replayed: WalPosition;
  /** How long ago its last replayed transaction committed; null when it has replayed none. */
  readonly replayAgeMs: number | null;
}

// A standby reports what it replayed; a server that is not one (promoted, or the primary named
// as a replica) has replayed everything it holds.
const PROBE_SQL = `SELECT (CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_lsn() END)::text AS replayed,
  (extract(epoch FROM now() - pg_last_xact_replay_timestamp()) * 1000)::float8 AS "replayAgeMs"`;

/**
 * One read replica: its own pool (opened on first success, so a replica down at start-up joins
 * when it comes up), the replay position last read from it, and its state. Probes are coalesced:
 * callers asking while one is in flight share its answer.
 */
export class Replica {
  state: ReplicaState = 'down';
  lagMs: number | null = null;
  replayed: WalPosition | null = null;
  private dataSource: DataSource | null = null;
  private opening: Promise<DataSource> | null = null;
  private probing: Promise<ReplayProbe> | null = null;
  /** False until the first poll's outcome is logged, so a replica down at start-up is reported too. */
  private reported = false;

  constructor(
    readonly name: string,
    private readonly open: () => Promise<DataSource>,
    private readonly probeTimeoutMs: number,
  ) {}

  /** The replica's pool; only meaningful while `state` is `ok`. */
  get source(): DataSource | null {
    return this.dataSource;
  }

  /** Reads the replica's replay position now (one tiny statement), sharing a probe already in flight. */
  probe(): Promise<ReplayProbe> {
    this.probing ??= this.readReplay().finally(() => (this.probing = null));
    return this.probing;
  }

  private async readReplay(): Promise<ReplayProbe> {
    let timer: NodeJS.Timeout | undefined;
    // A replica behind a dead network answers nothing; it must not hold up the poller.
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('replica probe timed out')), this.probeTimeoutMs);
    });
    try {
      const rows = await Promise.race([this.connected().then((source) => source.query(PROBE_SQL)), timeout]);
      const row = (rows as { replayed: string | null; replayAgeMs: number | null }[])[0];
      const replayed = row?.replayed ? parseWalPosition(row.replayed) : null;
      if (replayed === null) throw new Error('the replica reports no WAL position');
      this.replayed = replayed;
      return { replayed, replayAgeMs: row?.replayAgeMs ?? null };
    } finally {
      clearTimeout(timer);
    }
  }

  private async connected(): Promise<DataSource> {
    if (this.dataSource) return this.dataSource;
    this.opening ??= this.open().finally(() => (this.opening = null));
    this.dataSource = await this.opening;
    return this.dataSource;
  }

  /** Given the outcome of a poll, sets the state and logs a change of it (once, not every poll). */
  mark(state: ReplicaState, lagMs: number | null, logger: Logger, error?: unknown): void {
    const previous = this.state;
    this.state = state;
    this.lagMs = lagMs;
    if (this.reported && previous === state) return;
    this.reported = true;
    const detail = { replica: this.name, state, lagMs, ...(error ? { reason: String(error) } : {}) };
    if (state === 'ok') logger.info(detail, 'read replica serves reads');
    else logger.warn(detail, `read replica is ${state}; reads skip it`);
  }

  /** The replica as `/ready` shows it. */
  status(): ReplicaStatus {
    return {
      name: this.name,
      state: this.state,
      lagMs: this.lagMs === null ? null : Math.round(this.lagMs),
      replayed: this.replayed === null ? null : formatWalPosition(this.replayed),
    };
  }

  /** Closes the replica's pool. */
  async close(): Promise<void> {
    const source = this.dataSource ?? (await this.opening?.catch(() => null));
    if (source?.isInitialized) await source.destroy();
  }
}
