/**
 * Numbers in explanations. Always the 'en' locale, so an explanation reads the same on
 * every workstation and in every exported briefing ("2,903", never "2.903" or "2 903").
 * The formatters are built once: constructing Intl.NumberFormat costs far more than using it.
 *
 * signDisplay 'negative' keeps "-0" out of the text when a tiny negative rounds to zero.
 */
const wholeNumber = new Intl.NumberFormat('en', { maximumFractionDigits: 0, signDisplay: 'negative' });
const threeDigits = new Intl.NumberFormat('en', { maximumSignificantDigits: 3, signDisplay: 'negative' });
const signedWholeNumber = new Intl.NumberFormat('en', { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
const signedThreeDigits = new Intl.NumberFormat('en', { maximumSignificantDigits: 3, signDisplay: 'exceptZero' });
const signedPercent = new Intl.NumberFormat('en', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});
const unsignedPercent = new Intl.NumberFormat('en', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * From 100 up, whole numbers (2,903): decimals there are noise next to the precision of the
 * sources. Below 100, three significant digits, so 23.3 and 0.452 keep what they say.
 */
export function formatValue(value: number): string {
  return Math.abs(value) >= 100 ? wholeNumber.format(value) : threeDigits.format(value);
}

/** A rank is a position: always a whole number. */
export function formatRank(value: number): string {
  return wholeNumber.format(value);
}

/** A change with its sign, "+1.67", "-4", as in "needs +1.67 a year". */
export function formatChange(value: number): string {
  return Math.abs(value) >= 100 ? signedWholeNumber.format(value) : signedThreeDigits.format(value);
}

/** A growth rate (0.1103) with its sign, "+11.0%". */
export function formatRate(rate: number): string {
  return signedPercent.format(rate);
}

/** A growth rate without sign, for text that already says the direction ("climbing 10.6%"). */
export function formatRateSize(rate: number): string {
  return unsignedPercent.format(Math.abs(rate));
}

/**
 * R as a share of the required progress, "86%". Rounded toward zero, not to nearest, so a
 * share printed as 95% is never a ratio just below the 0.95 threshold (0.9496 shows as 94%).
 * The tiny allowance keeps a ratio that is 0.95 up to floating-point error at 95%.
 */
export function formatShare(ratio: number): string {
  const percent = Math.trunc(ratio * 100 + (ratio >= 0 ? 1e-7 : -1e-7));
  return `${wholeNumber.format(percent)}%`;
}
