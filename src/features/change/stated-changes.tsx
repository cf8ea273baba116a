/**
 * The changes the narrative states (budget model `statedChanges`), for a dataset without the
 * previous year's dataset and without a structured 比上年增减情况 (every 上海 disclosure): the
 * headline as a card, then every stated change with its sentence quoted as its source.
 */
import { Amount } from '../../components/amount';
import { FigureCard } from '../../components/figure-card';
import { RovingList } from '../../components/roving-list';
import { TableScroll } from '../../components/table-scroll';
import { changeCopy as t } from '../../copy/breakdowns';
import { BLANK_CELL, formatSignedPercent } from '../../domain/format';
import type { StatedChange } from '../../domain/stated-changes';

export function StatedChanges({ changes }: { changes: readonly StatedChange[] }) {
  const head = changes[0];
  if (!head) return null;
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
        <TableScroll label={t.statedTitle}>
          <table className="data-table" data-testid="ch-stated-table">
            <caption>{t.statedCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.statedItem}</th>
                <th scope="col">{t.statedAgainst}</th>
                <th scope="col" className="num">
                  {t.statedCurrent}
                </th>
                <th scope="col" className="num">
                  {t.change}
                </th>
                <th scope="col" className="num">
                  {t.changePercent}
                </th>
                <th scope="col">{t.statedSentence}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c, i) => (
                <tr key={i}>
                  <th scope="row">{c.label}</th>
                  <td>{c.against}</td>
                  <td className="num">
                    {c.current ? <Amount value={c.current} source={c.source} /> : BLANK_CELL}
                  </td>
                  <td className="num">
                    <Amount value={c.change} source={c.source} signed />
                  </td>
                  <td className="num">{c.percent ? formatSignedPercent(c.percent) : BLANK_CELL}</td>
                  <td className="ch-reason">
                    <q>{c.sentence}</q>
                    <span className="ch-muted">（情况说明 · {c.source.section}）</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
    </>
  );
}
