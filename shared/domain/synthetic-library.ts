import type { LibraryBundle } from './library-bundle';

/**
 * A realistic library of any size, for scale testing: organisations issue policies, plans
 * carry targets, and targets have yearly observations, with English and Chinese titles.
 * Deterministic for a given seed, so two runs measure the same data.
 */

const TOPICS: [string, string][] = [
  ['Artificial Intelligence', '人工智能'],
  ['Scientific Journals', '科技期刊'],
  ['International S&T Organisations', '国际科技组织'],
  ['Basic Research', '基础研究'],
  ['Open Science', '开放科学'],
  ['Technology Transfer', '技术转移'],
  ['Talent Development', '人才发展'],
  ['Belt and Road Cooperation', '一带一路合作'],
  ['Marine Science', '海洋科学'],
  ['Space Exploration', '空间探索'],
  ['Green Development', '绿色发展'],
  ['Standardisation', '标准化'],
];
const KINDS = ['plan', 'action-plan', 'opinion', 'programme', 'guideline', 'regulation'] as const;
const KIND_WORDS: Record<(typeof KINDS)[number], [string, string]> = {
  plan: ['Development Plan for', '发展规划'],
  'action-plan': ['Action Plan on', '行动计划'],
  opinion: ['Opinions on Strengthening', '意见'],
  programme: ['Programme for', '专项计划'],
  guideline: ['Guidelines on', '指导意见'],
  regulation: ['Regulations on', '管理办法'],
};
const ISSUERS: [name: string, nameZh: string, abbreviation: string | null][] = [
  ['Ministry of Science and Technology', '科学技术部', 'MOST'],
  ['Ministry of Education', '教育部', 'MOE'],
  ['China Association for Science and Technology', '中国科学技术协会', 'CAST'],
  ['Chinese Academy of Sciences', '中国科学院', 'CAS'],
  ['National Natural Science Foundation of China', '国家自然科学基金委员会', 'NSFC'],
  ['State Council', '国务院', null],
];
const METRICS: [string, string][] = [
  ['journals in the world top 100', 'journals'],
  ['world-class academic societies', 'societies'],
  ['trainees from partner countries per year', 'people per year'],
  ['positions held in international organisations', 'positions'],
  ['international joint laboratories', 'laboratories'],
  ['R&D expenditure as a share of GDP', '%'],
];

function random(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

/** The share of each kind in a library of N items; observations take what is left. */
export interface SyntheticMix {
  organisations: number;
  policies: number;
  plans: number;
  targets: number;
}

export const DEFAULT_MIX: SyntheticMix = { organisations: 0.02, policies: 0.2, plans: 0.08, targets: 0.25 };

export function generateSyntheticLibrary(count: number, seed = 42, mix: SyntheticMix = DEFAULT_MIX): LibraryBundle {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const citation = (section: string) => ({ source: 'synthetic-library', section, page: null, quote: null });

  const orgCount = Math.max(6, Math.round(count * mix.organisations));
  const policyCount = Math.max(1, Math.round(count * mix.policies));
  const planCount = Math.max(1, Math.round(count * mix.plans));
  const targetCount = Math.max(1, Math.round(count * mix.targets));
  const observationCount = Math.max(0, count - orgCount - policyCount - planCount - targetCount);

  const organisations = Array.from({ length: orgCount }, (_, i) => {
    const [name, nameZh, abbreviation] = ISSUERS[i % ISSUERS.length]!;
    const suffix = i < ISSUERS.length ? '' : ` (office ${Math.floor(i / ISSUERS.length)})`;
    return {
      id: `syn-org-${i}`,
      name: `${name}${suffix}`,
      nameZh,
      abbreviation: abbreviation && !suffix ? abbreviation : null,
      kind: 'government' as const,
      country: 'China',
      description: '',
      citation: citation('Organisations'),
    };
  });

  const policies = Array.from({ length: policyCount }, (_, i) => {
    const [topic, topicZh] = pick(TOPICS);
    const kind = pick(KINDS);
    const start = int(2006, 2026);
    const end = start + pick([2, 4, 5, 9, 14]);
    const [words, wordsZh] = KIND_WORDS[kind];
    return {
      id: `syn-pol-${i}`,
      title: `${words} ${topic} (${start}–${end}) No. ${i}`,
      titleZh: `关于${topicZh}的${wordsZh}（${start}—${end}年）`,
      docNumber: next() < 0.3 ? `国科发〔${start}〕${int(1, 300)}号` : null,
      kind,
      issuerIds: [organisations[int(0, orgCount - 1)]!.id],
      issued: `${start}-${String(int(1, 12)).padStart(2, '0')}`,
      periodStart: start,
      periodEnd: end,
      status: end < 2026 ? ('expired' as const) : ('in-force' as const),
      summary: `Sets out measures for ${topic.toLowerCase()} over ${start}–${end}.`,
      text: '',
      themes: [topic.toLowerCase()],
      citation: citation('Policies'),
    };
  });

  const plans = Array.from({ length: planCount }, (_, i) => {
    const policy = policies[i % policyCount]!;
    return {
      id: `syn-pln-${i}`,
      title: policy.title,
      titleZh: policy.titleZh,
      policyId: policy.id,
      issuerIds: policy.issuerIds,
      periodStart: policy.periodStart,
      periodEnd: policy.periodEnd,
      summary: '',
      citation: citation('Plans'),
    };
  });

  const targets = Array.from({ length: targetCount }, (_, i) => {
    const plan = plans[i % planCount]!;
    const [metric, unit] = pick(METRICS);
    const baselineValue = unit === '%' ? Math.round(next() * 30) / 10 + 1 : int(5, 500);
    const targetValue =
      unit === '%' ? Math.round((baselineValue + next() * 1.5) * 10) / 10 : Math.round(baselineValue * (1.2 + next()));
    return {
      id: `syn-tgt-${i}`,
      statement: `Reach ${targetValue} ${metric} by ${plan.periodEnd}`,
      statementZh: null,
      planId: plan.id,
      policyId: plan.policyId,
      ownerIds: plan.issuerIds,
      metric,
      unit,
      direction: 'increase' as const,
      baselineValue,
      baselineYear: plan.periodStart,
      targetValue,
      dueYear: plan.periodEnd,
      themes: [],
      judgement: null,
      citation: citation('Targets'),
    };
  });

  const observations = Array.from({ length: observationCount }, (_, i) => {
    const target = targets[i % targetCount]!;
    const round = Math.floor(i / targetCount);
    const year = target.baselineYear + 1 + round;
    const progress = (round + 1) / (target.dueYear - target.baselineYear + 1);
    const value = target.baselineValue + (target.targetValue - target.baselineValue) * progress * (0.6 + next() * 0.7);
    return {
      id: `syn-obs-${i}`,
      targetId: target.id,
      indicator: target.metric,
      subject: 'China',
      value: Math.round(value * 10) / 10,
      qualifier: 'exact' as const,
      unit: target.unit,
      year: Math.min(year, 2200),
      date: null,
      note: '',
      citation: citation('Observations'),
    };
  });

  return {
    format: 'policydesk-library',
    version: 1,
    sources: [
      { file: 'synthetic-library', title: 'Synthetic library for scale testing', authors: [], publisher: null, published: null },
    ],
    organisations,
    policies,
    plans,
    targets,
    observations,
  };
}
