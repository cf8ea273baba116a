/** The 数据核验 list as a TableSpec for the 导出 menu: one row per check, both sides' figures and sources. */
import { checksCopy as t } from '../../copy/checks';
import type { DatasetMeta } from '../../domain/schema';
import type { AnyTableSpec } from '../../export/registry';
import { nameColumn, textColumn, twinSpec } from '../../export/twin-spec';
import type { CheckView, ChecksViewModel } from './select-checks';

/**
 * Every check of the groups on screen (the filter applies), in their order; figures as
 * shown (with their unit), sources one per line.
 */
export function checksSpecs(model: ChecksViewModel, meta: DatasetMeta): AnyTableSpec[] {
  const side = (key: 'expected' | 'actual', label: string) => [
    textColumn<CheckView>(`${key}-label`, [label, '项目'], (r) => r[key].label),
    textColumn<CheckView>(`${key}-figure`, [label, '数值'], (r) => r[key].figure),
    textColumn<CheckView>(`${key}-sources`, [label, '来源'], (r) => r[key].sources.join('\n')),
  ];
  return [
    twinSpec<CheckView>(meta, {
      id: 'checks',
      title: t.heading,
      source: meta.title,
      unitLabel: '单位：见各项数值',
      columns: [
        textColumn('status', '结果', (r) => t.status[r.tone]),
        nameColumn('title', '检查项', (r) => r.title),
        textColumn('description', '规则', (r) => r.description),
        ...side('expected', t.sideExpected),
        ...side('actual', t.sideActual),
        textColumn('difference', t.difference, (r) => r.difference),
      ],
      rows: model.groups.flatMap((g) => g.checks),
    }),
  ];
}
