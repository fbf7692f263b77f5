import { describe, expect, it } from 'vitest';
import { checkBundleIntegrity, quoteStatesValue } from './bundle-integrity';
import { libraryBundleSchema } from './library-bundle';

const citation = (quote: string | null = null) => ({ source: 'doc.txt', section: '1 Intro', page: null, quote });

describe('quoteStatesValue', () => {
  it('finds a figure written with thousands separators', () => {
    expect(quoteStatesValue('it rose from 1,984 in 2019 to 2,446 in 2021', 2446)).toBe(true);
  });
  it('finds an integer written with a zero decimal', () => {
    expect(quoteStatesValue('a share of 7.0 percent', 7)).toBe(true);
  });
  it('finds small numbers written as words', () => {
    expect(quoteStatesValue('only eight have their headquarters in China', 8)).toBe(true);
  });
  it('finds a rank written as an ordinal', () => {
    expect(quoteStatesValue('China ranked fifth in contributions', 5)).toBe(true);
  });
  it('does not mistake part of a larger number for the figure', () => {
    expect(quoteStatesValue('some 1,984 positions', 98)).toBe(false);
    expect(quoteStatesValue('a share of 7.5 percent', 7)).toBe(false);
  });
});

describe('checkBundleIntegrity', () => {
  const bundle = (parts: object) => libraryBundleSchema.parse({ format: 'policydesk-library', version: 1, ...parts });

  it('reports links to items that do not exist', () => {
    const problems = checkBundleIntegrity(
      bundle({
        targets: [
          {
            id: 'tgt-a',
            statement: 'Twenty societies by 2025',
            planId: 'pln-missing',
            metric: 'Societies',
            direction: 'increase',
            targetValue: 20,
            dueYear: 2025,
            citation: citation(),
          },
        ],
      }),
    );
    expect(problems).toEqual(['tgt-a links plan pln-missing, which does not exist']);
  });

  it('reports a quote that is not in the source and a value the quote does not state', () => {
    const problems = checkBundleIntegrity(
      bundle({
        observations: [
          {
            id: 'obs-a',
            indicator: 'Positions',
            value: 2446,
            year: 2021,
            citation: citation('1,984 positions in 2019'),
          },
        ],
      }),
      { 'doc.txt': 'Chinese experts held 1,984   positions in 2019.' },
    );
    expect(problems).toEqual(['obs-a has the value 2446, which its quote does not state']);
  });

  it('reports ids used twice across kinds', () => {
    const organisation = { id: 'x', name: 'CAST', kind: 'association', citation: citation() };
    const problems = checkBundleIntegrity(
      bundle({ organisations: [organisation], policies: [{ id: 'x', title: 'Plan', kind: 'plan', citation: citation() }] }),
    );
    expect(problems).toContain('The id x is used more than once');
  });
});
