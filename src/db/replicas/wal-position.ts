/**
 * A WAL position (LSN) as Postgres prints it, `X/Y`: two hexadecimal halves of a 64-bit byte
 * offset. Kept as a bigint so positions compare with `<` and `>=`.
 */
export type WalPosition = bigint;

const LSN_TEXT = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i;

/** Given `X/Y` text (`pg_current_wal_lsn()::text`), returns the position; null when it is not one. */
export function parseWalPosition(text: string): WalPosition | null {
  const match = LSN_TEXT.exec(text.trim());
  if (!match) return null;
  return (BigInt(`0x${match[1]}`) << 32n) | BigInt(`0x${match[2]}`);
}

/** Given a position, returns it as Postgres prints it (`16/B374D848`). */
export function formatWalPosition(position: WalPosition): string {
  const high = (position >> 32n).toString(16).toUpperCase();
  const low = (position & 0xffffffffn).toString(16).toUpperCase();
  return `${high}/${low}`;
}
