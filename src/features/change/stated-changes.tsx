/**
 * The changes the narrative states (budget model `statedChanges`), for a dataset without the
 * previous year's dataset and without a structured 比上年增减情况 (every 上海 disclosure): the
 * headline as a card, then every stated change with its sentence quoted as its source.
 */
import { Amount } from '../../components/amount';
import { FigureCard } from '../../components/figure-card';
import { RovingList } from '../../components/roving-list';
import { useMemo } from 'react';
import { SpecTable } from '../../components/spec-table';
import { specTableProps, useSortedSpec } from '../../components/use-url-table-state';
import type { BudgetModel } from '../../domain/budget-model';
import { useExportTables } from '../../export/registry';
import { statedChangesSpec } from './export-specs';
import { changeCopy as t } from '../../copy/breakdowns';
import { BLANK_CELL, formatSignedPercent } from '../../domain/format';
import type { StatedChange } from '../../domain/stated-changes';

/**
 * The stated changes: the first as a card, all of them as a table drawn from its TableSpec
 * (statedChangesSpec; sortable, ?ssort=; exported by the 导出 menu as on screen).
 */
export function StatedChanges({
  changes,
  budget,
}: {
  changes: readonly StatedChange[];
  budget: BudgetModel;
}) {
  const spec = useMemo(
    () => (changes.length > 0 ? statedChangesSpec(budget, changes) : null),
    [budget, changes],
  );
  const sortedSpec = useSortedSpec(spec, 'ssort');
  useExportTables(useMemo(() => (sortedSpec ? [sortedSpec.spec] : null), [sortedSpec]));
  const head = changes[0];
  if (!head || !sortedSpec) return null;
  const sorted = sortedSpec;
  return (
    <>
      <RovingList className="cards" testId="ch-stated-cards">
        <FigureCard
          testId="ch-card-stated"
          label={t.statedCardLabel(head.label, head.against)}
          value={head.change}
          source={head.source}
          signed
          valueClassName={head.change.isNegative() ? 'ch-neg' : ''}
          note={`${head.percent ? `${formatSignedPercent(head.percent)}；` : ''}原文：“${head.sentence}”`}
        />
      </RovingList>
      <section className="panel" aria-labelledby="ch-stated-title">
        <h2 id="ch-stated-title">{t.statedTitle}</h2>
        <SpecTable
          {...specTableProps(sorted)}
          caption={t.statedCaption}
          label={t.statedTitle}
          rowKey={(c) => String(changes.indexOf(c))}
          testId="ch-stated-table"
          cellClass={(c) => (c.key === 'sentence' ? 'ch-reason' : undefined)}
          renderCell={(col, c) => {
            if (col.key === 'current' && c.current) return <Amount value={c.current} source={c.source} />;
            if (col.key === 'change') return <Amount value={c.change} source={c.source} signed />;
            if (col.key === 'percent') return c.percent ? formatSignedPercent(c.percent) : BLANK_CELL;
            if (col.key === 'sentence')
              return (
                <>
                  <q>{c.sentence}</q>
                  <span className="ch-muted">（情况说明 · {c.source.section}）</span>
                </>
              );
            return undefined;
          }}
        />
      </section>
    </>
  );
}
