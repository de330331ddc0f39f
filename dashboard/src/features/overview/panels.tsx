/** The four leadership panels; each is used on the overview and (richer) on its own page. */
import { Link } from 'react-router';
import { useI18n } from '../../app/i18n';
import { useChartTheme } from '../../app/theme';
import { useFilters } from '../../app/useFilters';
import { formatFen, formatPercent } from '../../charts/format';
import { fundSplit } from '../../charts/funds';
import { gradeRatios } from '../../charts/grades';
import { barOption } from '../../charts/options';
import { countyPipelines } from '../../charts/pipeline';
import { sectorSpread } from '../../charts/sectors';
import { ChartCard } from '../../components/ChartCard';
import { FUNDER_COLORS, GRADE_COLORS, STAGE_COLORS } from '../../components/theme';
import type { useCountyPipelines } from '../../data/useCountyPipelines';
import type { useFundSplits } from '../../data/useFundSplits';
import type { useGradeRatios } from '../../data/useGradeRatios';
import type { useSectorSpread } from '../../data/useSectorSpread';

const more = (to: string, label: string) => (
  <Link to={to} className="panel-more">
    {label} →
  </Link>
);

export function SectorSpreadPanel({
  data,
  height = 340,
  withMore = true,
}: {
  data: ReturnType<typeof useSectorSpread>;
  height?: number;
  withMore?: boolean;
}) {
  const { t, lang } = useI18n();
  const theme = useChartTheme();
  const { link, setParams } = useFilters();
  const shaped = sectorSpread(data.groups, lang);
  const unit = lang === 'zh' ? '人' : '';
  return (
    <ChartCard
      id="sectors"
      title={t('sectorSpread')}
      subtitle={`${t('total')} ${shaped.total}${unit}`}
      height={height}
      loading={data.loading}
      error={data.error}
      onRetry={data.refetch}
      empty={!data.loading && shaped.total === 0}
      option={
        shaped.total
          ? barOption(
              theme,
              shaped.categories.map((c) => c.label),
              shaped.series.map((s, i) => ({ ...s, color: i === 0 ? theme.palette[0] : theme.mode === 'screen' ? '#334e7a' : '#b6c6e3' })),
              { stacked: true, horizontal: true, labels: true },
            )
          : null
      }
      table={{
        rows: shaped.categories.map((c, i) => ({ c, active: shaped.series[0].data[i], ended: shaped.series[1].data[i] })),
        columns: [
          { title: t('sector'), value: (r) => r.c.label },
          { title: shaped.series[0].name, value: (r) => r.active },
          { title: shaped.series[1].name, value: (r) => r.ended },
          { title: t('total'), value: (r) => r.active + r.ended },
        ],
      }}
      onFilter={setParams}
      onSegment={(e) => {
        const c = shaped.categories[e.dataIndex];
        const s = shaped.series[e.seriesIndex];
        if (!c || !s) return null;
        return {
          title: `${c.label} · ${s.name} · ${s.data[e.dataIndex]}${unit}`,
          filter: { sector: c.code },
          drill: link('/appointments', { sector: c.code, status: s.key }),
        };
      }}
      extra={withMore ? more(link('/sectors'), t('sectors')) : undefined}
    />
  );
}

export function CountyPipelinePanel({
  data,
  height = 340,
  withMore = true,
}: {
  data: ReturnType<typeof useCountyPipelines>;
  height?: number;
  withMore?: boolean;
}) {
  const { t, lang } = useI18n();
  const theme = useChartTheme();
  const { link, setParams } = useFilters();
  const shaped = countyPipelines(data.groups, lang);
  const total = shaped.totals.reduce((a, b) => a + b, 0);
  const unit = lang === 'zh' ? '件' : '';
  const key = data.by === 'county' ? 'county' : 'sector';
  return (
    <ChartCard
      id="pipelines"
      title={data.by === 'county' ? t('countyPipelines') : t('sectorPipelines')}
      subtitle={`${t('total')} ${total}${unit}`}
      height={height}
      loading={data.loading}
      error={data.error}
      onRetry={data.refetch}
      empty={!data.loading && total === 0}
      option={
        total
          ? barOption(
              theme,
              shaped.counties.map((c) => c.label),
              shaped.series.map((s) => ({ ...s, color: STAGE_COLORS[s.key] })),
              { stacked: true, horizontal: true },
            )
          : null
      }
      table={{
        rows: shaped.counties.map((c, i) => ({ c, i })),
        columns: [
          { title: t(key), value: (r) => r.c.label },
          ...shaped.series.map((s) => ({ title: s.name, value: (r: { i: number }) => s.data[r.i] })),
          { title: t('total'), value: (r) => shaped.totals[r.i] },
        ],
      }}
      onFilter={setParams}
      onSegment={(e) => {
        const c = shaped.counties[e.dataIndex];
        const s = shaped.series[e.seriesIndex];
        if (!c || !s) return null;
        return {
          title: `${c.label} · ${s.name} · ${s.data[e.dataIndex]}${unit}`,
          filter: { [key]: c.code },
          drill: link('/applications', { [key]: c.code, stage: s.key }),
        };
      }}
      extra={withMore ? more(link('/pipelines'), t('pipelines')) : undefined}
    />
  );
}

