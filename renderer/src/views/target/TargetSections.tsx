import type { TargetRecord } from '../../../../shared/domain/records';
import { useTargetProgress } from '../../data/hooks';
import { TargetChart } from '../../components/charts/TargetChart';
import { TargetObservations } from './TargetObservations';
import { TargetProgress } from './TargetProgress';

/** What a target's page adds to the common item page: its progress, chart and figures. */
export function TargetSections({ target }: { target: TargetRecord }) {
  const progress = useTargetProgress(target.id);
  if (!progress) return <p className="muted">Assessing…</p>;
  return (
    <>
      <TargetProgress assessment={progress.assessment} />
      <TargetChart
        target={target}
        observations={progress.observations}
        assessment={progress.assessment}
        currentYear={progress.currentYear}
        captionVisible={false}
      />
      <TargetObservations target={target} observations={progress.observations} />
    </>
  );
}
