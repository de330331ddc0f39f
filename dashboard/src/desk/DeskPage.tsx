/**
 * A case page in the antd Pro manner: breadcrumbs back to the list it came from (with that
 * list's filters), the record's title, a status tag, the allowed actions on the right, then the
 * page's own content (descriptions, timeline, tabs).
 */
import { Breadcrumb, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';

/** Where a record page was opened from (set by DeskList), so the way back keeps the filters. */
export function useCameFrom(fallback: string): string {
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') ? from : fallback;
}

export function DeskPage({
  list,
  title,
  status,
  actions,
  meta,
  children,
}: {
  /** The list this record belongs to: its title and path (used when the page was opened directly). */
  list: { title: string; path: string };
  title: ReactNode;
  status?: ReactNode;
  actions?: ReactNode;
  /** One line under the title: where the case stands, who, when. */
  meta?: ReactNode;
  children: ReactNode;
}) {
  const back = useCameFrom(list.path);
  return (
    <div className="page desk-page">
      <Breadcrumb
        className="no-print"
        data-testid="desk-breadcrumb"
        items={[{ title: <Link to={back}>{list.title}</Link> }, { title: <span>{title}</span> }]}
      />
      <div className="desk-header">
        <div className="desk-header-main">
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="record-title">
            {title}
          </Typography.Title>
          {status ? <span data-testid="desk-status">{status}</span> : null}
        </div>
        {actions ? <div className="desk-header-actions no-print">{actions}</div> : null}
      </div>
      {meta ? (
        <Typography.Paragraph type="secondary" className="desk-meta">
          {meta}
        </Typography.Paragraph>
      ) : null}
      {children}
    </div>
  );
}
