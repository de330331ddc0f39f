/** Sectors: appointments per sector, sector × county heat map, and the yearly trend by cohort. */
import { useQuery } from '@apollo/client/react';
import { Col, Row } from 'antd';
import { useI18n } from '../../app/i18n';
import { useChartTheme } from '../../app/theme';
import { useFilters } from '../../app/useFilters';
import { heatmapOption, lineOption } from '../../charts/options';
import { cohortTrend, sectorCountyHeatmap } from '../../charts/sectors';
import { ChartCard } from '../../components/ChartCard';
import { PageTitle } from '../../components/Page';
import { appointmentWhere } from '../../data/filters';
import { useSectorSpread } from '../../data/useSectorSpread';
import { SectorSpreadPanel } from '../overview/panels';
import { registerHeatmap, registerLine } from '../../components/echarts-more';
import { SectorDetailDocument } from '../../gql/graphql';

registerHeatmap();
registerLine();

const SectorDetailQuery = SectorDetailDocument;

export default function SectorsPage() {
  const { t, lang } = useI18n();
  const theme = useChartTheme();
  const { filters, link, setParams } = useFilters();
  const spread = useSectorSpread(filters);
  // The trend spans all cohort years, so it ignores the year filter.
  const q = useQuery(SectorDetailQuery, {
    variables: { filter: appointmentWhere(filters), trendFilter: appointmentWhere({ ...filters, year: undefined }) },
  });
  const heat = sectorCountyHeatmap(
    (q.data?.grid ?? []).map((g) => ({ sector: g.key.sector ?? null, division: g.key.division ?? null, count: g.count })),
    lang,
  );
  const trend = cohortTrend(
    (q.data?.trend ?? []).map((g) => ({ cohortYear: g.key.cohortYear ?? null, sector: g.key.sector ?? null, count: g.count })),
    lang,
  );
  const unit = lang === 'zh' ? '人' : '';
  return (
    <div className="page">
      <PageTitle
        title={t('sectors')}
        note={lang === 'zh' ? '科技副总在重点产业领域（第十条）的分布' : 'Where the experts serve, by priority sector (Art. 10)'}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <SectorSpreadPanel data={spread} height={420} withMore={false} />
        </Col>
        <Col xs={24} xl={14}>
          <ChartCard
            id="heatmap"
            title={t('heatmap')}
            height={420}
            loading={q.loading}
            error={q.error}
            onRetry={() => void q.refetch()}
            empty={!q.loading && heat.max === 0}
            option={
              heat.max
                ? heatmapOption(
                    theme,
                    heat.x.map((c) => c.label),
                    heat.y.map((c) => c.label),
                    heat.cells,
                    heat.max,
                  )
                : null
            }
            table={{
              rows: heat.y.map((s, yi) => ({ s, yi })),
              columns: [
                { title: t('sector'), value: (r) => r.s.label },
                ...heat.x.map((c, xi) => ({
                  title: c.label,
                  value: (r: { yi: number }) => heat.cells.find((cell) => cell[0] === xi && cell[1] === r.yi)?.[2] ?? 0,
                })),
              ],
            }}
            onFilter={setParams}
            onSegment={(e) => {
              const [xi, yi, v] = e.value as [number, number, number];
              const c = heat.x[xi];
              const s = heat.y[yi];
              if (!c || !s) return null;
              return {
                title: `${s.label} · ${c.label} · ${v}${unit}`,
                filter: { sector: s.code, county: c.code },
                drill: link('/appointments', { sector: s.code, county: c.code }),
              };
            }}
          />
        </Col>
        <Col xs={24}>
          <ChartCard
            id="trend"
            title={t('cohortTrend')}
            height={360}
            loading={q.loading}
            error={q.error}
            onRetry={() => void q.refetch()}
            empty={!q.loading && trend.years.length === 0}
            option={trend.years.length ? lineOption(theme, trend.years, trend.series, unit) : null}
            table={{
              rows: trend.years.map((y, i) => ({ y, i })),
              columns: [
                { title: t('cohortYear'), value: (r) => r.y },
                ...trend.series.map((s) => ({ title: s.name, value: (r: { i: number }) => s.data[r.i] })),
              ],
            }}
            onFilter={setParams}
            onSegment={(e) => {
              const y = trend.years[e.dataIndex];
              const s = trend.series[e.seriesIndex];
              if (!y || !s) return null;
              return {
                title: `${y} · ${s.name} · ${s.data[e.dataIndex]}${unit}`,
                filter: { year: y, sector: s.key },
                drill: link('/appointments', { year: y, sector: s.key }),
              };
            }}
          />
        </Col>
      </Row>
    </div>
  );
}
