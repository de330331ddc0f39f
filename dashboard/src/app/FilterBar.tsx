/** The global filters: year, county (hidden for county accounts), sector; all kept in the URL. */
import { Button, Select, Space, Tag, Tooltip } from 'antd';
import { refLabel } from '../charts/labels';
import { useReference } from '../data/reference';
import { useI18n } from './i18n';
import { useFilters } from './useFilters';

const FIRST_YEAR = 2021;

export function FilterBar() {
  const { t, lang } = useI18n();
  const { filters, setParams, lockedCounty } = useFilters();
  const { divisions, sectors } = useReference();
  const thisYear = new Date().getFullYear();
  const years: number[] = [];
  for (let y = thisYear; y >= FIRST_YEAR; y--) years.push(y);
  const any = filters.year || filters.county || filters.sector;
  return (
    <Space wrap size={8} className="filter-bar no-print" data-testid="filter-bar">
      <Tooltip title={t('yearHint')}>
        <Select
          aria-label={t('year')}
          data-testid="filter-year"
          style={{ width: 120 }}
          value={filters.year ?? ''}
          onChange={(v) => setParams({ year: v || undefined })}
          options={[{ label: t('allYears'), value: '' }, ...years.map((y) => ({ label: lang === 'zh' ? `${y}年` : String(y), value: y }))]}
        />
      </Tooltip>
      {lockedCounty ? (
        <Tag color="blue" data-testid="county-locked">
          {t('countyLocked')}：{refLabel(lockedCounty, lang)}
        </Tag>
      ) : (
        <Select
          aria-label={t('county')}
          data-testid="filter-county"
          style={{ width: 180 }}
          value={filters.county ?? ''}
          onChange={(v) => setParams({ county: v || undefined })}
          options={[{ label: t('allCounties'), value: '' }, ...divisions.map((d) => ({ label: refLabel(d, lang), value: d.code }))]}
          popupMatchSelectWidth={false}
        />
      )}
      <Select
        aria-label={t('sector')}
        data-testid="filter-sector"
        style={{ width: 170 }}
        value={filters.sector ?? ''}
        onChange={(v) => setParams({ sector: v || undefined })}
        options={[{ label: t('allSectors'), value: '' }, ...sectors.map((s) => ({ label: refLabel(s, lang), value: s.code }))]}
        popupMatchSelectWidth={false}
      />
      {any ? (
        <Button type="link" size="small" onClick={() => setParams({ year: undefined, county: undefined, sector: undefined })}>
          {t('clearFilters')}
        </Button>
      ) : null}
    </Space>
  );
}
