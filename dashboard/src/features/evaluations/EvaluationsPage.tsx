/** Evaluations: grade ratios per cycle, per county / sector / institution, and the overall pie. */
import { useQuery } from '@apollo/client/react';
import { Col, Row, Segmented, Select } from 'antd';
import { useI18n } from '../../app/i18n';
import { useChartTheme } from '../../app/theme';
import { useFilters } from '../../app/useFilters';
import { gradePie, gradeRatios } from '../../charts/grades';
import { refLabel } from '../../charts/labels';
import { barOption, donutOption } from '../../charts/options';
import { ChartCard } from '../../components/ChartCard';
import { PageTitle } from '../../components/Page';
import { GRADE_COLORS } from '../../components/theme';
import { evaluationWhere } from '../../data/filters';
import type { EvaluationDimension, EvaluationFilter } from '../../gql/graphql';
import { registerPie } from '../../components/echarts-more';
import { EvaluationDetailDocument } from '../../gql/graphql';

registerPie();

const EvaluationDetailQuery = EvaluationDetailDocument;

type Dim = 'county' | 'sector' | 'institution';
const DIMS: Record<Dim, EvaluationDimension> = { county: 'COUNTY', sector: 'SECTOR', institution: 'INSTITUTION' };

export default function EvaluationsPage() {
  const { t, lang } = useI18n();
  const theme = useChartTheme();
  const { filters, link, setParams, search } = useFilters();
  const by: Dim = (['county', 'sector', 'institution'] as Dim[]).includes(search.get('by') as Dim) ? (search.get('by') as Dim) : 'county';
  const cycle = search.get('cycle') ?? '';
  const extra: EvaluationFilter = cycle ? { cycle: { code: { eq: cycle } } } : {};
  const q = useQuery(EvaluationDetailQuery, {
    variables: {
      filter: evaluationWhere(filters, extra),
      cycleFilter: evaluationWhere(filters),
      dims: [DIMS[by], 'GRADE'],
      within: [DIMS[by]],
    },
  });
  const rows = (q.data?.byDim ?? []).map((g) => {
    const ref = by === 'county' ? g.key.division : by === 'sector' ? g.key.sector : g.key.institution;
    const sortOrder = ref && 'sortOrder' in ref ? (ref.sortOrder as number) : undefined;
    return {
      code: ref?.code ?? null,
      label: refLabel(ref, lang),
      sortKey: sortOrder ?? refLabel(ref, lang),
      grade: g.key.grade ?? null,
      count: g.count,
    };
  });
  const bars = gradeRatios(rows, lang);
  const pie = gradePie(rows, lang);
  const total = pie.reduce((a, s) => a + s.value, 0);
  const cycles = gradeRatios(
    (q.data?.byCycle ?? []).map((g) => ({
      code: g.key.cycle?.code ?? null,
      label: g.key.cycle?.code ?? '',
      sortKey: g.key.cycle?.periodStart ?? '',
      grade: g.key.grade ?? null,
      count: g.count,
    })),
    lang,
  );
  const dimLabel = by === 'county' ? t('county') : by === 'sector' ? t('sector') : t('institution');
  const gradeBars = (b: typeof bars) =>
    barOption(
      theme,
      b.groups.map((g) => g.label),
      b.series.map((s) => ({ name: s.name, data: s.percents, color: GRADE_COLORS[s.grade] })),
      { stacked: true, horizontal: true, percent: true },
    );
  const gradeTable = (b: typeof bars, first: string) => ({
    rows: b.groups.map((g, i) => ({ g, i })),
    columns: [
      { title: first, value: (r: { g: { label: string } }) => r.g.label },
      ...b.series.flatMap((s) => [
        { title: `${s.name}（${t('count')}）`, value: (r: { i: number }) => s.counts[r.i] },
        { title: `${s.name}（%）`, value: (r: { i: number }) => s.percents[r.i] },
      ]),
      { title: t('total'), value: (r: { g: { total: number } }) => r.g.total },
    ],
  });
  const drillFor = (code: string | null, grade: string) => {
    const patch: Record<string, string | undefined> = { grade, cycle: cycle || undefined };
    if (by === 'county' && code) patch.county = code;
    if (by === 'sector' && code) patch.sector = code;
    if (by === 'institution' && code) patch.institution = code;
    return link('/evaluation-records', patch);
  };
  const dimHeight = Math.max(560, bars.groups.length * 26 + 80);
  return (
    <div className="page">
      <PageTitle
        title={t('evaluations')}
        note={
          lang === 'zh'
            ? '每两年考核一次，分优秀、良好、合格、不合格四个等次（第十七至十九条）'
            : 'Every two years, graded excellent, good, qualified or unqualified (Art. 17–19)'
        }
        actions={
          <Select
            style={{ width: 160 }}
            value={cycle}
            aria-label={t('cycle')}
            data-testid="cycle-select"
            onChange={(v) => setParams({ cycle: v || undefined })}
            options={[
              { label: t('allCycles'), value: '' },
              ...(q.data?.evaluationCycles.nodes ?? []).map((c) => ({ label: c.code, value: c.code })),
            ]}
          />
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <ChartCard
            id="grade-by"
            title={`${t('gradeRatios')} · ${dimLabel}`}
            subtitle={`${t('total')} ${total}`}
            height={dimHeight}
            loading={q.loading}
            error={q.error}
            onRetry={() => void q.refetch()}
            empty={!q.loading && total === 0}
            option={total ? gradeBars(bars) : null}
            table={gradeTable(bars, dimLabel)}
            extra={
              <Segmented
                size="small"
                value={by}
                data-testid="grade-dimension"
                onChange={(v) => setParams({ by: v === 'county' ? undefined : String(v) })}
                options={[
                  { label: t('byCounty'), value: 'county' },
                  { label: t('bySector'), value: 'sector' },
                  { label: t('byInstitution'), value: 'institution' },
                ]}
              />
            }
            onFilter={setParams}
            onSegment={(e) => {
              const g = bars.groups[e.dataIndex];
              const s = bars.series[e.seriesIndex];
              if (!g || !s) return null;
              const filter: Record<string, string | undefined> =
                by === 'county' ? { county: g.code } : by === 'sector' ? { sector: g.code } : {};
              return {
                title: `${g.label} · ${s.name} · ${s.counts[e.dataIndex]}（${s.percents[e.dataIndex]}%）`,
                filter: by === 'institution' ? undefined : filter,
                drill: drillFor(g.code, s.grade),
              };
            }}
          />
        </Col>
        <Col xs={24} xl={8}>
          <Row gutter={[16, 16]}>
            <Col xs={24} md={12} xl={24}>
              <ChartCard
                id="grade-pie"
                title={t('gradePie')}
                height={300}
                loading={q.loading}
                error={q.error}
                empty={!q.loading && total === 0}
                option={
                  total
                    ? donutOption(
                        theme,
                        pie.map((s) => ({ name: s.name, value: s.value, color: GRADE_COLORS[s.code] })),
                        String(total),
                      )
                    : null
                }
                table={{
                  rows: pie,
                  columns: [
                    { title: t('grade'), value: (r) => r.name },
                    { title: t('count'), value: (r) => r.value },
                    { title: '%', value: (r) => r.percent },
                  ],
                }}
                onSegment={(e) => {
                  const s = pie[e.dataIndex];
                  return s
                    ? {
                        title: `${s.name} · ${s.value}（${s.percent}%）`,
                        drill: link('/evaluation-records', { grade: s.code, cycle: cycle || undefined }),
                      }
                    : null;
                }}
              />
            </Col>
            <Col xs={24} md={12} xl={24}>
              <ChartCard
                id="grade-cycles"
                title={t('byCycle')}
                height={Math.max(200, cycles.groups.length * 50 + 80)}
                loading={q.loading}
                error={q.error}
                empty={!q.loading && cycles.groups.length === 0}
                option={cycles.groups.length ? gradeBars(cycles) : null}
                table={gradeTable(cycles, t('cycle'))}
                onFilter={setParams}
                onSegment={(e) => {
                  const g = cycles.groups[e.dataIndex];
                  const s = cycles.series[e.seriesIndex];
                  if (!g || !s) return null;
                  return {
                    title: `${g.label} · ${s.name} · ${s.counts[e.dataIndex]}（${s.percents[e.dataIndex]}%）`,
                    filter: { cycle: g.code ?? undefined },
                    drill: link('/evaluation-records', { grade: s.grade, cycle: g.code ?? undefined }),
                  };
                }}
              />
            </Col>
          </Row>
        </Col>
      </Row>
    </div>
  );
}
