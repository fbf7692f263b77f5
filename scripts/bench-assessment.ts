/**
 * Times the on-track assessment of a large library: by default 10,000 targets with 20
 * observations each, against a baseline measured in the same run (merely grouping the same
 * observations by target and sorting each group by date, the least any assessment must do),
 * and against a tenth of the targets, to show how the cost scales. The goal is under 200 ms
 * for all of them. The data are generated from a fixed seed, so every run times the same work.
 * Usage:
 *   npx tsx scripts/bench-assessment.ts [--targets 10000] [--observations 20] [--runs 15]
 */
import { parseArgs } from 'node:util';
import { assessTargets } from '../shared/assessment';
import type {
  AnalystJudgement,
  AssessableObservation,
  AssessableTarget,
  Assessment,
  AssessmentStatus,
} from '../shared/assessment';

const GOAL_MS = 200;
const CURRENT_YEAR = 2025;

const { values } = parseArgs({
  options: {
    targets: { type: 'string', default: '10000' },
    observations: { type: 'string', default: '20' },
    runs: { type: 'string', default: '15' },
  },
});
const targetCount = Number(values.targets);
const perTarget = Number(values.observations);
const runs = Number(values.runs);

type BenchTarget = AssessableTarget & { id: string };
type BenchObservation = AssessableObservation & { targetId: string | null };

/** mulberry32: a small seeded generator, so the library is the same in every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A library that exercises every branch: increase, decrease, rank and qualitative targets;
 * stated and observed baselines, zero baselines, due years past and to come, several figures
 * in a year, approximate and bounded figures, and figures in another unit.
 */
function generateLibrary(count: number, observationsEach: number) {
  const next = random(20250101);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const targets: BenchTarget[] = [];
  const observations: BenchObservation[] = [];
  const judgements = new Map<string, AnalystJudgement>();
  for (let index = 0; index < count; index += 1) {
    const id = `tgt-${index}`;
    const direction = pick(['increase', 'increase', 'increase', 'decrease', 'rank', 'qualitative'] as const);
    const firstYear = 2000 + Math.floor(next() * 5);
    const start = direction === 'rank' ? 50 + next() * 400 : direction === 'increase' && next() < 0.08 ? 0 : 10 + next() * 5000;
    const yearlyChange = direction === 'increase' ? 0.98 + next() * 0.14 : 0.9 + next() * 0.12;
    // A start from zero is a stated baseline (a new programme), so the straight-line fallback is timed too.
    const statesBaseline = start === 0 || next() < 0.3;
    targets.push({
      id,
      direction,
      unit: 'units',
      baselineValue: statesBaseline ? start : null,
      baselineYear: statesBaseline ? firstYear : null,
      targetValue:
        direction === 'qualitative'
          ? null
          : direction === 'rank'
            ? 1 + Math.floor(next() * 10)
            : (start || 40) * (direction === 'increase' ? 1.5 + next() * 3 : 0.2 + next() * 0.5),
      dueYear: next() < 0.1 ? null : 2015 + Math.floor(next() * 21),
    });
    if (direction === 'qualitative' && next() < 0.7) {
      judgements.set(id, {
        status: pick(['met', 'on-track', 'needs-acceleration', 'stagnating', 'missed'] as const),
        evidenceIds: next() < 0.8 ? [`obs-${index}-0`] : [],
      });
    }
    let value = start;
    let year = firstYear;
    for (let k = 0; k < observationsEach; k += 1) {
      // Now and then a second figure in the same year, dated later.
      const sameYear = k > 0 && next() < 0.15;
      if (!sameYear) year += 1;
      value =
        direction === 'rank' ? Math.max(1, value * yearlyChange) : value * yearlyChange + (start === 0 ? 1 + next() * 3 : 0);
      observations.push({
        id: `obs-${index}-${k}`,
        targetId: id,
        value: direction === 'rank' ? Math.round(value) : value,
        year,
        date: sameYear ? `${year}-1${Math.floor(next() * 3)}` : next() < 0.2 ? `${year}-0${1 + Math.floor(next() * 9)}` : null,
        qualifier: pick(['exact', 'exact', 'exact', 'exact', 'approximately', 'more-than'] as const),
        unit: next() < 0.03 ? '%' : 'units',
      });
    }
  }
  // Records arrive from storage in no particular order: shuffle them (Fisher-Yates).
  for (let index = observations.length - 1; index > 0; index -= 1) {
    const other = Math.floor(next() * (index + 1));
    [observations[index], observations[other]] = [observations[other]!, observations[index]!];
  }
  return { targets, observations, judgements };
}

