/** County pipelines: the funnel, counties compared stage by stage, and the cases waiting now. */
import { Col, Row, Select, Tag } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useChartTheme } from '../../app/theme';
import { useFilters } from '../../app/useFilters';
import { enumLabel, refLabel } from '../../charts/labels';
import { barOption, funnelOption, heatmapOption } from '../../charts/options';
import { countyPipelines, pipelineFunnel, waitingDays, WAITING_STAGES } from '../../charts/pipeline';
import { ChartCard } from '../../components/ChartCard';
import { STAGE_COLORS } from '../../components/theme';
import { PageTitle } from '../../components/Page';
import { RecordTable } from '../../components/RecordTable';
import { usePages } from '../../components/usePages';
import { applicationWhere } from '../../data/filters';
import { useCountyPipelines } from '../../data/useCountyPipelines';
import { useReference } from '../../data/reference';
import type { ApplicationStage, WaitingCasesQuery } from '../../gql/graphql';
import { CountyPipelinePanel } from '../overview/panels';
import { registerHeatmap, registerFunnel } from '../../components/echarts-more';
import { WaitingCasesDocument } from '../../gql/graphql';

registerHeatmap();
registerFunnel();

const WaitingCases = WaitingCasesDocument;

type Case = WaitingCasesQuery['applications']['nodes'][number];

