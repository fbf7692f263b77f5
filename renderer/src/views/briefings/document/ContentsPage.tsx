import type { MouseEvent } from 'react';
import type { ContentsEntry } from '../../../../../shared/briefing/document-types';
import { SheetMarking } from './CoverPage';

/**
 * The contents: every section, and each target page under its section, linking to it.
 *
 * Without page numbers, deliberately: the numbers exist only once Chromium has laid out the
 * pages, and Chromium does not implement target-counter() (checked: it prints nothing), so
 * they cannot be written here. The links become PDF links, and the headings become the
 * PDF's outline (bookmarks), which is how a reader moves through a long briefing.
 */
export function ContentsPage({ entries, marking }: { entries: readonly ContentsEntry[]; marking: string }) {
  // In the app the hash belongs to the router; scroll within the preview instead of navigating.
  // The href stays, so the printed document keeps working links.
  const jump = (event: MouseEvent<HTMLAnchorElement>, anchor: string) => {
    event.preventDefault();
    const root = event.currentTarget.closest('.briefing-doc');
    root?.querySelector(`#${CSS.escape(anchor)}`)?.scrollIntoView({ block: 'start' });
  };
  return (
    <nav className="briefing-sheet briefing-contents" aria-labelledby="briefing-contents-title">
      <SheetMarking marking={marking} />
      <h2 id="briefing-contents-title">Contents</h2>
      {entries.length === 0 ? (
        <p className="briefing-empty">This briefing has no sections yet.</p>
      ) : (
        <ol>
          {entries.map((entry) => (
            <li key={entry.anchor}>
              <a href={`#${entry.anchor}`} onClick={(event) => jump(event, entry.anchor)}>
                {entry.heading}
              </a>
              {entry.children.length > 0 && (
                <ul>
                  {entry.children.map((child) => (
                    <li key={child.anchor}>
                      <a href={`#${child.anchor}`} onClick={(event) => jump(event, child.anchor)}>
                        {child.heading}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
}
