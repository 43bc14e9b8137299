/** Collects the values of a parameterised SQL statement and hands out their `$n` placeholders. */
export class SqlParams {
  readonly values: unknown[] = [];

  /** Given a value, stores it and returns its placeholder (`$1`, `$2`, …). */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
