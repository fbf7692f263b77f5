/** The tag colours offered: distinct from each other and dark enough to read as a dot beside text. */
export const TAG_PALETTE = [
  { name: 'Slate', hex: '#5b6573' },
  { name: 'Red', hex: '#c0392b' },
  { name: 'Orange', hex: '#d9822b' },
  { name: 'Olive', hex: '#8a7a0b' },
  { name: 'Green', hex: '#2e8b57' },
  { name: 'Teal', hex: '#16808a' },
  { name: 'Blue', hex: '#1f5fae' },
  { name: 'Purple', hex: '#7d3c98' },
  { name: 'Pink', hex: '#c2185b' },
] as const;

export const DEFAULT_TAG_COLOUR = TAG_PALETTE[0].hex;
