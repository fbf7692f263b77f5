/**
 * Writes a synthetic library file of N items for scale testing, which "Library and data →
 * Import a library file…" loads. Usage:
 *   npm run synthetic -- --count 100000 [--seed 42] [--out synthetic-library.json]
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateSyntheticLibrary } from '../shared/domain/synthetic-library';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '42' },
    out: { type: 'string', default: 'synthetic-library.json' },
  },
});
const count = Number(values.count);
if (!Number.isInteger(count) || count < 10) {
  console.error('--count must be a whole number of at least 10');
  process.exit(2);
}
const bundle = generateSyntheticLibrary(count, Number(values.seed));
writeFileSync(values.out, JSON.stringify(bundle));
console.log(`Wrote ${count.toLocaleString('en')} items to ${values.out}`);
