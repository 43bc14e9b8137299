export { looksLikeDateline } from './looks-like-dateline';
export { parseDateline } from './parse-dateline';
