export { ReadRouter, type ReadRouterOptions, type ReadTarget, type ReplicaEndpoint } from './read-router';
export type { ReplicaState, ReplicaStatus } from './replica';
export { InvalidReadAfterError, READ_AFTER_HEADER, RequestReads, requestReads } from './request-reads';
export { replicaName } from './replica-name';
export { formatWalPosition, parseWalPosition, type WalPosition } from './wal-position';
