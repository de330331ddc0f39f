/** The chart kinds beyond bars, registered by the pages that draw them. */
import { FunnelChart, HeatmapChart, LineChart, PieChart } from 'echarts/charts';
import { TitleComponent, VisualMapComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { LabelLayout } from 'echarts/features';

export const registerHeatmap = () => use([HeatmapChart, VisualMapComponent]);
export const registerLine = () => use([LineChart]);
export const registerPie = () => use([PieChart, TitleComponent, LabelLayout]);
export const registerFunnel = () => use([FunnelChart]);
