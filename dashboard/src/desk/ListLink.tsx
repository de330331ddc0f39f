/**
 * A link from a list to a record that carries the list's URL as `from` (DeskPage's way back).
 * The URL is read when the link is clicked, not when the row was drawn: a table may keep a row
 * drawn before the list's page size or filters changed, and its link would take the old URL.
 */
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';

export function ListLink({ to, children, testId }: { to: string; children: ReactNode; testId?: string }) {
  const navigate = useNavigate();
  return (
    <Link
      to={to}
      data-testid={testId}
      onClick={(e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        void navigate(to, { state: { from: window.location.pathname + window.location.search } });
      }}
    >
      {children}
    </Link>
  );
}
