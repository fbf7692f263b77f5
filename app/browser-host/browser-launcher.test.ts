import { describe, expect, it } from 'vitest';
import { browserArguments, findBrowser, openByHandMessage, type BrowserSearch } from './browser-launcher';

function searching(executables: string[], env: Record<string, string> = {}, platform: NodeJS.Platform = 'linux'): BrowserSearch {
  return { env, platform, isExecutable: (file) => executables.includes(file) };
}

describe('findBrowser', () => {
  it('obeys POLICYDESK_BROWSER above everything else', () => {
    expect(findBrowser(searching(['/usr/bin/chromium'], { POLICYDESK_BROWSER: '/opt/chrome/chrome' }))).toBe(
      '/opt/chrome/chrome',
    );
  });

  it('prefers /usr/bin/chromium', () => {
    expect(findBrowser(searching(['/usr/bin/chromium', '/usr/local/bin/chromium'], { PATH: '/usr/local/bin' }))).toBe(
      '/usr/bin/chromium',
    );
  });

  it('then searches PATH for chromium, chromium-browser and google-chrome, in that order', () => {
    const env = { PATH: '/a:/b' };
    expect(findBrowser(searching(['/b/google-chrome', '/a/chromium-browser'], env))).toBe('/a/chromium-browser');
    expect(findBrowser(searching(['/b/google-chrome'], env))).toBe('/b/google-chrome');
  });

  it('looks for .exe files on Windows', () => {
    const env = { PATH: 'C:\\Chromium;C:\\Other' };
    expect(findBrowser(searching(['C:\\Chromium\\chromium.exe'], env, 'win32'))).toBe('C:\\Chromium\\chromium.exe');
  });

  it('finds nothing when no browser is installed', () => {
    expect(findBrowser(searching([], { PATH: '/usr/bin' }))).toBeUndefined();
  });
});

describe('browserArguments', () => {
  it('opens the launch page in an app window on its own profile with background traffic turned off', () => {
    expect(browserArguments('file:///data/browser-launch/launch-4763.html', '/data/browser-profile')).toEqual([
      '--app=file:///data/browser-launch/launch-4763.html',
      '--user-data-dir=/data/browser-profile',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
    ]);
  });
});

describe('openByHandMessage', () => {
  it('gives the launch URL and says where an everyday browser keeps the library', () => {
    const message = openByHandMessage('http://127.0.0.1:4763/?launch=x', '/home/ana/.config/PolicyDesk');
    expect(message).toContain('open http://127.0.0.1:4763/?launch=x in a Chromium-based browser');
    expect(message).toContain("keeps the library in that browser's own profile, not in the data folder");
    expect(message).toContain('(/home/ana/.config/PolicyDesk); only backups are saved there');
  });
});
