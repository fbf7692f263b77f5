import { NavLink, Outlet } from 'react-router';
import { ITEM_KINDS } from '../../../shared/domain/entities';
import { itemKinds } from '../../../shared/domain/item-kinds';

/** The window: navigation on the left, the current view on the right. */
export function AppLayout() {
  return (
    <div className="app-shell">
      {/* A button, not a #fragment link: with hash routing a fragment would change the route. */}
      <button type="button" className="skip-link" onClick={() => document.getElementById('main')?.focus()}>
        Skip to content
      </button>
      <nav className="sidebar" aria-label="Library">
        <p className="brand">PolicyDesk</p>
        <ul className="sidebar-overview">
          <li>
            {/* `end`, or "/" would count as active on every page. */}
            <NavLink to="/" end>
              Dashboard
            </NavLink>
          </li>
          <li>
            <NavLink to="/timeline">Timeline</NavLink>
          </li>
          <li>
            <NavLink to="/annotations">Annotations</NavLink>
          </li>
          <li>
            <NavLink to="/tags">Tags</NavLink>
          </li>
          <li>
            <NavLink to="/briefings">Briefings</NavLink>
          </li>
        </ul>
        <ul>
          {ITEM_KINDS.map((kind) => (
            <li key={kind}>
              <NavLink to={`/${itemKinds[kind].collection}`}>{itemKinds[kind].plural}</NavLink>
            </li>
          ))}
        </ul>
        <ul className="sidebar-foot">
          <li>
            <NavLink to="/trash">Trash</NavLink>
          </li>
          <li>
            <NavLink to="/about">Library and data</NavLink>
          </li>
        </ul>
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
