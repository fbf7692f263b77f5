import { Link } from 'react-router';
import { useBriefing } from '../../../data/hooks';
import { BRIEFINGS_PATH } from '../paths';
import { BriefingComposer } from './BriefingComposer';

/** The composer's route: loads the briefing once; later saves do not reset what is being typed. */
export function BriefingComposerPage({ id }: { id: string }) {
  const briefing = useBriefing(id);
  if (briefing === undefined) return <p className="muted">Loading…</p>;
  if (briefing === null) {
    return (
      <section>
        <h1>Not found</h1>
        <p>
          No briefing has the id <code>{id}</code>. <Link to={BRIEFINGS_PATH}>Back to briefings</Link>
        </p>
      </section>
    );
  }
  return <BriefingComposer record={briefing} />;
}
