import type { DataChangeHandlers } from '../db/data-change-listener';
import type { DataGeneration } from './data-generation';

/**
 * Returns a generation bumped by local mutations and by the data-change listener's reports (the
 * handlers to give it), and unknown (null) while the listener is not hearing changes: a write in
 * another process could then go unseen.
 */
export function sharedGeneration(): DataGeneration & Pick<DataChangeHandlers, 'onChange' | 'onListening'> {
  let generation = 0;
  let listening = false;
  const bump = () => {
    generation += 1;
  };
  return {
    current: () => (listening ? generation : null),
    bump,
    onChange: bump,
    onListening: (now) => {
      listening = now;
    },
  };
}
