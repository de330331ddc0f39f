/** Co-innovation funds: three-way splits per sector and county, approved vs disbursed, per project. */
import { useQuery } from '@apollo/client/react';
import { Col, Row, Tag } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useChartTheme } from '../../app/theme';
import { useFilters } from '../../app/useFilters';
import { fenToWan, fenToYuanString, formatFen, formatPercent } from '../../charts/format';
import { approvedVsDisbursed, fundSplit, funderSlices } from '../../charts/funds';
import { enumLabel, refLabel } from '../../charts/labels';
import { barOption, donutOption } from '../../charts/options';
import { ChartCard } from '../../components/ChartCard';
import { PageTitle } from '../../components/Page';
import { RecordTable } from '../../components/RecordTable';
import { FUNDER_COLORS } from '../../components/theme';
import { usePages } from '../../components/usePages';
import { disbursementWhere, projectWhere } from '../../data/filters';
import { FUNDED_STATUSES, useFundSplits } from '../../data/useFundSplits';
import type { FundProjectsQuery } from '../../gql/graphql';
import { FundSplitPanel } from '../overview/panels';
import { registerPie } from '../../components/echarts-more';
import { FundsByCountyDocument, FundProjectsDocument } from '../../gql/graphql';

registerPie();

const FundsByCountyQuery = FundsByCountyDocument;

const FundProjects = FundProjectsDocument;

type ProjectRow = FundProjectsQuery['projects']['nodes'][number];
const totalOf = (p: ProjectRow) => p.enterpriseFen + p.universityFen + p.financeFen;
const paidOf = (p: ProjectRow) => p.disbursements.reduce((a, d) => a + d.amountFen, 0);

