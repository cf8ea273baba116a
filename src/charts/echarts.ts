/**
 * The one place that registers ECharts modules (tree-shaken `echarts/core`). Add a chart
 * type or component here when a view needs it; nothing else imports from 'echarts' directly.
 * Registered: what the option builders use (bar and treemap series; grid and its axes,
 * legend, tooltip, aria) and the canvas renderer. Each module costs parse and start-up time
 * on every page with a chart, so one no option uses (line, pie, dataset, markLine were
 * registered once) is not kept.
 */
import { BarChart, TreemapChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { measureChartText } from './measure-text';

echarts.use([
  BarChart,
  TreemapChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  CanvasRenderer,
]);

// Text measured without the control-character probes and font switches (./measure-text.ts).
echarts.setPlatformAPI({ measureText: measureChartText });

export { echarts };
export type { EChartsCoreOption as ChartOption } from 'echarts/core';
