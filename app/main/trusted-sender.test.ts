import { describe, expect, it } from 'vitest';
import { isTrustedSender, type FrameLike } from './trusted-sender';

const appUrl = 'file:///app/out/renderer/index.html';
const content = { isAppUrl: (url: string) => url.startsWith('file:///app/out/renderer/') };
const mainFrame: FrameLike = { processId: 7, frameToken: 'top', url: appUrl };
const contents = { mainFrame };

describe('isTrustedSender', () => {
  it('trusts the main window’s top frame showing the app', () => {
    expect(isTrustedSender({ sender: contents, senderFrame: { ...mainFrame } }, contents, content)).toBe(true);
  });

  it('refuses another window', () => {
    const other = { mainFrame };
    expect(isTrustedSender({ sender: other, senderFrame: mainFrame }, contents, content)).toBe(false);
  });

  it('refuses a subframe of the main window', () => {
    const iframe = { processId: 7, frameToken: 'child', url: appUrl };
    expect(isTrustedSender({ sender: contents, senderFrame: iframe }, contents, content)).toBe(false);
  });

  it('refuses the top frame once it shows anything but the app', () => {
    const elsewhere = { ...mainFrame, url: 'https://example.com/' };
    expect(isTrustedSender({ sender: contents, senderFrame: elsewhere }, contents, content)).toBe(false);
  });

  it('refuses a sender whose frame is gone, and any sender when there is no window', () => {
    expect(isTrustedSender({ sender: contents, senderFrame: null }, contents, content)).toBe(false);
    expect(isTrustedSender({ sender: contents, senderFrame: mainFrame }, undefined, content)).toBe(false);
  });
});
