import type { WalPosition } from './wal-position';

/** One sighting of the primary's WAL position: when this process first saw it there. */
interface Sighting {
  readonly at: number;
  readonly position: WalPosition;
}

/**
 * The primary's WAL positions as the poller saw them, newest last, kept for `keepMs`. A replica's
 * lag is how long ago the primary first held WAL the replica has not replayed: zero when it has
 * replayed everything, however long the primary has been idle (unlike the replica's own
 * `now() - pg_last_xact_replay_timestamp()`, which grows while nobody writes).
 */
export class PrimaryPositions {
  private readonly sightings: Sighting[] = [];

  constructor(private readonly keepMs: number) {}

  /** Given the primary's position now, records it when it moved and forgets sightings older than the window. */
  record(position: WalPosition, at: number = Date.now()): void {
    const last = this.sightings.at(-1);
    if (last === undefined || position > last.position) this.sightings.push({ at, position });
    // The newest sighting stays whatever its age: it is what an idle primary still holds.
    while (this.sightings.length > 1 && (this.sightings[0]?.at ?? at) < at - this.keepMs) {
      this.sightings.shift();
    }
  }

  /**
   * Given a replica's replayed position and how old its last replayed commit is (when it says),
   * returns its lag in milliseconds at `now`. When the replica is behind everything this process
   * has seen (it was behind before the first poll), the replica's own replay age is the better
   * bound, so the larger of the two counts.
   */
  lagMs(replayed: WalPosition, replayAgeMs: number | null, now: number = Date.now()): number {
    const first = this.sightings.find((sighting) => sighting.position > replayed);
    if (first === undefined) return 0;
    const seenLag = Math.max(0, now - first.at);
    return first === this.sightings[0] ? Math.max(seenLag, replayAgeMs ?? 0) : seenLag;
  }
}