/** The baseline: group the observations by target and sort each group by year and date. */
function groupAndSort(targets: readonly BenchTarget[], observations: readonly BenchObservation[]): number {
  const byTarget = new Map<string, BenchObservation[]>();
  for (const target of targets) byTarget.set(target.id, []);
  for (const observation of observations)
    if (observation.targetId !== null) byTarget.get(observation.targetId)?.push(observation);
  let checksum = 0;
  for (const group of byTarget.values()) {
    group.sort((a, b) => a.year - b.year || ((a.date ?? '') < (b.date ?? '') ? -1 : (a.date ?? '') > (b.date ?? '') ? 1 : 0));
    checksum += group.at(-1)?.value ?? 0;
  }
  return checksum;
}

interface Timing {
  bestMs: number;
  medianMs: number;
}

function time(work: () => unknown, repeat: number): Timing {
  for (let warmUp = 0; warmUp < 3; warmUp += 1) work();
  const times: number[] = [];
  for (let run = 0; run < repeat; run += 1) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { bestMs: times[0]!, medianMs: times[Math.floor(times.length / 2)]! };
}

const library = generateLibrary(targetCount, perTarget);
const tenth = Math.max(1, Math.round(targetCount / 10));
const smallTargets = library.targets.slice(0, tenth);
const smallIds = new Set(smallTargets.map((target) => target.id));
const smallObservations = library.observations.filter(
  (observation) => observation.targetId !== null && smallIds.has(observation.targetId),
);

const assessAll = () =>
  assessTargets(library.targets, library.observations, { currentYear: CURRENT_YEAR, judgements: library.judgements });
const full = time(assessAll, runs);
const small = time(
  () => assessTargets(smallTargets, smallObservations, { currentYear: CURRENT_YEAR, judgements: library.judgements }),
  runs,
);
const baseline = time(() => groupAndSort(library.targets, library.observations), runs);

// The results themselves, so the work timed is work that was used.
const statusCounts = new Map<AssessmentStatus, number>();
const methodCounts = new Map<Assessment['method'], number>();
for (const result of assessAll().values()) {
  statusCounts.set(result.status, (statusCounts.get(result.status) ?? 0) + 1);
  methodCounts.set(result.method, (methodCounts.get(result.method) ?? 0) + 1);
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const count = (value: number) => value.toLocaleString('en');
console.log(
  `Assessing ${count(targetCount)} targets with ${perTarget} observations each (${count(library.observations.length)} observations)`,
);
console.log(`Node ${process.version}; best and median of ${runs} runs after 3 warm-up runs\n`);
console.log(
  `  all ${count(targetCount)} targets           best ${ms(full.bestMs)}  median ${ms(full.medianMs)}  (${((full.bestMs * 1000) / targetCount).toFixed(2)} µs a target)`,
);
console.log(
  `  first ${count(tenth)} targets          best ${ms(small.bestMs)}  median ${ms(small.medianMs)}  (x${(full.bestMs / small.bestMs).toFixed(1)} for x10 the targets)`,
);
console.log(
  `  baseline: group and sort only  best ${ms(baseline.bestMs)}  median ${ms(baseline.medianMs)}  (assessment is x${(full.bestMs / baseline.bestMs).toFixed(1)} the baseline)\n`,
);
console.log(`  statuses: ${[...statusCounts].map(([status, n]) => `${status} ${count(n)}`).join(', ')}`);
console.log(`  methods:  ${[...methodCounts].map(([method, n]) => `${method} ${count(n)}`).join(', ')}\n`);
const underGoal = full.bestMs < GOAL_MS;
console.log(`Under the ${GOAL_MS} ms goal: ${underGoal ? 'yes' : 'NO'} (best ${ms(full.bestMs)}, median ${ms(full.medianMs)})`);
if (!underGoal) process.exitCode = 1;
