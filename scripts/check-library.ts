/**
 * Validates a library file against the schema and checks its integrity against the seed
 * documents in ../shared/seeds. Usage: tsx scripts/check-library.ts <file.json> [--partial]
 * With --partial, links to items defined in other files are not reported.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BUNDLE_COLLECTIONS, libraryBundleSchema } from '../shared/domain/library-bundle';
import { checkBundleIntegrity } from '../shared/domain/bundle-integrity';

const [file, flag] = process.argv.slice(2);
if (!file) {
  console.error('usage: tsx scripts/check-library.ts <file.json> [--partial]');
  process.exit(2);
}
const seedsDir = resolve(import.meta.dirname, '../../shared/seeds');
const sourceTexts = Object.fromEntries(readdirSync(seedsDir).map((name) => [name, readFileSync(join(seedsDir, name), 'utf8')]));
const parsed = libraryBundleSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`${issue.path.join('.')}: ${issue.message}`);
  process.exit(1);
}
let problems = checkBundleIntegrity(parsed.data, sourceTexts);
if (flag === '--partial') problems = problems.filter((problem) => !problem.includes('which does not exist'));
for (const problem of problems) console.error(problem);
const counts = BUNDLE_COLLECTIONS.map((key) => `${parsed.data[key].length} ${key}`).join(', ');
console.log(`${problems.length === 0 ? 'OK' : `${problems.length} problem(s)`}: ${counts}`);
process.exit(problems.length === 0 ? 0 : 1);
