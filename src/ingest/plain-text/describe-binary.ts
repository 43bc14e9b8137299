// The first bytes of formats people rename or drop into an article folder by mistake.
const SIGNATURES: { bytes: number[]; name: string }[] = [
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46], name: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive (or a .docx/.xlsx)' },
  { bytes: [0x1f, 0x8b], name: 'a gzip archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], name: 'an old Microsoft Office document' },
];

/** How many leading bytes `describeBinary` needs to see to judge a file. */
export const SNIFF_BYTES = 8_192;

const startsWith = (head: Uint8Array, bytes: number[]): boolean =>
  bytes.every((byte, index) => head[index] === byte);

// UTF-16 text of Latin script has a NUL in every other byte; binary data has them anywhere.
function looksLikeUtf16WithoutBom(head: Uint8Array): boolean {
  const pairs = Math.floor(head.length / 2);
  if (pairs < 2) return false;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let index = 0; index < pairs * 2; index += 2) {
    if (head[index] === 0) evenNuls += 1;
    if (head[index + 1] === 0) oddNuls += 1;
  }
  return Math.max(evenNuls, oddNuls) > pairs * 0.4 && Math.min(evenNuls, oddNuls) === 0;
}

/**
 * Given the first bytes of an input (up to `SNIFF_BYTES`), returns why it is not UTF-8 text when
 * that shows already ("a JPEG image", "UTF-16 text", "binary data (NUL bytes)"), else null.
 * UTF-16 is refused rather than decoded: the line and record readers split bytes as UTF-8, and one
 * encoding for every input type is simpler to explain than a table of exceptions.
 */
export function describeBinary(head: Uint8Array): string | null {
  const signature = SIGNATURES.find((candidate) => startsWith(head, candidate.bytes));
  if (signature) return `${signature.name}, not text`;
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff]))
    return 'UTF-16 text (it starts with a UTF-16 byte-order mark); save it as UTF-8';
  if (!head.includes(0)) return null;
  return looksLikeUtf16WithoutBom(head)
    ? 'binary data (NUL bytes); it looks like UTF-16 text without a byte-order mark: save it as UTF-8'
    : 'binary data (NUL bytes), not text';
}
