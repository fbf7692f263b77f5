import { TAG_PALETTE } from './palette';

/**
 * A tag's colour as a row of swatches. Radio buttons underneath, so the arrow keys move
 * between colours and a screen reader names each one.
 */
export function ColourSwatches({
  name,
  label,
  value,
  onChange,
}: {
  /** The radio group's name, unique on the page. */
  name: string;
  label: string;
  value: string;
  onChange: (hex: string) => void;
}) {
  const known = TAG_PALETTE.some((colour) => colour.hex.toLowerCase() === value.toLowerCase());
  // A colour from an import or an older version stays shown and chosen, not silently replaced.
  const colours = known ? TAG_PALETTE : [...TAG_PALETTE, { name: `Current (${value})`, hex: value }];
  return (
    <fieldset className="tag-swatches">
      <legend className="visually-hidden">{label}</legend>
      {colours.map((colour) => (
        <label key={colour.hex} className="tag-swatch" style={{ background: colour.hex }} title={colour.name}>
          <input
            type="radio"
            name={name}
            value={colour.hex}
            checked={colour.hex.toLowerCase() === value.toLowerCase()}
            onChange={() => onChange(colour.hex)}
          />
          <span className="visually-hidden">{colour.name}</span>
        </label>
      ))}
    </fieldset>
  );
}
