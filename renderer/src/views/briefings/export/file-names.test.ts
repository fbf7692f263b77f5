import { describe, expect, it } from 'vitest';
import { suggestedFileName } from './file-names';

describe('the suggested file name', () => {
  it('is the title and the date, with the extension', () => {
    expect(suggestedFileName('ISTO participation: 2025 check', '2025-03-10', 'pdf')).toBe(
      'ISTO participation 2025 check - 2025-03-10.pdf',
    );
  });

  it('keeps Chinese and drops characters no file system accepts', () => {
    expect(suggestedFileName('国际会议 / 审批 <草稿>?', '2025-03-10', 'md')).toBe('国际会议 审批 草稿 - 2025-03-10.md');
  });

  it('falls back to "Briefing" for an empty title and leaves out a date that is not one', () => {
    expect(suggestedFileName('  ', '', 'html')).toBe('Briefing.html');
    expect(suggestedFileName('...', 'soon', 'html')).toBe('Briefing.html');
  });

  it('shortens a long title without splitting a character', () => {
    const name = suggestedFileName('𠀀'.repeat(300), '2025-03-10', 'pdf');
    expect([...name.replace(' - 2025-03-10.pdf', '')]).toHaveLength(60);
    expect(suggestedFileName('中'.repeat(300), '2025-03-10', 'pdf')).toBe(`${'中'.repeat(120)} - 2025-03-10.pdf`);
    expect(name.length).toBeLessThanOrEqual(255);
  });
});
