/**
 * The yearly indicators of Art. 7 for one appointment and one calendar year, with a status and
 * a projection to the year's end. Pure: the ledger service counts, this judges.
 *
 * A year the expert serves only in part (the first and the last) has its targets pro-rated by
 * the days served, rounded up; a full year keeps the targets of the text.
 */
import { daysBetween } from '../../domain/china-time';

export enum IndicatorCode {
  TECH_SERVICES = 'TECH_SERVICES',
  DAYS_ON_SITE = 'DAYS_ON_SITE',
  NEW_TECHNOLOGIES = 'NEW_TECHNOLOGIES',
  IP_APPLICATIONS = 'IP_APPLICATIONS',
  BRIEFINGS_AND_TRAININGS = 'BRIEFINGS_AND_TRAININGS',
  PEOPLE_TRAINED = 'PEOPLE_TRAINED',
}

export enum IndicatorStatus {
  MET = 'MET',
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  MISSED = 'MISSED',
}

export interface IndicatorSpec {
  code: IndicatorCode;
  article: string;
  annualTarget: number;
  label: string;
}

export const INDICATORS: readonly IndicatorSpec[] = [
  { code: IndicatorCode.TECH_SERVICES, article: '第七条第1项', annualTarget: 10, label: '技术服务次数 / Technical services' },
  { code: IndicatorCode.DAYS_ON_SITE, article: '第七条第1项', annualTarget: 30, label: '驻企服务天数 / Days on site' },
  {
    code: IndicatorCode.NEW_TECHNOLOGIES,
    article: '第七条第2项',
    annualTarget: 1,
    label: '新技术、新工艺、新产品 / New technologies, processes or products',
  },
  { code: IndicatorCode.IP_APPLICATIONS, article: '第七条第2项', annualTarget: 1, label: '知识产权申请 / IP applications' },
  {
    code: IndicatorCode.BRIEFINGS_AND_TRAININGS,
    article: '第七条第3项',
    annualTarget: 3,
    label: '政策宣讲或技术培训次数 / Policy briefings or trainings',
  },
  { code: IndicatorCode.PEOPLE_TRAINED, article: '第七条第3项', annualTarget: 10, label: '培养技术骨干人数 / Technical staff trained' },
];

export type IndicatorCounts = Record<IndicatorCode, { actual: number; confirmed: number }>;

export interface YearWindow {
  /** First and last day of the year the expert serves (empty when `start > end`). */
  start: string;
  end: string;
  /** Days of the window, and days of the calendar year. */
  days: number;
  yearDays: number;
}

export function yearWindow(year: number, serviceStart: string, serviceEnd: string): YearWindow {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const start = serviceStart > first ? serviceStart : first;
  const end = serviceEnd < last ? serviceEnd : last;
  return { start, end, days: Math.max(0, daysBetween(start, end) + 1), yearDays: daysBetween(first, last) + 1 };
}

export interface IndicatorResult {
  code: IndicatorCode;
  article: string;
  label: string;
  annualTarget: number;
  /** Target for the part of the year served. */
  target: number;
  /** Counted from entries the enterprise has not disputed. */
  actual: number;
  /** Counted from entries the enterprise has confirmed. */
  confirmed: number;
  /** `actual` extrapolated to the end of the window at the pace so far. */
  projected: number;
  status: IndicatorStatus;
}

/**
 * Judges each indicator as of `asOf`: MET when reached; MISSED when the window is over without
 * it; otherwise ON_TRACK when the pace so far reaches the target by the window's end, AT_RISK when
 * it does not.
 */
export function judgeIndicators(window: YearWindow, asOf: string, counts: IndicatorCounts): IndicatorResult[] {
  const elapsedEnd = asOf < window.end ? asOf : window.end;
  const elapsed = asOf < window.start ? 0 : Math.max(0, daysBetween(window.start, elapsedEnd) + 1);
  const over = asOf > window.end;
  return INDICATORS.map((spec) => {
    const target = window.days <= 0 ? 0 : Math.ceil((spec.annualTarget * window.days) / window.yearDays);
    const { actual, confirmed } = counts[spec.code];
    const projected = elapsed === 0 ? actual : Math.floor((actual * window.days) / elapsed);
    let status: IndicatorStatus;
    if (actual >= target) status = IndicatorStatus.MET;
    else if (over) status = IndicatorStatus.MISSED;
    else if (elapsed === 0) status = IndicatorStatus.ON_TRACK;
    else status = projected >= target ? IndicatorStatus.ON_TRACK : IndicatorStatus.AT_RISK;
    return {
      code: spec.code,
      article: spec.article,
      label: spec.label,
      annualTarget: spec.annualTarget,
      target,
      actual,
      confirmed,
      projected,
      status,
    };
  });
}

/** The last day an appointment counts toward: its service end, or the day it ended early. */
export function effectiveEnd(serviceEnd: string, endedOn: string | null | undefined): string {
  return endedOn && endedOn < serviceEnd ? endedOn : serviceEnd;
}
