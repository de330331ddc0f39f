/**
 * ECharts from echarts/core with what every chart needs (bars, grid, tooltip, legend, canvas).
 * Pages that draw other kinds register them where they are used (echarts-more.ts), so the first
 * screen does not download heat maps, funnels or pies.
 */
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export { echarts };
export type { EChartsCoreOption, EChartsType } from 'echarts/core';
