/** A tag as a small label in its colour; the name is the text, the colour only a mark beside it. */
export function TagChip({ name, color }: { name: string; color: string }) {
  return (
    <span className="tag-label">
      <span className="tag-label-dot" style={{ background: color }} aria-hidden="true" />
      {name}
    </span>
  );
}
