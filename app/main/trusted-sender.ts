import type { AppContent } from './app-content';

/** The parts of an IPC event and a window that decide trust; structural, so testable without Electron. */
export interface FrameLike {
  readonly processId: number;
  readonly frameToken: string;
  readonly url: string;
}
export interface SenderLike {
  readonly sender: unknown;
  readonly senderFrame: FrameLike | null;
}
export interface WindowContentsLike {
  readonly mainFrame: FrameLike;
}

/**
 * A host call is answered only when it comes from the main window's top frame while that
 * frame shows the app's own content: not from an iframe, not from another window, and not
 * after the window was somehow taken to a foreign page.
 */
export function isTrustedSender(
  event: SenderLike,
  windowContents: WindowContentsLike | undefined,
  content: Pick<AppContent, 'isAppUrl'>,
): boolean {
  const frame = event.senderFrame;
  if (windowContents === undefined || frame === null || event.sender !== windowContents) return false;
  const top = windowContents.mainFrame;
  return frame.processId === top.processId && frame.frameToken === top.frameToken && content.isAppUrl(frame.url);
}
