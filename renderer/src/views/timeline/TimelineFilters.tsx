import type { FilterOption, TimelineFilters as Filters } from './timeline';

interface TimelineFiltersProps {
  filters: Filters;
  issuers: readonly FilterOption[];
  themes: readonly FilterOption[];
  onChange: (filters: Filters) => void;
}

/** Issuer and theme pickers; each option says how many items it keeps, so a dead end shows before it is chosen. */
export function TimelineFilters({ filters, issuers, themes, onChange }: TimelineFiltersProps) {
  const optionText = (option: FilterOption) => `${option.label} (${option.count.toLocaleString('en')})`;
  return (
    <div className="timeline-filters" role="group" aria-label="Filters">
      <span className="timeline-filter">
        <label htmlFor="timeline-issuer">Issuer</label>
        <select
          id="timeline-issuer"
          value={filters.issuer ?? ''}
          onChange={(event) => onChange({ ...filters, issuer: event.target.value || null })}
        >
          <option value="">All issuers</option>
          {issuers.map((option) => (
            <option key={option.value} value={option.value}>
              {optionText(option)}
            </option>
          ))}
        </select>
      </span>
      <span className="timeline-filter">
        <label htmlFor="timeline-theme">Theme</label>
        <select
          id="timeline-theme"
          value={filters.theme ?? ''}
          onChange={(event) => onChange({ ...filters, theme: event.target.value || null })}
        >
          <option value="">All themes</option>
          {themes.map((option) => (
            <option key={option.value} value={option.value}>
              {optionText(option)}
            </option>
          ))}
        </select>
      </span>
      {(filters.issuer !== null || filters.theme !== null) && (
        <button type="button" className="link-button" onClick={() => onChange({ issuer: null, theme: null })}>
          Clear filters
        </button>
      )}
    </div>
  );
}
