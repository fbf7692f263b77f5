import { describe, expect, it, vi } from 'vitest';
import { decodeBase64 } from './base64';

const bytes = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff, 0xe4, 0xb8, 0xad]);
const encoded = btoa(String.fromCharCode(...bytes));

describe('decodeBase64', () => {
  it('gives back the exact bytes, binary ones included', () => {
    expect(decodeBase64(encoded)).toEqual(bytes);
    expect(decodeBase64('')).toEqual(new Uint8Array());
  });

  it('uses Uint8Array.fromBase64 where the browser has it', () => {
    const original: unknown = Reflect.get(Uint8Array, 'fromBase64');
    const fromBase64 = vi.fn(() => Uint8Array.from([1, 2, 3]));
    Reflect.set(Uint8Array, 'fromBase64', fromBase64);
    try {
      expect(decodeBase64('AQID')).toEqual(Uint8Array.from([1, 2, 3]));
      expect(fromBase64).toHaveBeenCalledWith('AQID');
    } finally {
      if (original === undefined) Reflect.deleteProperty(Uint8Array, 'fromBase64');
      else Reflect.set(Uint8Array, 'fromBase64', original);
    }
  });
});
