/** The evaluations behind a grade segment: global filters, grade, cycle and institution. */
import { Tag } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useFilters } from '../../app/useFilters';
import { GRADE_ORDER } from '../../charts/grades';
import { enumLabel, refLabel } from '../../charts/labels';
import { PageTitle } from '../../components/Page';
import { RecordTable } from '../../components/RecordTable';
import { GRADE_COLORS } from '../../components/theme';
import { usePages } from '../../components/usePages';
import { evaluationWhere } from '../../data/filters';
import type { EvaluationFilter, EvaluationListQuery, Grade } from '../../gql/graphql';
import { ListTags, pick } from './ListTags';
import { EvaluationListDocument } from '../../gql/graphql';

const EvaluationListQuery = EvaluationListDocument;

type Row = EvaluationListQuery['evaluations']['nodes'][number];

export default function EvaluationList() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const { filters, search } = useFilters();
  const grade = pick(search.get('grade'), GRADE_ORDER);
  const cycle = search.get('cycle');
  const institution = search.get('institution');
  const extra: EvaluationFilter = {
    ...(grade ? { grade: { eq: grade as Grade } } : {}),
    ...(cycle ? { cycle: { code: { eq: cycle } } } : {}),
    ...(institution ? { appointment: { expert: { institution: { code: { eq: institution } } } } } : {}),
  };
  const where = evaluationWhere(filters, extra);
  // A cycle chosen explicitly replaces the cycles implied by the year.
  if (cycle) where.cycle = { code: { eq: cycle } };
  const pages = usePages(EvaluationListQuery, { filter: where }, (d) => d.evaluations);
  return (
    <div className="page">
      <PageTitle
        title={t('evaluationList')}
        note={
          <ListTags
            params={[
              { key: 'grade', label: t('grade'), options: GRADE_ORDER.map((g) => ({ value: g, label: enumLabel('grade', g, lang) })) },
              ...(cycle ? [{ key: 'cycle', label: t('cycle'), options: [{ value: cycle, label: cycle }] }] : []),
              ...(institution
                ? [{ key: 'institution', label: t('institution'), options: [{ value: institution, label: institution }] }]
                : []),
            ]}
          />
        }
      />
      <RecordTable<Row>
        id="evaluations"
        title={t('evaluationList')}
        exportTitle={t('evaluationList')}
        exportList="evaluations"
        filter={where}
        pages={pages}
        rowKey={(r) => r.id}
        onRow={(r) => navigate(`/appointments/${r.appointmentId}`)}
        columns={[
          {
            title: t('expert'),
            key: 'x',
            render: (_, r) => <Link to={`/appointments/${r.appointmentId}`}>{r.appointment?.expert?.name ?? `#${r.appointmentId}`}</Link>,
          },
          { title: t('institution'), key: 'i', render: (_, r) => refLabel(r.appointment?.expert?.institution, lang) },
          { title: t('enterprise'), key: 'e', render: (_, r) => r.appointment?.enterprise?.name ?? '—' },
          { title: t('county'), key: 'c', render: (_, r) => refLabel(r.division, lang) },
          { title: t('sector'), key: 's', render: (_, r) => refLabel(r.sector, lang) },
          { title: t('cycle'), key: 'cy', render: (_, r) => r.cycle?.code },
          { title: t('grade'), key: 'g', render: (_, r) => <Tag color={GRADE_COLORS[r.grade]}>{enumLabel('grade', r.grade, lang)}</Tag> },
          { title: t('score'), key: 'sc', dataIndex: 'score', align: 'right' },
          { title: t('gradedOn'), key: 'go', dataIndex: 'gradedOn' },
        ]}
      />
    </div>
  );
}
