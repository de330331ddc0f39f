/** Colours shared by the charts, in the normal (light) and the wall-screen (dark) look. */
export interface ChartTheme {
  mode: 'light' | 'screen';
  text: string;
  subtext: string;
  axis: string;
  split: string;
  background: string;
  palette: string[];
}

const PALETTE = ['#1f6feb', '#14b8a6', '#f59e0b', '#ef4444', '#8b5cf6', '#22c55e', '#ec4899', '#0ea5e9', '#a16207', '#64748b', '#f97316'];

export const LIGHT: ChartTheme = {
  mode: 'light',
  text: '#1f2937',
  subtext: '#6b7280',
  axis: '#9ca3af',
  split: '#eef0f3',
  background: '#ffffff',
  palette: PALETTE,
};

export const SCREEN: ChartTheme = {
  mode: 'screen',
  text: '#dbeafe',
  subtext: '#93c5fd',
  axis: '#3b5b8c',
  split: '#17325a',
  background: '#0b1d3a',
  palette: ['#38bdf8', '#2dd4bf', '#fbbf24', '#f87171', '#a78bfa', '#4ade80', '#f472b6', '#60a5fa', '#facc15', '#94a3b8', '#fb923c'],
};

export const GRADE_COLORS: Record<string, string> = { EXCELLENT: '#16a34a', GOOD: '#2563eb', QUALIFIED: '#f59e0b', UNQUALIFIED: '#dc2626' };
export const FUNDER_COLORS: Record<string, string> = { ENTERPRISE: '#2563eb', UNIVERSITY: '#14b8a6', FINANCE: '#f59e0b' };

/** Stages from light to deep blue along the path, recognised in green, rejected red, withdrawn grey. */
export const STAGE_COLORS: Record<string, string> = {
  DRAFT: '#cbd5e1',
  SUBMITTED: '#93c5fd',
  COUNTY_APPROVED: '#60a5fa',
  CITY_APPROVED: '#3b82f6',
  MATCHED: '#2563eb',
  PARTY_APPROVED: '#1d4ed8',
  FILED: '#6366f1',
  IN_NOTICE: '#8b5cf6',
  RECOGNISED: '#16a34a',
  REJECTED: '#dc2626',
  WITHDRAWN: '#9ca3af',
};
