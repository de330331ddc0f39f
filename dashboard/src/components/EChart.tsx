/** One ECharts canvas, resized with its box, disposed on unmount. */
import { useEffect, useRef } from 'react';
import { echarts, type EChartsCoreOption, type EChartsType } from './echarts';

export interface SegmentEvent {
  seriesIndex: number;
  dataIndex: number;
  name: string;
  seriesName?: string;
  value: unknown;
  /** Click position relative to the chart box. */
  x: number;
  y: number;
}

/** The DOM node of a chart exposes its instance (tests use it to find a bar's pixel position). */
export interface ChartHost extends HTMLDivElement {
  techvpChart?: EChartsType;
}

interface Props {
  option: EChartsCoreOption;
  height: number | string;
  onSegment?: (e: SegmentEvent) => void;
  onReady?: (chart: EChartsType) => void;
  label: string;
}

export function EChart({ option, height, onSegment, onReady, label }: Props) {
  const ref = useRef<ChartHost>(null);
  const chartRef = useRef<EChartsType | null>(null);
  const handler = useRef(onSegment);
  handler.current = onSegment;

  useEffect(() => {
    const el = ref.current!;
    const chart = echarts.init(el, undefined, { renderer: 'canvas' });
    chartRef.current = chart;
    el.techvpChart = chart;
    chart.on('click', (p) => {
      const ev = p.event?.event as MouseEvent | undefined;
      const rect = el.getBoundingClientRect();
      handler.current?.({
        seriesIndex: p.seriesIndex ?? 0,
        dataIndex: p.dataIndex,
        name: p.name,
        seriesName: p.seriesName,
        value: p.value,
        x: ev ? ev.clientX - rect.left : rect.width / 2,
        y: ev ? ev.clientY - rect.top : rect.height / 2,
      });
    });
    onReady?.(chart);
    const ro = new ResizeObserver(() => chart.resize());
    ro.observe(el);
    const onPrint = () => chart.resize();
    window.addEventListener('beforeprint', onPrint);
    return () => {
      window.removeEventListener('beforeprint', onPrint);
      ro.disconnect();
      chart.dispose();
      chartRef.current = null;
      delete el.techvpChart;
    };
    // The instance lives as long as the element.
  }, []);

  useEffect(() => {
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={ref} className="echart" role="img" aria-label={label} data-chart={label} style={{ width: '100%', height }} />;
}
