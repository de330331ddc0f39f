/**
 * ECharts option builders: pure functions from shaped data to an option object, styled by a
 * theme. No ECharts import here (the option is plain data), so they are testable in Node.
 */
import type { ChartTheme } from '../components/theme.js';

type Option = Record<string, unknown>;

function base(theme: ChartTheme, legend = true): Option {
  return {
    backgroundColor: 'transparent',
    color: theme.palette,
    textStyle: { color: theme.text, fontFamily: 'inherit' },
    animationDuration: 400,
    tooltip: { trigger: 'item', confine: true },
    ...(legend ? { legend: { top: 0, type: 'scroll', textStyle: { color: theme.text } } } : {}),
  };
}

function categoryAxis(theme: ChartTheme, data: string[], rotate = 0): Option {
  return {
    type: 'category',
    data,
    axisLine: { lineStyle: { color: theme.axis } },
    axisTick: { alignWithLabel: true },
    axisLabel: { color: theme.text, rotate, interval: 0, hideOverlap: true, width: rotate ? 90 : undefined, overflow: 'truncate' },
  };
}

function valueAxis(theme: ChartTheme, name?: string, formatter?: string): Option {
  return {
    type: 'value',
    name,
    nameTextStyle: { color: theme.subtext },
    axisLabel: { color: theme.subtext, ...(formatter ? { formatter } : {}) },
    splitLine: { lineStyle: { color: theme.split } },
  };
}

export interface BarSeriesIn {
  name: string;
  data: number[];
  color?: string;
}

/** Bars per category, stacked or side by side; horizontal when there are many long labels. */
export function barOption(
  theme: ChartTheme,
  categories: string[],
  series: BarSeriesIn[],
  opts: { stacked?: boolean; horizontal?: boolean; unit?: string; percent?: boolean; labels?: boolean } = {},
): Option {
  const cat = categoryAxis(theme, categories, !opts.horizontal && categories.length > 6 ? 30 : 0);
  const val = valueAxis(theme, opts.unit, opts.percent ? '{value}%' : undefined);
  if (opts.percent) Object.assign(val, { max: 100 });
  return {
    ...base(theme, series.length > 1),
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      valueFormatter: opts.percent ? (v: number) => `${v}%` : undefined,
    },
    grid: { left: 8, right: 16, top: series.length > 1 ? 36 : 16, bottom: 8, containLabel: true },
    xAxis: opts.horizontal ? val : cat,
    yAxis: opts.horizontal ? { ...cat, inverse: true } : val,
    series: series.map((s) => ({
      type: 'bar',
      name: s.name,
      data: s.data,
      stack: opts.stacked ? 'total' : undefined,
      barMaxWidth: 36,
      itemStyle: s.color ? { color: s.color } : undefined,
      emphasis: { focus: 'series' },
      label: opts.labels
        ? {
            show: true,
            position: opts.stacked ? 'inside' : opts.horizontal ? 'right' : 'top',
            color: opts.stacked ? '#fff' : theme.text,
            formatter: (p: { value: number }) => (p.value ? (opts.percent ? `${p.value}%` : String(p.value)) : ''),
          }
        : undefined,
    })),
  };
}

export interface SliceIn {
  name: string;
  value: number;
  color?: string;
}

/** A donut with the total in the middle. */
export function donutOption(theme: ChartTheme, slices: SliceIn[], centre: string, valueFormatter?: (v: number) => string): Option {
  return {
    ...base(theme, true),
    legend: {
      bottom: 0,
      type: 'scroll',
      textStyle: { color: theme.text },
      formatter: (name: string) => {
        const total = slices.reduce((a, s) => a + s.value, 0);
        const v = slices.find((s) => s.name === name)?.value ?? 0;
        return total ? `${name} ${((v / total) * 100).toFixed(1)}%` : name;
      },
    },
    tooltip: { trigger: 'item', confine: true, valueFormatter },
    series: [
      {
        type: 'pie',
        radius: ['46%', '72%'],
        center: ['50%', '45%'],
        itemStyle: { borderColor: theme.background, borderWidth: 2 },
        label: {
          position: 'inside',
          color: '#fff',
          fontWeight: 600,
          formatter: (p: { percent: number }) => (p.percent >= 5 ? `${Math.round(p.percent)}%` : ''),
        },
        data: slices.map((s) => ({ name: s.name, value: s.value, itemStyle: s.color ? { color: s.color } : undefined })),
      },
    ],
    title: { text: centre, left: 'center', top: '40%', textStyle: { color: theme.text, fontSize: 18, fontWeight: 600 } },
  };
}

