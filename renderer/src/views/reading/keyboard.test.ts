import { describe, expect, it } from 'vitest';
import { caretMoveFor, commandFor, type KeyLike } from './keyboard';

const key = (name: string, modifiers: Partial<KeyLike> = {}): KeyLike => ({
  key: name,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});

describe('caretMoveFor', () => {
  it('moves by character with the arrows and extends with Shift', () => {
    expect(caretMoveFor(key('ArrowRight'))).toEqual({ alter: 'move', direction: 'forward', granularity: 'character' });
    expect(caretMoveFor(key('ArrowLeft', { shiftKey: true }))).toEqual({
      alter: 'extend',
      direction: 'backward',
      granularity: 'character',
    });
  });

  it('goes by word with Ctrl (or Cmd)', () => {
    expect(caretMoveFor(key('ArrowRight', { ctrlKey: true, shiftKey: true }))?.granularity).toBe('word');
    expect(caretMoveFor(key('ArrowLeft', { metaKey: true }))?.granularity).toBe('word');
  });

  it('goes by line with Up and Down, and to the line’s or text’s ends with Home and End', () => {
    expect(caretMoveFor(key('ArrowDown', { shiftKey: true }))).toEqual({
      alter: 'extend',
      direction: 'forward',
      granularity: 'line',
    });
    expect(caretMoveFor(key('Home'))?.granularity).toBe('lineboundary');
    expect(caretMoveFor(key('End', { ctrlKey: true, shiftKey: true }))).toEqual({
      alter: 'extend',
      direction: 'forward',
      granularity: 'documentboundary',
    });
  });

  it('leaves other keys and Alt combinations to the browser', () => {
    expect(caretMoveFor(key('Tab'))).toBeNull();
    expect(caretMoveFor(key('ArrowLeft', { altKey: true }))).toBeNull();
    expect(caretMoveFor(key('PageDown'))).toBeNull();
  });
});

describe('commandFor', () => {
  it('highlights with H or Ctrl+Enter and asks for a comment with C', () => {
    expect(commandFor(key('h'))).toBe('highlight');
    expect(commandFor(key('Enter', { ctrlKey: true }))).toBe('highlight');
    expect(commandFor(key('c'))).toBe('comment');
  });

  it('opens the note under the caret with Enter and clears with Escape', () => {
    expect(commandFor(key('Enter'))).toBe('open-note');
    expect(commandFor(key('Escape'))).toBe('dismiss');
  });

  it('selects the whole text, not the whole window, with Ctrl+A', () => {
    expect(commandFor(key('a', { ctrlKey: true }))).toBe('select-all');
  });

  it('does not take Ctrl+C (copy) or Ctrl+H', () => {
    expect(commandFor(key('c', { ctrlKey: true }))).toBeNull();
    expect(commandFor(key('h', { ctrlKey: true }))).toBeNull();
  });
});
