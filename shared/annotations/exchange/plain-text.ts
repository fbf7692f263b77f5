/**
 * A Markdown comment as one line of plain text, for a table cell and its filter: the words an
 * analyst wrote, without the marks that format them. Not a Markdown parser: a cell only needs
 * the text to read and search, and every case here fails towards showing a stray mark.
 */
export function markdownToPlainText(markdown: string): string {
  return (
    markdown
      // Fenced code keeps its content; the fences go.
      .replace(/^\s*(```|~~~).*$/gmu, '')
      // Images and links keep their text.
      .replace(/!\[([^\]]*)\]\([^)]*\)/gu, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
      // HTML tags are markup, not words.
      .replace(/<\/?[a-z][^>]*>/giu, '')
      // Headings, quotes and list markers at the start of a line.
      .replace(/^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gmu, '')
      // Emphasis, strong, code and strikethrough marks around words.
      .replace(/(\*\*|__|~~|[*_`])(?=\S)([^\n]*?\S)\1/gu, '$2')
      // Backslash escapes show the character.
      .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/gu, '$1')
      .replace(/\s+/gu, ' ')
      .trim()
  );
}
