import { describe, expect, it } from 'vitest';
import { hasFlag, readOption, readPort, UsageError } from './cli-args';

describe('readOption', () => {
  it('reads "--name value" and "--name=value"', () => {
    expect(readOption(['x', '--data-dir', '/a'], '--data-dir')).toBe('/a');
    expect(readOption(['--data-dir=/b c'], '--data-dir')).toBe('/b c');
  });

  it('is undefined when the option is absent', () => {
    expect(readOption(['--data-directory', '/a'], '--data-dir')).toBeUndefined();
  });

  it('refuses an option given without a value', () => {
    expect(() => readOption(['--data-dir'], '--data-dir')).toThrow(UsageError);
    expect(() => readOption(['--data-dir', '--no-open'], '--data-dir')).toThrow('--data-dir needs a value.');
    expect(() => readOption(['--data-dir='], '--data-dir')).toThrow(UsageError);
  });
});

describe('readPort', () => {
  it('falls back when --port is absent and accepts 0 for "any free port"', () => {
    expect(readPort([], 4763)).toBe(4763);
    expect(readPort(['--port', '0'], 4763)).toBe(0);
    expect(readPort(['--port=8080'], 4763)).toBe(8080);
  });

  it('refuses anything that is not a port number', () => {
    expect(() => readPort(['--port', '-1'], 1)).toThrow(UsageError);
    expect(() => readPort(['--port', '65536'], 1)).toThrow(UsageError);
    expect(() => readPort(['--port', '80x'], 1)).toThrow(UsageError);
  });
});

describe('hasFlag', () => {
  it('matches the exact flag only', () => {
    expect(hasFlag(['--no-open'], '--no-open')).toBe(true);
    expect(hasFlag(['--no-opener'], '--no-open')).toBe(false);
  });
});
