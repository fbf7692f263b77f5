import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mimeTypeOf } from './mime-types';
import { resolveStaticPath } from './static-files';

const root = path.resolve('/srv/renderer');

describe('resolveStaticPath', () => {
  it('maps / to index.html and other paths into the renderer folder', () => {
    expect(resolveStaticPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/index-abc.js')).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(resolveStaticPath(root, '/assets/a%20b.css')).toBe(path.join(root, 'assets', 'a b.css'));
  });

  it.each(['/..', '/../x', '/%2e%2e/x', '/assets/../../x', '/%5c..%5cx', '/a%00b', '/%E0%A4%A'])('refuses %s', (urlPath) => {
    expect(resolveStaticPath(root, urlPath)).toBeUndefined();
  });

  it('keeps a path with doubled slashes inside the folder', () => {
    expect(resolveStaticPath(root, '//etc/passwd')).toBe(path.join(root, 'etc', 'passwd'));
  });
});

describe('mimeTypeOf', () => {
  it('names the types a Vite build emits and falls back to opaque bytes', () => {
    expect(mimeTypeOf('index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeOf('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeOf('font.woff2')).toBe('font/woff2');
    expect(mimeTypeOf('blob.bin')).toBe('application/octet-stream');
  });
});
