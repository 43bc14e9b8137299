import type { DataGeneration } from './data-generation';

/** A data generation that also follows what the data-change notifications report. */
export interface SharedGeneration extends DataGeneration {
  /** Whether changes from other processes are being heard; while not, `current()` is null. */
  setListening(listening: boolean): void;
}

/**
 * Returns a generation bumped by local mutations and by `data_changed` notifications, and unknown
 * (null) while those are not heard: a write in another process could then go unseen. Hearing them
 * again bumps it too, since whatever was written meanwhile was missed.
 */
export function sharedGeneration(): SharedGeneration {
  let generation = 0;
  let listening = false;
  const bump = () => {
    generation += 1;
  };
  return {
    current: () => (listening ? generation : null),
    bump,
    setListening: (now) => {
      if (now && !listening) bump();
      listening = now;
    },
  };
}
