export { looksLikeDateline } from './looks-like-dateline';
export { parseDateline, YEARLESS_DATELINE_MAX_AGE_DAYS } from './parse-dateline';
