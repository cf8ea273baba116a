/**
 * <EChart>: the chart component every view uses. It lazy-loads the ECharts wrapper
 * (./echart-impl.tsx, which owns init / option updates / resize / events / dispose) so the
 * ~200 KiB chart library never blocks the first figures; until it arrives, a placeholder of
 * the same size (marked data-rendered="false", so tests keep waiting) holds the layout.
 */
import { lazy, Suspense } from 'react';
import type { EChartProps } from './echart-impl';

export type { ChartEvents, EChartProps } from './echart-impl';

const EChartImpl = lazy(() => import('./echart-impl'));

/** Renders one chart; props as in echart-impl.tsx (option, ariaLabel, description, events, height, …). */
export function EChart(props: EChartProps) {
  const { height = '400px', className, ariaLabel, description, testId } = props;
  return (
    <Suspense
      fallback={
        <div
          className={`chart chart--loading ${className ?? ''}`}
          style={{ height, width: '100%' }}
          role="img"
          // Same text as the drawn chart's (echart-impl.tsx chartAriaLabel; not imported, so
          // the placeholder does not pull in the ECharts chunk).
          aria-label={description ? `${ariaLabel}：${description}` : ariaLabel}
          aria-busy="true"
          data-testid={testId}
          data-rendered="false"
        />
      }
    >
      <EChartImpl {...props} />
    </Suspense>
  );
}