export function GradeRatioPanel({
  data,
  height = 340,
  withMore = true,
}: {
  data: ReturnType<typeof useGradeRatios>;
  height?: number;
  withMore?: boolean;
}) {
  const { t, lang } = useI18n();
  const theme = useChartTheme();
  const { link, setParams } = useFilters();
  const shaped = gradeRatios(data.groups, lang);
  const total = shaped.groups.reduce((a, g) => a + g.total, 0);
  const key = data.by === 'county' ? 'county' : 'sector';
  return (
    <ChartCard
      id="grades"
      title={`${t('gradeRatios')} · ${data.by === 'county' ? t('byCounty') : t('bySector')}`}
      subtitle={`${t('total')} ${total}${lang === 'zh' ? '人次' : ''}`}
      height={height}
      loading={data.loading}
      error={data.error}
      onRetry={data.refetch}
      empty={!data.loading && total === 0}
      option={
        total
          ? barOption(
              theme,
              shaped.groups.map((g) => g.label),
              shaped.series.map((s) => ({ name: s.name, data: s.percents, color: GRADE_COLORS[s.grade] })),
              { stacked: true, horizontal: true, percent: true },
            )
          : null
      }
      table={{
        rows: shaped.groups.map((g, i) => ({ g, i })),
        columns: [
          { title: t(key), value: (r) => r.g.label },
          ...shaped.series.flatMap((s) => [
            { title: `${s.name}（${t('count')}）`, value: (r: { i: number }) => s.counts[r.i] },
            { title: `${s.name}（%）`, value: (r: { i: number }) => s.percents[r.i] },
          ]),
          { title: t('total'), value: (r) => r.g.total },
        ],
      }}
      onFilter={setParams}
      onSegment={(e) => {
        const g = shaped.groups[e.dataIndex];
        const s = shaped.series[e.seriesIndex];
        if (!g || !s) return null;
        return {
          title: `${g.label} · ${s.name} · ${s.counts[e.dataIndex]}（${s.percents[e.dataIndex]}%）`,
          filter: { [key]: g.code ?? undefined },
          drill: link('/evaluation-records', { [key]: g.code ?? undefined, grade: s.grade }),
        };
      }}
      extra={withMore ? more(link('/evaluations'), t('evaluations')) : undefined}
    />
  );
}

export function FundSplitPanel({
  data,
  height = 340,
  withMore = true,
}: {
  data: ReturnType<typeof useFundSplits>;
  height?: number;
  withMore?: boolean;
}) {
  const { t, lang } = useI18n();
  const theme = useChartTheme();
  const { link, setParams } = useFilters();
  const shaped = fundSplit(data.groups, lang);
  const totalFen = shaped.categories.reduce((a, c) => a + c.totalFen, 0);
  return (
    <ChartCard
      id="funds"
      title={t('fundSplits')}
      subtitle={`${t('total')} ${formatFen(totalFen, lang)}`}
      height={height}
      loading={data.loading}
      error={data.error}
      onRetry={data.refetch}
      empty={!data.loading && totalFen === 0}
      option={
        totalFen
          ? barOption(
              theme,
              shaped.categories.map((c) => c.label),
              shaped.series.map((s) => ({ name: s.name, data: s.wan, color: FUNDER_COLORS[s.funder] })),
              { stacked: true, horizontal: true, unit: t('wan') },
            )
          : null
      }
      table={{
        rows: shaped.categories.map((c, i) => ({ c, i })),
        columns: [
          { title: t('sector'), value: (r) => r.c.label },
          { title: t('projects'), value: (r) => r.c.count },
          ...shaped.series.map((s) => ({ title: `${s.name}（${t('wan')}）`, value: (r: { i: number }) => s.wan[r.i] })),
          ...shaped.series.map((s) => ({ title: `${s.name}（%）`, value: (r: { i: number }) => s.percents[r.i] })),
          { title: `${t('total')}（${t('wan')}）`, value: (r) => Math.round(r.c.totalFen / 1e4) / 100 },
        ],
      }}
      onFilter={setParams}
      onSegment={(e) => {
        const c = shaped.categories[e.dataIndex];
        const s = shaped.series[e.seriesIndex];
        if (!c || !s) return null;
        return {
          title: `${c.label} · ${s.name} · ${formatFen(s.fen[e.dataIndex], lang)}（${formatPercent(s.percents[e.dataIndex] / 100)}）`,
          filter: { sector: c.code },
          drill: link('/projects', { sector: c.code }),
        };
      }}
      footer={
        shaped.belowHalf.length ? (
          <div className="panel-note">
            {t('belowHalf')}：{shaped.belowHalf.map((code) => shaped.categories.find((c) => c.code === code)?.label).join('、')}（
            {t('enterpriseShareNote')}）
          </div>
        ) : (
          <div className="panel-note">{t('enterpriseShareNote')}</div>
        )
      }
      extra={withMore ? more(link('/funds'), t('funds')) : undefined}
    />
  );
}