export default function FundsPage() {
  const { t, lang } = useI18n();
  const theme = useChartTheme();
  const navigate = useNavigate();
  const { filters, link, setParams } = useFilters();
  const bySector = useFundSplits(filters, lang);
  const q = useQuery(FundsByCountyQuery, {
    variables: { projects: projectWhere(filters, { status: { in: FUNDED_STATUSES } }), disbursements: disbursementWhere(filters) },
  });
  const countyGroups = (q.data?.projectGroups ?? []).map((g) => ({
    code: g.key.division?.code ?? '',
    label: refLabel(g.key.division, lang),
    sortKey: g.key.division?.sortOrder ?? 0,
    count: g.count,
    ...g.sum,
  }));
  const byCounty = fundSplit(countyGroups, lang);
  const sums = bySector.groups.reduce(
    (a, g) => ({
      enterpriseFen: a.enterpriseFen + g.enterpriseFen,
      universityFen: a.universityFen + g.universityFen,
      financeFen: a.financeFen + g.financeFen,
    }),
    { enterpriseFen: 0, universityFen: 0, financeFen: 0 },
  );
  const slices = funderSlices(sums, lang);
  const totalFen = sums.enterpriseFen + sums.universityFen + sums.financeFen;
  const avd = approvedVsDisbursed(
    countyGroups.map((g) => ({ code: g.code, label: g.label, sortKey: g.sortKey, fen: g.totalFen })),
    (q.data?.disbursementGroups ?? []).map((g) => ({
      code: g.key.division?.code ?? '',
      label: refLabel(g.key.division, lang),
      sortKey: g.key.division?.sortOrder ?? 0,
      fen: g.sum.amountFen,
    })),
  );
  const fundedProjects = projectWhere(filters, { status: { in: FUNDED_STATUSES } });
  const pages = usePages(FundProjects, { filter: fundedProjects }, (d) => d.projects, 15);
  const wan = t('wan');
  return (
    <div className="page">
      <PageTitle
        title={t('funds')}
        note={
          t('enterpriseShareNote') +
          (lang === 'zh'
            ? '；单个项目财政支持不超过100万元（第二十、二十一条）'
            : '; city support at most 1,000,000 yuan per project (Art. 20, 21)')
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={8}>
          <ChartCard
            id="funder-pie"
            title={t('fundSplits')}
            height={340}
            loading={bySector.loading}
            error={bySector.error}
            onRetry={bySector.refetch}
            empty={!bySector.loading && totalFen === 0}
            option={
              totalFen
                ? donutOption(
                    theme,
                    slices.map((s) => ({ name: s.name, value: fenToWan(s.fen), color: FUNDER_COLORS[s.code] })),
                    formatFen(totalFen, lang),
                    (v) => `${v} ${wan}`,
                  )
                : null
            }
            table={{
              rows: slices,
              columns: [
                { title: t('funder'), value: (r) => r.name },
                { title: `${t('amount')}（元）`, value: (r) => fenToYuanString(r.fen) },
                { title: '%', value: (r) => r.percent },
              ],
            }}
            onSegment={(e) => {
              const s = slices[e.dataIndex];
              return s ? { title: `${s.name} · ${formatFen(s.fen, lang)}（${s.percent}%）`, drill: link('/projects') } : null;
            }}
          />
        </Col>
        <Col xs={24} xl={16}>
          <FundSplitPanel data={bySector} withMore={false} height={340} />
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard
            id="fund-county"
            title={t('splitByCounty')}
            height={380}
            loading={q.loading}
            error={q.error}
            onRetry={() => void q.refetch()}
            empty={!q.loading && byCounty.categories.length === 0}
            option={
              byCounty.categories.length
                ? barOption(
                    theme,
                    byCounty.categories.map((c) => c.label),
                    byCounty.series.map((s) => ({ name: s.name, data: s.wan, color: FUNDER_COLORS[s.funder] })),
                    { stacked: true, horizontal: true, unit: wan },
                  )
                : null
            }
            table={{
              rows: byCounty.categories.map((c, i) => ({ c, i })),
              columns: [
                { title: t('county'), value: (r) => r.c.label },
                { title: t('projects'), value: (r) => r.c.count },
                ...byCounty.series.map((s) => ({ title: `${s.name}（元）`, value: (r: { i: number }) => fenToYuanString(s.fen[r.i]) })),
                ...byCounty.series.map((s) => ({ title: `${s.name}（%）`, value: (r: { i: number }) => s.percents[r.i] })),
              ],
            }}
            onFilter={setParams}
            onSegment={(e) => {
              const c = byCounty.categories[e.dataIndex];
              const s = byCounty.series[e.seriesIndex];
              if (!c || !s) return null;
              return {
                title: `${c.label} · ${s.name} · ${formatFen(s.fen[e.dataIndex], lang)}`,
                filter: { county: c.code },
                drill: link('/projects', { county: c.code }),
              };
            }}
          />
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard
            id="approved-disbursed"
            title={t('approvedVsDisbursed')}
            height={380}
            loading={q.loading}
            error={q.error}
            onRetry={() => void q.refetch()}
            empty={!q.loading && avd.categories.length === 0}
            option={
              avd.categories.length
                ? barOption(
                    theme,
                    avd.categories.map((c) => c.label),
                    [
                      { name: t('approved'), data: avd.approvedFen.map(fenToWan), color: theme.palette[0] },
                      { name: t('disbursedAmount'), data: avd.disbursedFen.map(fenToWan), color: theme.palette[1] },
                    ],
                    { unit: wan },
                  )
                : null
            }
            table={{
              rows: avd.categories.map((c, i) => ({ c, i })),
              columns: [
                { title: t('county'), value: (r) => r.c.label },
                { title: `${t('approved')}（元）`, value: (r) => fenToYuanString(avd.approvedFen[r.i]) },
                { title: `${t('disbursedAmount')}（元）`, value: (r) => fenToYuanString(avd.disbursedFen[r.i]) },
                { title: t('disbursementRate'), value: (r) => formatPercent(avd.rate[r.i]) },
              ],
            }}
            onFilter={setParams}
            onSegment={(e) => {
              const c = avd.categories[e.dataIndex];
              if (!c) return null;
              return {
                title: `${c.label} · ${t('disbursementRate')} ${formatPercent(avd.rate[e.dataIndex])}`,
                filter: { county: c.code },
                drill: link('/projects', { county: c.code }),
              };
            }}
          />
        </Col>
        <Col xs={24}>
          <RecordTable<ProjectRow>
            id="fund-projects"
            title={t('projectTable')}
            exportTitle={t('projectTable')}
            exportList="projects"
            filter={fundedProjects}
            pages={pages}
            rowKey={(p) => p.id}
            onRow={(p) => navigate(`/projects/${p.id}`)}
            columns={[
              { title: t('code'), key: 'code', render: (_, p) => <Link to={`/projects/${p.id}`}>{p.code}</Link> },
              { title: t('title'), key: 'title', render: (_, p) => p.title, ellipsis: true, width: 260 },
              { title: t('enterprise'), key: 'e', render: (_, p) => p.enterprise?.name ?? '—' },
              { title: t('county'), key: 'c', render: (_, p) => refLabel(p.division, lang) },
              { title: t('status'), key: 's', render: (_, p) => <Tag>{enumLabel('projectStatus', p.status, lang)}</Tag> },
              {
                title: `${t('enterpriseFen')}（${wan}）`,
                key: 'ef',
                align: 'right',
                render: (_, p) => fenToWan(p.enterpriseFen).toFixed(2),
              },
              {
                title: `${t('universityFen')}（${wan}）`,
                key: 'uf',
                align: 'right',
                render: (_, p) => fenToWan(p.universityFen).toFixed(2),
              },
              { title: `${t('financeFen')}（${wan}）`, key: 'ff', align: 'right', render: (_, p) => fenToWan(p.financeFen).toFixed(2) },
              {
                title: `${t('totalFen')}（${wan}）`,
                key: 'tf',
                align: 'right',
                render: (_, p) => <b>{fenToWan(totalOf(p)).toFixed(2)}</b>,
              },
              { title: `${t('disbursedAmount')}（${wan}）`, key: 'paid', align: 'right', render: (_, p) => fenToWan(paidOf(p)).toFixed(2) },
              {
                title: t('share'),
                key: 'share',
                render: (_, p) => {
                  const total = totalOf(p);
                  const ok = total === 0 || p.enterpriseFen * 2 >= total;
                  return <Tag color={ok ? 'green' : 'red'}>{total ? formatPercent(p.enterpriseFen / total) : '—'}</Tag>;
                },
              },
            ]}
          />
        </Col>
      </Row>
    </div>
  );
}
