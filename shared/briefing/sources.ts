import { type Citation, formatCitation } from '../domain/citation';

/**
 * Numbered source notes for one part of a briefing. Tables cite by number ("[2]") and list
 * the sources beneath, so a long section path never crowds a table cell, and a source cited
 * by many rows is listed once.
 */
export interface SourceNote {
  n: number;
  citation: Citation;
  /** "000_b644b3690899bdb2.txt, 4.3 Participation, p. 12" */
  text: string;
}

export class SourceList {
  private readonly byText = new Map<string, SourceNote>();

  /** The note number of a citation, adding it when it is new. */
  cite(citation: Citation): number {
    const text = formatCitation(citation);
    let note = this.byText.get(text);
    if (!note) {
      note = { n: this.byText.size + 1, citation, text };
      this.byText.set(text, note);
    }
    return note.n;
  }

  get notes(): SourceNote[] {
    return [...this.byText.values()];
  }
}
