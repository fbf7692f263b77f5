import { type FormEvent, useState } from 'react';
import { useToasts } from '../../components/Toasts';
import { useRunAction } from '../../components/useRunAction';
import { actions } from '../../data/actions';
import { useAuthorName } from '../../data/hooks';

/** The name annotations are signed with: this machine has no account to take it from. */
export function AuthorSection() {
  const saved = useAuthorName();
  if (saved === undefined) return null;
  return <AuthorForm key={saved} saved={saved} />;
}

function AuthorForm({ saved }: { saved: string }) {
  const [name, setName] = useState(saved);
  const [error, setError] = useState<string | null>(null);
  const run = useRunAction();
  const toasts = useToasts();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setError('Enter the name your annotations are signed with');
      return;
    }
    setError(null);
    void run(() => actions.setAuthorName(name), 'The name was not saved').then(
      (outcome) => outcome.ok && toasts.show('Saved your name.'),
    );
  };
  return (
    <form className="settings-form" onSubmit={submit} noValidate aria-labelledby="author-title">
      <h2 id="author-title">Your name</h2>
      <div className={`field${error ? ' has-error' : ''}`}>
        <label htmlFor="author-name">Annotations are signed as</label>
        <input
          id="author-name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={Boolean(error) || undefined}
        />
        {error && <small className="field-error">{error}</small>}
      </div>
      <div className="form-actions">
        <button type="submit" className="button">
          Save name
        </button>
      </div>
    </form>
  );
}
