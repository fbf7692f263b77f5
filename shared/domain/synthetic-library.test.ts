import { describe, expect, it } from 'vitest';
import { checkBundleIntegrity } from './bundle-integrity';
import { libraryBundleSchema } from './library-bundle';
import { generateSyntheticLibrary } from './synthetic-library';

describe('the synthetic library', () => {
  it('has the asked-for number of valid, linked items', () => {
    const bundle = generateSyntheticLibrary(5_000);
    const total =
      bundle.organisations.length +
      bundle.policies.length +
      bundle.plans.length +
      bundle.targets.length +
      bundle.observations.length;
    expect(total).toBe(5_000);
    expect(() => libraryBundleSchema.parse(bundle)).not.toThrow();
    expect(checkBundleIntegrity(bundle)).toEqual([]);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(generateSyntheticLibrary(300, 7)).toEqual(generateSyntheticLibrary(300, 7));
    expect(generateSyntheticLibrary(300, 7)).not.toEqual(generateSyntheticLibrary(300, 8));
  });
});
