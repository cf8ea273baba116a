/**
 * ECharts option for one project's quarter-end spending plan (资金支出计划): one bar per
 * period, height = cumulative amount as a share of the project budget (%), labelled with the
 * exact amount in 万元 and the share. Not-disclosed periods draw no bar and say 未披露 under
 * the axis; an inferred year-end is drawn hollow with a dashed border and labelled 推算.
 */
import {
  axisIndex,
  chartTooltip,
  labelFormatter,
  labelText,
  richSegment,
  richTextSafe,
} from '../../charts/chart-text';
import { PART_COLORS } from '../../charts/colors';
import type { ChartOption } from '../../charts/echarts';
import { formatAmount, formatPercent, NOT_DISCLOSED } from '../../domain/format';
import type { SpendingPlan } from '../../domain/indicators/spending-plan';

const STATUS_WORD = { printed: '原表', notDisclosed: NOT_DISCLOSED, inferred: '推算' } as const;

/** Tooltip / aria text of one period, e.g. "10月底：累计 150.00 万元，占预算 75.00%（原表）". */
export function describePlanPoint(p: SpendingPlan['points'][number]): string {
  if (p.status === 'notDisclosed' || !p.amount) return `${p.period}：${NOT_DISCLOSED}`;
  const pct = p.percentOfBudget ? `，占预算 ${formatPercent(p.percentOfBudget)}` : '';
  return `${p.period}：累计 ${formatAmount(p.amount)} 万元${pct}（${STATUS_WORD[p.status]}）`;
}

/** Builds the option. Numbers go to ECharts for drawing only; labels use exact strings. */
export function buildSpendingPlanOption(plan: SpendingPlan, narrow = false): ChartOption {
  const color = PART_COLORS.projectExpenditure;
  return {
    aria: { enabled: true, decal: { show: false } },
    animation: false,
    grid: { left: 8, right: 8, top: 44, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: chartTooltip(
      'axis',
      (params: { dataIndex: number }[]) => {
        const p = plan.points[axisIndex(params)]!;
        return [{ text: describePlanPoint(p), ...(p.status === 'notDisclosed' ? {} : { color }) }];
      },
      { axisPointer: { type: 'shadow' } },
    ),
    xAxis: {
      type: 'category',
      data: plan.points.map((p) => p.period),
      axisTick: { show: false },
      axisLabel: {
        interval: 0,
        fontSize: narrow ? 12 : 13,
        color: '#1f2937',
        // Rich styles are on: the period (printed text) is neutralised, 未披露 is a segment.
        ...labelFormatter((value: string, index: number) =>
          plan.points[index]?.status === 'notDisclosed'
            ? `${richTextSafe(value)}\n${richSegment('nd', NOT_DISCLOSED)}`
            : richTextSafe(value),
        ),
        rich: { nd: { color: '#6b7280', fontSize: narrow ? 11 : 12, padding: [4, 0, 0, 0] } },
      },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: 100,
      interval: 25,
      axisLabel: { ...labelFormatter((value: number) => `${value}%`), color: '#4b5563', fontSize: 12 },
      splitLine: { lineStyle: { color: '#e5e7eb' } },
    },
    series: [
      {
        type: 'bar',
        name: '累计支出占预算',
        barMaxWidth: narrow ? 36 : 48,
        data: plan.points.map((p) => {
          if (p.status === 'notDisclosed' || !p.percentOfBudget || !p.amount) return '-';
          const inferred = p.status === 'inferred';
          return {
            value: p.percentOfBudget.toNumber(),
            itemStyle: inferred
              ? { color: '#fdf2e6', borderColor: color, borderWidth: 2, borderType: 'dashed' }
              : { color },
            label: {
              show: true,
              position: 'top',
              fontSize: narrow ? 11 : 12,
              color: '#111827',
              lineHeight: 15,
              ...labelText(
                `${formatAmount(p.amount)}${narrow ? '' : ' 万元'}\n${inferred ? '推算 ' : ''}${formatPercent(p.percentOfBudget)}`,
              ),
            },
          };
        }),
      },
    ],
  };
}
