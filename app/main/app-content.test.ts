import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAppContent } from './app-content';

const rendererDir = path.resolve('/opt/policydesk/out/renderer');
const built = createAppContent({ rendererDir });
const fileUrl = (file: string) => pathToFileURL(file).href;

describe('createAppContent for the built renderer', () => {
  it('loads index.html from the renderer folder', () => {
    expect(built.entryUrl).toBe(fileUrl(path.join(rendererDir, 'index.html')));
  });

  it('counts files inside the renderer folder as the app', () => {
    expect(built.isAppUrl(fileUrl(path.join(rendererDir, 'index.html')))).toBe(true);
    expect(built.isAppUrl(`${fileUrl(path.join(rendererDir, 'index.html'))}#/policies/3`)).toBe(true);
    expect(built.isAllowedRequest(fileUrl(path.join(rendererDir, 'assets', 'index-abc.js')))).toBe(true);
  });

  it('refuses other files, even through dot-dot or a look-alike folder', () => {
    expect(built.isAllowedRequest(fileUrl('/etc/passwd'))).toBe(false);
    expect(built.isAllowedRequest(`${fileUrl(rendererDir)}/../main/index.js`)).toBe(false);
    expect(built.isAllowedRequest(fileUrl(`${rendererDir}-evil/index.html`))).toBe(false);
    expect(built.isAllowedRequest('file://fileserver/share/index.html')).toBe(false);
  });

  it('refuses the network', () => {
    for (const url of ['https://example.com/', 'http://127.0.0.1:4763/', 'ws://localhost:5173/', 'ftp://x/']) {
      expect(built.isAllowedRequest(url)).toBe(false);
    }
  });

  it('allows in-memory and DevTools URLs, which never leave the machine', () => {
    expect(built.isAllowedRequest('data:image/png;base64,AAAA')).toBe(true);
    expect(built.isAllowedRequest('blob:file:///1234')).toBe(true);
    expect(built.isAllowedRequest('devtools://devtools/bundled/devtools_app.html')).toBe(true);
    expect(built.isAppUrl('data:text/html,<script>1</script>')).toBe(false);
  });

  it('refuses what is not a URL', () => {
    expect(built.isAllowedRequest('not a url')).toBe(false);
  });
});

describe('createAppContent in development', () => {
  const dev = createAppContent({ rendererDir, devServerUrl: 'http://localhost:5173' });

  it('loads and trusts the dev server, including its hot-reload socket', () => {
    expect(dev.entryUrl).toBe('http://localhost:5173');
    expect(dev.isAppUrl('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(dev.isAllowedRequest('ws://localhost:5173/')).toBe(true);
  });

  it('trusts nothing else on the network', () => {
    expect(dev.isAppUrl('http://localhost:5174/')).toBe(false);
    expect(dev.isAllowedRequest('https://localhost:5173/')).toBe(false);
    expect(dev.isAllowedRequest(fileUrl(path.join(rendererDir, 'index.html')))).toBe(false);
  });
});
