import { splitsSurrogatePair } from './offsets';
import type { Utf16Range } from './ranges';

/** One contiguous replacement: old[start, oldEnd) became new[start, newEnd). UTF-16 offsets. */
export interface TextEdit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/**
 * The smallest single replacement that turns the old text into the new one: everything before
 * the first difference and after the last one is untouched. Several separate edits come out as
 * one span from the first change to the last, which only makes it more cautious.
 */
export function findEdit(oldText: string, newText: string): TextEdit | null {
  if (oldText === newText) return null;
  const shorter = Math.min(oldText.length, newText.length);
  let head = 0;
  while (head < shorter && oldText.charCodeAt(head) === newText.charCodeAt(head)) head++;
  // Never end the shared head between the halves of one character.
  if (splitsSurrogatePair(oldText, head) || splitsSurrogatePair(newText, head)) head--;
  let tail = 0;
  while (
    tail < shorter - head &&
    oldText.charCodeAt(oldText.length - 1 - tail) === newText.charCodeAt(newText.length - 1 - tail)
  ) {
    tail++;
  }
  if (splitsSurrogatePair(oldText, oldText.length - tail) || splitsSurrogatePair(newText, newText.length - tail)) tail--;
  return { start: head, oldEnd: oldText.length - tail, newEnd: newText.length - tail };
}

/**
 * Where an old range is in the new text, when the edit left it alone; null when the edit
 * touched it. Text inserted right at either end of the range stays outside it.
 */
export function mapThroughEdit(edit: TextEdit | null, range: Utf16Range): Utf16Range | null {
  if (!edit || range.end <= edit.start) return range;
  if (range.start >= edit.oldEnd) {
    const shift = edit.newEnd - edit.oldEnd;
    return { start: range.start + shift, end: range.end + shift };
  }
  return null;
}
