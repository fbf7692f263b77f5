import { describe, expect, it } from 'vitest';
import { annotationsToMarkdown, escapeMarkdown } from './markdown';
import { highlightEntry, noteEntry } from './test-entries';

const markdown = annotationsToMarkdown([highlightEntry, noteEntry], { exportedAt: '2024-05-01T12:00:00.000Z' });

describe('the Markdown export', () => {
  it('gives each highlight its quote as a blockquote, the comment as written, tags, citation and a link back', () => {
    const section = markdown.split('\n---\n')[1]!;
    expect(section).toBe(
      [
        '',
        '## Management Methods for Holding International Conferences in China (Policy)',
        '',
        '> 关于在华举办国际会议的管理办法',
        '',
        'Needs **approval**, "State Council", see below,\nsecond line',
        '',
        '- Tags: approval, 国际会议',
        '- Source: 003\\_4d07e7d8407a130e.txt, 6 International Conferences › (1) Large-scale conferences',
        '- Annotated by Li Wei on 2024-03-10',
        '- [Open in PolicyDesk](policydesk://policies/pol-measures?annotation=ann-0b1c7c52-4a1e-4f5e-9d59-1f0c5a2b3c4d)',
        '',
      ].join('\n'),
    );
  });

  it('says a note is on the whole item, with no blockquote, and gives the page when the citation has one', () => {
    const section = markdown.split('\n---\n')[2]!;
    expect(section).toContain('## Note on Striving to attract international organizations (Target)');
    expect(section).not.toContain('>');
    expect(section).toContain(', p. 12');
    expect(section).toContain('(policydesk://targets/tgt-attract?annotation=ann-note-1)');
  });

  it('opens with a title, the count and the export date', () => {
    expect(markdown.startsWith('# PolicyDesk annotations\n\n2 annotations, exported 2024-05-01.\n')).toBe(true);
  });

  it('flags an orphaned highlight and an item no longer in the library', () => {
    const orphan = { ...highlightEntry, item: null, annotation: { ...highlightEntry.annotation, anchor: 'orphaned' as const } };
    const text = annotationsToMarkdown([orphan], { exportedAt: '2024-05-01T12:00:00.000Z' });
    expect(text).toContain('## Policy pol-measures (Policy)');
    expect(text).toContain('- Source: the item is no longer in the library');
    expect(text).toContain("- Passage: not found in the policy's current text (orphaned)");
  });

  it('keeps every line of a multi-line quote inside the blockquote', () => {
    const quote = { ...highlightEntry.annotation.selector!.quote, exact: 'first line\n\n# not a heading' };
    const entry = { ...highlightEntry, annotation: { ...highlightEntry.annotation, selector: { quote } } };
    expect(annotationsToMarkdown([entry], { exportedAt: '2024-05-01T00:00:00Z' })).toContain(
      '> first line\n>\n> \\# not a heading',
    );
  });

  it('uses the date format it is given', () => {
    const text = annotationsToMarkdown([noteEntry], { exportedAt: '2024-05-01T00:00:00Z', formatDate: () => '1 May 2024' });
    expect(text).toContain('exported 1 May 2024.');
    expect(text).toContain('on 1 May 2024');
  });
});

describe('escaping literal text for Markdown', () => {
  it('shows emphasis marks, brackets and HTML as written', () => {
    expect(escapeMarkdown('a *b* [c](d) <script>')).toBe('a \\*b\\* \\[c\\](d) \\<script\\>');
  });

  it('keeps “S&T” readable and escapes only an ampersand that would start an entity', () => {
    expect(escapeMarkdown('S&T and &amp;')).toBe('S&T and \\&amp;');
  });

  it('stops a line reading as a heading, a list or a numbered list', () => {
    expect(escapeMarkdown('# a\n- b\n2024. c')).toBe('\\# a\n\\- b\n2024\\. c');
  });

  it('leaves Chinese text alone', () => {
    expect(escapeMarkdown('中办发〔2006〕10号')).toBe('中办发〔2006〕10号');
  });
});
