import type { SourceNote } from '../../../../../shared/briefing/sources';

/** Source note numbers after a figure, raised: "[2]", "[1] [3]"; `inline` keeps them on the line. */
export function Refs({ notes, inline = false }: { notes: readonly (number | null)[]; inline?: boolean }) {
  const numbers = [...new Set(notes.filter((n): n is number => n !== null))].sort((a, b) => a - b);
  if (numbers.length === 0) return null;
  const text = numbers.map((n) => `[${n}]`).join(' ');
  return inline ? <>{text}</> : <span className="briefing-ref"> {text}</span>;
}

/** The numbered sources a table or page cites, beneath it. */
export function SourceNotes({ notes, label = 'Sources' }: { notes: readonly SourceNote[]; label?: string }) {
  if (notes.length === 0) return null;
  return (
    <aside className="briefing-sources" aria-label={label}>
      <h4>{label}</h4>
      <ol>
        {notes.map((note) => (
          <li key={note.n} value={note.n}>
            {note.text}
          </li>
        ))}
      </ol>
    </aside>
  );
}

/** "2 chosen targets are no longer in the library and left out." */
export function MissingNote({ count, what }: { count: number; what: string }) {
  if (count === 0) return null;
  return (
    <p className="briefing-empty">
      {count} chosen {what}
      {count === 1 ? ' is' : 's are'} no longer in the library and left out.
    </p>
  );
}
