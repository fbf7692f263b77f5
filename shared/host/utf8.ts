/**
 * The number of bytes `text` takes as UTF-8, without encoding it (shared/ has no
 * TextEncoder). A lone surrogate counts as the three bytes of U+FFFD, which is what an
 * encoder writes in its place.
 */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (isHighSurrogate(unit) && isLowSurrogate(text.charCodeAt(index + 1))) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * True when `text` is at most `limit` UTF-8 bytes. A UTF-16 code unit never takes more
 * than three bytes, so a short enough string is accepted without counting.
 */
export function fitsInUtf8Bytes(text: string, limit: number): boolean {
  return text.length * 3 <= limit || (text.length <= limit && utf8ByteLength(text) <= limit);
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
