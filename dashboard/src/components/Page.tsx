/** A page title with an optional note and actions. */
import { Typography } from 'antd';
import type { ReactNode } from 'react';

export function PageTitle({ title, note, actions }: { title: ReactNode; note?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="page-title">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {title}
        </Typography.Title>
        {note ? <Typography.Text type="secondary">{note}</Typography.Text> : null}
      </div>
      {actions ? <div className="no-print">{actions}</div> : null}
    </div>
  );
}

/** A headline figure for leaders. */
export function Stat({
  label,
  value,
  suffix,
  testId,
  hint,
}: {
  label: string;
  value: ReactNode;
  suffix?: string;
  testId: string;
  hint?: ReactNode;
}) {
  return (
    <div className="stat" data-testid={`stat-${testId}`}>
      <div className="stat-label">{label}</div>
      <div className="stat-value">
        <span data-testid={`stat-${testId}-value`}>{value}</span>
        {suffix ? <small>{suffix}</small> : null}
      </div>
      {hint ? <div className="stat-hint">{hint}</div> : null}
    </div>
  );
}
