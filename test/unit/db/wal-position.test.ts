import { describe, expect, it } from 'vitest';
import { PrimaryPositions } from '../../../src/db/replicas/primary-positions';
import { formatWalPosition, parseWalPosition } from '../../../src/db/replicas';

describe('WAL positions', () => {
  it('read as Postgres prints them, compare by byte offset across the halves, and print back the same', () => {
    const low = parseWalPosition('0/FFFFFFFF');
    const high = parseWalPosition('1/0');
    expect(low).toBe(0xffffffffn);
    expect(high).toBe(0x100000000n);
    expect((high ?? 0n) > (low ?? 0n)).toBe(true);
    expect(formatWalPosition(parseWalPosition('16/b374d848') ?? 0n)).toBe('16/B374D848');
  });

  it('refuse anything else', () => {
    for (const text of ['', '0', '0/', '/1', '0/1/2', 'G/1', '123456789/0', '0/1; DROP'])
      expect(parseWalPosition(text), text).toBeNull();
  });
});

describe('replica lag from the primary positions seen', () => {
  it('is zero for a replica that replayed all the primary holds, however long the primary has been idle', () => {
    const positions = new PrimaryPositions(10_000);
    positions.record(100n, 0);
    expect(positions.lagMs(100n, 3_600_000, 60_000)).toBe(0);
  });

  it('counts from when the primary first held WAL the replica has not replayed', () => {
    const positions = new PrimaryPositions(60_000);
    positions.record(100n, 1_000);
    positions.record(200n, 2_000);
    positions.record(300n, 3_000);
    expect(positions.lagMs(200n, null, 3_500)).toBe(500);
    expect(positions.lagMs(150n, null, 3_500)).toBe(1_500);
  });

  it("uses the replica's own replay age when it is behind everything seen (behind since before the first poll)", () => {
    const positions = new PrimaryPositions(60_000);
    positions.record(500n, 10_000);
    expect(positions.lagMs(100n, 90_000, 10_200)).toBe(90_000);
    expect(positions.lagMs(100n, null, 10_200)).toBe(200);
  });

  it('forgets sightings past its window but keeps the newest, so a stuck replica still shows past the bound', () => {
    const positions = new PrimaryPositions(5_000);
    for (let second = 0; second <= 60; second += 1) positions.record(BigInt(second + 1), second * 1_000);
    expect(positions.lagMs(0n, null, 60_000)).toBeGreaterThanOrEqual(5_000);
    expect(positions.lagMs(61n, null, 60_000)).toBe(0);
  });
});
