/**
 * The name offered in the save dialog: the title and the date, e.g.
 * "ISTO participation 2025 check - 2025-03-10.pdf". Characters no file system accepts are
 * dropped; Chinese stays, since every current system takes it.
 */
const UNSAFE = /[\\/:*?"<>|\p{Cc}]+/gu;
/** In UTF-16 units, as the host's file-name check counts: well under its 255 with the date and extension. */
const MAX_STEM = 120;

export function suggestedFileName(title: string, date: string, extension: 'pdf' | 'html' | 'md'): string {
  const cleaned = title.replace(UNSAFE, ' ').replace(/\s+/gu, ' ').trim().replace(/^\.+/u, '');
  // Cut between code points, never inside a surrogate pair.
  let stem = '';
  for (const char of cleaned) {
    if (stem.length + char.length > MAX_STEM) break;
    stem += char;
  }
  stem = stem.trim() || 'Briefing';
  return `${stem}${/^\d{4}-\d{2}-\d{2}$/u.test(date) ? ` - ${date}` : ''}.${extension}`;
}
