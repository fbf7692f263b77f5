import { expect, type Locator, type Page } from '@playwright/test';

/**
 * A policy's reading view and its notes, as an analyst drives them: select a passage with the
 * mouse or the keyboard, highlight it, open its note, and deal with highlights that need
 * attention after the text changed.
 */
export class ReadingPage {
  constructor(private readonly page: () => Page) {}

  get view(): Locator {
    return this.page().getByRole('document', { name: 'Text of the policy' });
  }

  /** Every highlight mark in the text, in text order. */
  get marks(): Locator {
    return this.view.locator('mark');
  }

  mark(text: string): Locator {
    return this.view.locator('mark', { hasText: text });
  }

  get toolbar(): Locator {
    return this.page().getByRole('toolbar', { name: 'Selected passage' });
  }

  get margin(): Locator {
    return this.page().getByRole('complementary', { name: 'Notes in text order' });
  }

  get needsAttention(): Locator {
    return this.page().getByRole('region', { name: /^Needs attention/ });
  }

  get notes(): Locator {
    return this.page().getByRole('region', { name: 'Notes', exact: true });
  }

  /** The popover a highlight opens, with its note. */
  get notePopover(): Locator {
    return this.page().getByRole('dialog', { name: /^Highlight/ });
  }

  /**
   * Selects the first occurrence of `passage` in the text by dragging the real mouse across it:
   * the page is asked only where the passage's characters are drawn.
   */
  async selectWithMouse(passage: string) {
    const where = async () =>
      this.view.evaluate((root, wanted) => {
        const at = (root.textContent ?? '').indexOf(wanted);
        if (at < 0) throw new Error(`“${wanted}” is not in the text`);
        const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const range = root.ownerDocument.createRange();
        let seen = 0;
        let started = false;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = (node as Text).data.length;
          if (!started && at < seen + length) {
            range.setStart(node, at - seen);
            started = true;
          }
          if (started && at + wanted.length <= seen + length) {
            range.setEnd(node, at + wanted.length - seen);
            break;
          }
          seen += length;
        }
        const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
        const first = rects[0]!;
        const last = rects[rects.length - 1]!;
        return {
          from: { x: first.left + 1, y: first.top + first.height / 2 },
          to: { x: last.right - 1, y: last.top + last.height / 2 },
          top: first.top,
        };
      }, passage);
    let spot = await where();
    const viewport = this.page().viewportSize();
    if (viewport && (spot.top < 80 || spot.top > viewport.height - 200)) {
      // Bring the passage to the middle of the main pane, which is what scrolls in this app.
      await this.page()
        .locator('main')
        .evaluate((main, top) => main.scrollBy(0, top - 300), spot.top);
      spot = await where();
    }
    const mouse = this.page().mouse;
    await mouse.move(spot.from.x, spot.from.y);
    await mouse.down();
    await mouse.move(spot.to.x, spot.to.y, { steps: 10 });
    await mouse.up();
    await expect(this.toolbar).toBeVisible();
  }

  /** What the document's selection holds, as the analyst sees it selected. */
  async selectedText(): Promise<string> {
    return this.page().evaluate(() => document.getSelection()?.toString() ?? '');
  }

  async highlightSelection() {
    await this.toolbar.getByRole('button', { name: 'Highlight selection' }).click();
  }

  async highlightWithComment(comment: string) {
    await this.toolbar.getByRole('button', { name: 'Highlight with comment…' }).click();
    const form = this.page().getByRole('dialog', { name: 'New highlight' });
    await form.getByRole('textbox', { name: 'Comment' }).fill(comment);
    await form.getByRole('button', { name: 'Save highlight' }).click();
    await expect(form).toBeHidden();
  }

  /** Clicks a highlight and returns the popover with its note. */
  async openNote(text: string): Promise<Locator> {
    await this.mark(text).first().click();
    await expect(this.notePopover).toBeVisible();
    return this.notePopover;
  }

  /** One entry of "Needs attention", by its old quote. */
  attentionEntry(quote: string): Locator {
    return this.needsAttention
      .getByRole('listitem')
      .filter({ has: this.page().getByLabel('Old quote').filter({ hasText: quote }) });
  }
}
