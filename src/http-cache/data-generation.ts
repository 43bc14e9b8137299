/**
 * A number that changes whenever the served data may have changed: answers remembered under one
 * generation are valid only while it lasts. `current()` is null while changes cannot be seen
 * (the change feed is down): nothing remembered may be trusted then.
 */
export interface DataGeneration {
  current(): number | null;
  /** Marks the data as changed (a mutation here, a notification from another process). */
  bump(): void;
}
