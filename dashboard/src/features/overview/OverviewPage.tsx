/** The leaders' overview: headline figures and the four panels, all under the global filters. */
import { Col, Row } from 'antd';
import { canOpen } from '../../app/access';
import { useAuth } from '../../app/auth';
import { useI18n } from '../../app/i18n';
import { useFilters } from '../../app/useFilters';
import { formatCount, formatFen, formatPercent } from '../../charts/format';
import { WAITING_STAGES } from '../../charts/pipeline';
import { PageTitle, Stat } from '../../components/Page';
import { useCountyPipelines } from '../../data/useCountyPipelines';
import { useFundSplits } from '../../data/useFundSplits';
import { useGradeRatios } from '../../data/useGradeRatios';
import { useSectorSpread } from '../../data/useSectorSpread';
import { CountyPipelinePanel, FundSplitPanel, GradeRatioPanel, SectorSpreadPanel } from './panels';

export default function OverviewPage() {
  const { t, lang } = useI18n();
  const { me } = useAuth();
  const { filters, lockedCounty } = useFilters();
  // Within one county, comparing counties says nothing: break the pipeline and grades down by sector.
  const by = lockedCounty || filters.county ? 'sector' : 'county';
  const may = (page: 'sectors' | 'pipelines' | 'evaluations' | 'funds') => canOpen(page, me.role, me.readable);
  const sectors = useSectorSpread(filters, !may('sectors'));
  const pipelines = useCountyPipelines(filters, !may('pipelines'), by);
  const grades = useGradeRatios(filters, lang, !may('evaluations'), by);
  const funds = useFundSplits(filters, lang, !may('funds'));

  const active = sectors.groups.filter((g) => g.status === 'ACTIVE').reduce((a, g) => a + g.count, 0);
  const appointments = sectors.groups.reduce((a, g) => a + g.count, 0);
  const applications = pipelines.groups.reduce((a, g) => a + g.count, 0);
  const waiting = pipelines.groups
    .filter((g) => (WAITING_STAGES as readonly string[]).includes(g.stage ?? ''))
    .reduce((a, g) => a + g.count, 0);
  const graded = grades.groups.reduce((a, g) => a + g.count, 0);
  const excellent = grades.groups.filter((g) => g.grade === 'EXCELLENT').reduce((a, g) => a + g.count, 0);
  const fundFen = funds.groups.reduce((a, g) => a + g.totalFen, 0);
  const dash = (loading: boolean, v: string) => (loading ? '…' : v);
  const people = lang === 'zh' ? '人' : '';
  const cases = lang === 'zh' ? '件' : '';

  const panels = [
    may('sectors') && <SectorSpreadPanel key="s" data={sectors} />,
    may('pipelines') && <CountyPipelinePanel key="p" data={pipelines} />,
    may('evaluations') && <GradeRatioPanel key="g" data={grades} />,
    may('funds') && <FundSplitPanel key="f" data={funds} />,
  ].filter(Boolean);

  return (
    <div className="page overview">
      <PageTitle title={t('overview')} note={t('appName')} />
      <div className="stats">
        {may('sectors') && (
          <Stat testId="active" label={t('activeExperts')} value={dash(sectors.loading, formatCount(active, lang))} suffix={people} />
        )}
        {may('sectors') && (
          <Stat
            testId="appointments"
            label={t('totalAppointments')}
            value={dash(sectors.loading, formatCount(appointments, lang))}
            suffix={people}
          />
        )}
        {may('pipelines') && (
          <Stat
            testId="applications"
            label={t('applicationsCount')}
            value={dash(pipelines.loading, formatCount(applications, lang))}
            suffix={cases}
          />
        )}
        {may('pipelines') && (
          <Stat testId="waiting" label={t('waitingNow')} value={dash(pipelines.loading, formatCount(waiting, lang))} suffix={cases} />
        )}
        {may('evaluations') && (
          <Stat
            testId="excellent"
            label={t('excellentRate')}
            value={dash(grades.loading, graded ? formatPercent(excellent / graded) : '—')}
            hint={graded ? `${excellent} / ${graded}` : undefined}
          />
        )}
        {may('funds') && <Stat testId="funds" label={t('projectFunds')} value={dash(funds.loading, formatFen(fundFen, lang))} />}
        {may('funds') && (
          <Stat testId="disbursed" label={t('disbursed')} value={dash(funds.loading, formatFen(funds.disbursedFen, lang))} />
        )}
      </div>
      <Row gutter={[16, 16]}>
        {panels.map((p, i) => (
          <Col key={i} xs={24} lg={12}>
            {p}
          </Col>
        ))}
      </Row>
    </div>
  );
}