/** A grid of counts with a colour scale. */
export function heatmapOption(theme: ChartTheme, x: string[], y: string[], cells: Array<[number, number, number]>, max: number): Option {
  return {
    ...base(theme, false),
    tooltip: { position: 'top', confine: true },
    grid: { left: 8, right: 16, top: 8, bottom: 56, containLabel: true },
    xAxis: { ...categoryAxis(theme, x, x.length > 6 ? 30 : 0), splitArea: { show: true } },
    yAxis: { ...categoryAxis(theme, y), inverse: true, splitArea: { show: true } },
    visualMap: {
      min: 0,
      max: Math.max(1, max),
      calculable: true,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 200,
      textStyle: { color: theme.text },
      inRange: { color: theme.mode === 'screen' ? ['#0f2a4f', '#0ea5e9', '#fde047'] : ['#eff6ff', '#60a5fa', '#1e3a8a'] },
    },
    series: [
      {
        type: 'heatmap',
        data: cells,
        label: {
          show: true,
          color: theme.text,
          // Readable on the light and the dark end of the scale.
          textBorderColor: theme.background,
          textBorderWidth: 2,
          formatter: (p: { value: [number, number, number] }) => (p.value[2] ? String(p.value[2]) : ''),
        },
        itemStyle: { borderColor: theme.background, borderWidth: 1 },
        emphasis: { itemStyle: { borderColor: '#111', borderWidth: 1 } },
      },
    ],
  };
}

/** One line per series over ordered categories (years). */
export function lineOption(theme: ChartTheme, categories: string[], series: BarSeriesIn[], unit?: string): Option {
  return {
    ...base(theme, true),
    tooltip: { trigger: 'axis', confine: true },
    grid: { left: 8, right: 16, top: 56, bottom: 8, containLabel: true },
    xAxis: { ...categoryAxis(theme, categories), boundaryGap: false },
    yAxis: valueAxis(theme, unit),
    series: series.map((s) => ({
      type: 'line',
      name: s.name,
      data: s.data,
      smooth: 0.2,
      symbolSize: 6,
      itemStyle: s.color ? { color: s.color } : undefined,
    })),
  };
}

/** A funnel of stages with counts and step conversion. */
export function funnelOption(
  theme: ChartTheme,
  steps: Array<{ label: string; reached: number; conversion: number | null }>,
  colors: string[] = [],
): Option {
  const max = Math.max(1, ...steps.map((s) => s.reached));
  return {
    ...base(theme, false),
    tooltip: { trigger: 'item', confine: true },
    series: [
      {
        type: 'funnel',
        sort: 'none',
        left: '8%',
        right: '8%',
        top: 8,
        bottom: 8,
        min: 0,
        max,
        minSize: '8%',
        gap: 2,
        label: {
          show: true,
          position: 'inside',
          color: '#fff',
          formatter: (p: { name: string; value: number; dataIndex: number }) => {
            const c = steps[p.dataIndex]?.conversion;
            return c === null || c === undefined ? `${p.name} ${p.value}` : `${p.name} ${p.value}（${Math.round(c * 100)}%）`;
          },
        },
        data: steps.map((s, i) => ({
          name: s.label,
          value: s.reached,
          itemStyle: colors[i] ? { color: colors[i] } : undefined,
          // Light fills (the first steps) need dark text.
          label: colors[i] && /^#(c|9|a|b|d|e|f)/i.test(colors[i]) ? { color: '#1f2937' } : undefined,
        })),
      },
    ],
  };
}
