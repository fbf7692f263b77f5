/**
 * Counts the pages of a PDF by its page objects (`/Type /Page`, not `/Pages`), reading
 * the file's syntax rather than searching it blindly: literal strings (titles, outline
 * entries, metadata), comments and stream data are skipped, so a heading that happens
 * to read "/Type /Page" is not a page. Enough for the PDFs Chromium writes, which keep
 * every object uncompressed; a PDF that hides its objects in object streams yields no
 * page objects and is refused rather than miscounted.
 */
export function countPdfPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  if (!text.startsWith('%PDF-')) throw new Error('Not a PDF: it does not start with %PDF-.');
  let pages = 0;
  const tokens = /[(%]|\bstream(?:\r\n|\n|\r)|\/Type\s*\/Page(?![^\s()<>[\]{}/%])/gu;
  for (let match = tokens.exec(text); match !== null; match = tokens.exec(text)) {
    const token = match[0];
    if (token === '(') tokens.lastIndex = endOfLiteralString(text, match.index);
    else if (token === '%') tokens.lastIndex = endOfLine(text, match.index);
    else if (token.startsWith('stream')) tokens.lastIndex = endOfStream(text, tokens.lastIndex);
    else pages += 1;
  }
  if (pages === 0) throw new Error('No page objects found in the PDF.');
  return pages;
}

/** Literal strings nest balanced parentheses; a backslash escapes the next character. */
function endOfLiteralString(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index += 1) {
    const char = text[index];
    if (char === '\\') index += 1;
    else if (char === '(') depth += 1;
    else if (char === ')') {
      depth -= 1;
      if (depth === 0) return index + 1;
    }
  }
  return text.length;
}

function endOfLine(text: string, from: number): number {
  const match = /[\r\n]/gu;
  match.lastIndex = from;
  return match.exec(text)?.index ?? text.length;
}

function endOfStream(text: string, dataStart: number): number {
  const end = text.indexOf('endstream', dataStart);
  return end === -1 ? text.length : end + 'endstream'.length;
}
