/**
 * Decodes base64 to bytes. Chromium has `Uint8Array.fromBase64` (fast, and strict);
 * elsewhere, and in tests under older Node, `atob` does the same more slowly. The
 * contract has already checked that the text is base64.
 */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const native: unknown = Reflect.get(Uint8Array, 'fromBase64');
  if (typeof native === 'function') {
    const decoded: unknown = Reflect.apply(native, Uint8Array, [text]);
    if (decoded instanceof Uint8Array && ownsArrayBuffer(decoded)) return decoded;
  }
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

function ownsArrayBuffer(bytes: Uint8Array): bytes is Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer;
}
