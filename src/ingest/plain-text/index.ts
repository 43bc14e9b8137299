export { decodeText, type DecodedText } from './decode-text';
export { describeBinary, SNIFF_BYTES } from './describe-binary';
export { findUnsafeCharacter, type UnsafeCharacter } from './find-unsafe-character';