export default function PipelinesPage() {
  const { t, lang } = useI18n();
  const theme = useChartTheme();
  const navigate = useNavigate();
  const { filters, link, setParams, search, lockedCounty } = useFilters();
  const { divisions } = useReference();
  const data = useCountyPipelines(filters);
  // Within one county the county comparisons become a per-stage bar and a per-sector breakdown.
  const single = !!(lockedCounty || filters.county);
  const bySector = useCountyPipelines(filters, !single, 'sector');
  const shaped = countyPipelines(data.groups, lang);
  const funnel = pipelineFunnel(data.groups, lang);
  const stageParam = search.get('stage');
  const stage = (WAITING_STAGES as readonly string[]).includes(stageParam ?? '') ? (stageParam as ApplicationStage) : null;
  const waiting = applicationWhere(filters, { stage: stage ? { eq: stage } : { in: [...WAITING_STAGES] as ApplicationStage[] } });
  const pages = usePages(WaitingCases, { filter: waiting }, (d) => d.applications, 15);
  const now = new Date();
  const grid = {
    x: shaped.stages,
    y: shaped.counties,
    cells: shaped.series.flatMap((s, xi) => s.data.map((v, yi) => [xi, yi, v] as [number, number, number])),
    max: Math.max(0, ...shaped.series.flatMap((s) => s.data)),
  };
  const unit = lang === 'zh' ? '件' : '';
  const stageTotals = shaped.series.map((s) => s.data.reduce((a, b) => a + b, 0));
  const stageBars = barOption(
    theme,
    grid.x.map((s) => s.label),
    [{ name: t('count'), data: stageTotals }],
    { labels: true },
  );
  (stageBars.series as Array<{ data: unknown[] }>)[0].data = stageTotals.map((v, i) => ({
    value: v,
    itemStyle: { color: STAGE_COLORS[grid.x[i].code] },
  }));
  const countyName = lockedCounty
    ? refLabel(lockedCounty, lang)
    : filters.county
      ? refLabel(
          divisions.find((d) => d.code === filters.county),
          lang,
        )
      : t('allCounties');
  return (
    <div className="page">
      <PageTitle
        title={t('pipelines')}
        note={
          lang === 'zh'
            ? '申报 → 县级初审 → 市级复审 → 双向选择 → 党组审议 → 备案 → 公示 → 认定（第十二条）'
            : 'Application → county review → city review → matching → party review → filing → notice → recognition (Art. 12)'
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={9}>
          <ChartCard
            id="funnel"
            title={`${t('funnel')} · ${countyName}`}
            subtitle={t('funnelHint')}
            height={420}
            loading={data.loading}
            error={data.error}
            onRetry={data.refetch}
            empty={!data.loading && funnel[0].reached === 0}
            option={
              funnel[0].reached
                ? funnelOption(
                    theme,
                    funnel,
                    funnel.map((f) => STAGE_COLORS[f.stage]),
                  )
                : null
            }
            extra={
              lockedCounty ? undefined : (
                <Select
                  size="small"
                  style={{ width: 130 }}
                  value={filters.county ?? ''}
                  aria-label={t('county')}
                  onChange={(v) => setParams({ county: v || undefined })}
                  options={[{ label: t('allCounties'), value: '' }, ...divisions.map((d) => ({ label: refLabel(d, lang), value: d.code }))]}
                  popupMatchSelectWidth={false}
                />
              )
            }
            table={{
              rows: funnel,
              columns: [
                { title: t('stage'), value: (r) => r.label },
                { title: t('count'), value: (r) => r.reached },
                {
                  title: lang === 'zh' ? '环节转化率' : 'Step conversion',
                  value: (r) => (r.conversion === null ? '' : `${Math.round(r.conversion * 1000) / 10}%`),
                },
              ],
            }}
            onFilter={setParams}
            onSegment={(e) => {
              const s = funnel[e.dataIndex];
              if (!s) return null;
              return { title: `${s.label} · ${s.reached}${unit}`, drill: link('/applications', { stage: s.stage }) };
            }}
          />
        </Col>
        <Col xs={24} xl={15}>
          {single ? (
            <ChartCard
              id="stage-compare"
              title={`${t('stageCounts')} · ${countyName}`}
              height={420}
              loading={data.loading}
              error={data.error}
              onRetry={data.refetch}
              empty={!data.loading && grid.max === 0}
              option={grid.max ? stageBars : null}
              table={{
                rows: grid.x.map((s, i) => ({ s, i })),
                columns: [
                  { title: t('stage'), value: (r) => r.s.label },
                  { title: t('count'), value: (r) => stageTotals[r.i] },
                ],
              }}
              onSegment={(e) => {
                const s = grid.x[e.dataIndex];
                return s
                  ? { title: `${s.label} · ${stageTotals[e.dataIndex]}${unit}`, drill: link('/applications', { stage: s.code }) }
                  : null;
              }}
            />
          ) : (
            <ChartCard
              id="stage-compare"
              title={t('stageCompare')}
              height={420}
              loading={data.loading}
              error={data.error}
              onRetry={data.refetch}
              empty={!data.loading && grid.max === 0}
              option={
                grid.max
                  ? heatmapOption(
                      theme,
                      grid.x.map((s) => s.label),
                      grid.y.map((c) => c.label),
                      grid.cells,
                      grid.max,
                    )
                  : null
              }
              onFilter={setParams}
              onSegment={(e) => {
                const [xi, yi, v] = e.value as [number, number, number];
                const s = grid.x[xi];
                const c = grid.y[yi];
                if (!s || !c) return null;
                return {
                  title: `${c.label} · ${s.label} · ${v}${unit}`,
                  filter: { county: c.code, stage: (WAITING_STAGES as readonly string[]).includes(s.code) ? s.code : undefined },
                  drill: link('/applications', { county: c.code, stage: s.code }),
                };
              }}
            />
          )}
        </Col>
        <Col xs={24}>
          <CountyPipelinePanel data={single ? bySector : data} withMore={false} height={380} />
        </Col>
        <Col xs={24}>
          <RecordTable<Case>
            id="waiting"
            title={t('waitingCases')}
            exportTitle={t('waitingCases')}
            exportList="applications"
            filter={waiting}
            pages={pages}
            rowKey={(n) => n.id}
            onRow={(n) => navigate(`/applications/${n.id}`)}
            extra={
              <Select
                size="small"
                style={{ width: 160 }}
                value={stage ?? ''}
                aria-label={t('stage')}
                data-testid="waiting-stage"
                onChange={(v) => setParams({ stage: v || undefined })}
                options={[
                  { label: t('allWaiting'), value: '' },
                  ...WAITING_STAGES.map((s) => ({ label: enumLabel('stage', s, lang), value: s })),
                ]}
              />
            }
            columns={[
              {
                title: t('enterprise'),
                key: 'e',
                render: (_, n) => <Link to={`/applications/${n.id}`}>{n.enterprise?.name ?? `#${n.id}`}</Link>,
              },
              { title: t('county'), key: 'c', render: (_, n) => refLabel(n.division, lang) },
              { title: t('sector'), key: 's', render: (_, n) => refLabel(n.sector, lang) },
              {
                title: t('stage'),
                key: 'st',
                render: (_, n) => (
                  <Tag color={n.onHold ? 'orange' : 'blue'}>
                    {enumLabel('stage', n.stage, lang)}
                    {n.onHold ? ` · ${t('onHold')}` : ''}
                  </Tag>
                ),
              },
              {
                title: t('enteredStage'),
                key: 'at',
                render: (_, n) =>
                  new Date(n.stageEnteredAt).toLocaleDateString(lang === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: 'Asia/Shanghai' }),
              },
              { title: t('waitedDays'), key: 'w', align: 'right', render: (_, n) => <b>{waitingDays(n.stageEnteredAt, now)}</b> },
              { title: t('proposedExpert'), key: 'x', render: (_, n) => n.proposedExpert?.name ?? '—' },
            ]}
          />
        </Col>
      </Row>
    </div>
  );
}
