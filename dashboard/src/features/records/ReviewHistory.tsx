/** An application's review history (who decided what, when and why) and its rule checks. */
import { Tag, Timeline } from 'antd';
import { useI18n } from '../../app/i18n';
import { enumLabel } from '../../charts/labels';
import { dateTime } from './common';

export interface Decision {
  id: number;
  step: string;
  decision: string;
  fromStage: string;
  toStage: string;
  decidedAt: string;
  actorRole: string;
  reason?: string | null;
  ruleCode?: string | null;
}

export function ReviewHistory({ items }: { items: Decision[] }) {
  const { t, lang } = useI18n();
  if (!items.length) return <span className="muted">{t('empty')}</span>;
  const sorted = [...items].sort((a, b) => a.decidedAt.localeCompare(b.decidedAt) || a.id - b.id);
  return (
    <Timeline
      data-testid="review-history"
      items={sorted.map((d) => ({
        key: d.id,
        color: d.decision === 'REJECT' ? 'red' : d.decision === 'RETURN' || d.decision === 'HOLD' ? 'orange' : 'blue',
        content: (
          <div>
            <b>{enumLabel('step', d.step, lang)}</b> · {enumLabel('decision', d.decision, lang)} · {enumLabel('stage', d.fromStage, lang)} →{' '}
            {enumLabel('stage', d.toStage, lang)}
            <div className="muted">
              {dateTime(d.decidedAt, lang)} · {enumLabel('role', d.actorRole, lang)}
              {d.ruleCode ? (
                <Tag color="red" style={{ marginLeft: 8 }}>
                  {enumLabel('rule', d.ruleCode, lang)}
                </Tag>
              ) : null}
            </div>
            {d.reason ? <div>{d.reason}</div> : null}
          </div>
        ),
      }))}
    />
  );
}
