/**
 * 说明 (#/about): the narrative of the disclosure as printed. Where the dataset has the
 * structured blocks (部门职责, 机构设置, 绩效目标, 政府采购, 国有资产, 名词解释) they are shown as
 * lists and tables (国有资产 also as a small chart with its table twin); every narrative
 * section follows in printed order, its figures marked, and each figure that 数据核验 compared
 * with a table links to that table row (#/tables/<id>?row=<key>) saying whether they agree.
 * `?at=s<n>` scrolls to section n (search hits). Defined terms in headings show their
 * definition (<Term>).
 */
import { useEffect, useMemo, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useDataset } from '../../app/dataset-context';
import { useDatasetChecks } from '../../store/checks-store';
import { useStickyLink } from '../../app/url';
import { EChart } from '../../charts/EChart';
import { SpecTable } from '../../components/spec-table';
import { useUrlSpecSort } from '../../components/use-url-table-state';
import { Term } from '../../components/term';
import { useNarrow } from '../../components/use-media-query';
import { aboutCopy as t } from '../../copy/about';
import { formatAmount } from '../../domain/format';
import { datasetGlossary } from '../../domain/glossary';
import { figureKey, narrativeFigureLinks, type FigureLink } from '../../domain/narrative-links';
import { tableLocationPath } from '../../domain/printed-table-spec';
import type { NarrativeSection } from '../../domain/schema';
import type { TableSpec } from '../../domain/table-spec';
import { sortRows } from '../../domain/table-spec-layout';
import { useExportTables } from '../../export/registry';
import { aboutSpecs } from './export-specs';
import { assetBars, buildFixedAssetsOption } from './build-fixed-assets-option';
import './about.css';

/** A section's text with its figures marked; checked figures link to their table row. */
function SectionText({
  section,
  index,
  links,
}: {
  section: NarrativeSection;
  index: number;
  links: Map<string, FigureLink>;
}) {
  const link = useStickyLink();
  const parts: ReactNode[] = [];
  let at = 0;
  const figures = [...section.figures].sort((a, b) => a.offset - b.offset);
  for (const f of figures) {
    if (f.offset < at || section.text.slice(f.offset, f.offset + f.text.length) !== f.text) continue;
    parts.push(section.text.slice(at, f.offset));
    const l = links.get(figureKey(index, f.offset));
    parts.push(
      l ? (
        <Link
          key={f.offset}
          to={link(tableLocationPath(l))}
          className={`about-figure about-figure--${l.status === 'fail' ? 'fail' : 'ok'}`}
          title={t.figureChecked(l.what, l.status !== 'fail')}
          aria-label={`${f.text}（${t.figureChecked(l.what, l.status !== 'fail')}）`}
          data-testid="about-figure-link"
        >
          {f.text}
        </Link>
      ) : (
        <mark key={f.offset} className="about-figure">
          {f.text}
        </mark>
      ),
    );
    at = f.offset + f.text.length;
  }
  parts.push(section.text.slice(at));
  return (
    <>
      {paragraphsOf(parts).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </>
  );
}

/**
 * One of the view's tables, drawn from its TableSpec (export-specs.ts) and written by the
 * 导出 menu as on screen; with `param`, sortable by any column (`?<param>=key:asc|desc`,
 * blanks last, names in pinyin order), else in printed order.
 */
function AboutTable<Row>({
  spec,
  param,
  label,
  testId,
}: {
  spec: TableSpec<Row>;
  param?: string;
  label: string;
  testId: string;
}) {
  const [sort, onSort] = useUrlSpecSort(param ?? 'sort');
  const column = param && sort ? spec.columns.find((c) => c.key === sort.key) : undefined;
  const rows = useMemo(
    () => (sort && column ? sortRows(spec.rows, column, sort.direction) : spec.rows),
    [spec, sort, column],
  );
  useExportTables(useMemo(() => [{ ...spec, rows }], [spec, rows]));
  return (
    <SpecTable
      spec={spec}
      rows={rows}
      rowKey={(r) => String(spec.rows.indexOf(r))}
      caption={spec.title}
      label={label}
      {...(param ? { onSort, sortHint: t.sortHint } : {})}
      {...(column && sort ? { sort } : {})}
      testId={testId}
    />
  );
}

/** Splits the marked-up text at its line breaks into paragraphs. */
function paragraphsOf(parts: ReactNode[]): ReactNode[][] {
  const out: ReactNode[][] = [[]];
  for (const part of parts) {
    if (typeof part !== 'string') {
      out[out.length - 1]!.push(part);
      continue;
    }
    part.split(/\n+/).forEach((piece, i) => {
      if (i > 0) out.push([]);
      if (piece) out[out.length - 1]!.push(piece);
    });
  }
  return out.filter((p) => p.length > 0);
}

export default function AboutPage() {
  const loaded = useDataset();
  const { dataset, budget } = loaded;
  // The narrative's figures link to their checks once those, run in idle time, are ready: the
  // text draws at once (and hydrates as prerendered), the links follow.
  const checks = useDatasetChecks(loaded, loaded.entry.id);
  const [search] = useSearchParams();
  const narrow = useNarrow();
  const n = dataset.narrative;
  const wan = budget.narrative;
  const links = useMemo(() => narrativeFigureLinks(dataset, checks ?? []), [dataset, checks]);
  const glossary = useMemo(() => datasetGlossary(dataset), [dataset]);
  const bars = useMemo(() => (wan.fixedAssets ? assetBars(wan.fixedAssets.rows) : []), [wan.fixedAssets]);
  const option = useMemo(() => (bars.length ? buildFixedAssetsOption(bars, narrow) : null), [bars, narrow]);
  const at = search.get('at');
  const specs = useMemo(() => aboutSpecs(dataset, budget), [dataset, budget]);

  useEffect(() => {
    if (!at) return;
    const el = document.getElementById(`about-${at}`);
    if (!el) return;
    el.scrollIntoView({ block: 'start' });
    el.focus({ preventScroll: true });
  }, [at]);

  const sections = n.sections;
  return (
    <article className="view about">
      <header className="view__header">
        <h1>{t.heading}</h1>
        <p className="view__lede">{t.lede(dataset.meta.title)}</p>
      </header>
      <div className="about__layout">
        <nav className="about__toc panel" aria-label={t.toc}>
          <ul>
            {n.duties && n.duties.length > 0 && (
              <li>
                <a href="#about-duties" onClick={(e) => jump(e, 'about-duties')}>
                  {t.duties}
                </a>
              </li>
            )}
            {sections.map((s, i) => (
              <li key={i}>
                <a href={`#about-s${i + 1}`} onClick={(e) => jump(e, `about-s${i + 1}`)}>
                  {s.title.split(' · ').pop()}
                </a>
              </li>
            ))}
            {glossary.length > 0 && (
              <li>
                <a href="#about-glossary" onClick={(e) => jump(e, 'about-glossary')}>
                  {t.glossary}
                </a>
              </li>
            )}
          </ul>
        </nav>
        <div className="about__body">
          {n.duties && n.duties.length > 0 && (
            <section className="panel" id="about-duties" tabIndex={-1} aria-labelledby="about-duties-h">
              <h2 id="about-duties-h">{t.duties}</h2>
              <ol>
                {n.duties.map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ol>
            </section>
          )}
          {specs.units && (
            <section className="panel" aria-labelledby="about-units-h">
              <h2 id="about-units-h">{t.units}</h2>
              <AboutTable spec={specs.units!} param="usort" label={t.units} testId="about-units-table" />
            </section>
          )}
          {sections.length === 0 && <p className="empty-state">{t.noNarrative}</p>}
          {sections.map((s, i) => (
            <section
              key={i}
              className="panel about__section"
              id={`about-s${i + 1}`}
              tabIndex={-1}
              aria-labelledby={`about-s${i + 1}-h`}
              data-testid="about-section"
            >
              <h2 id={`about-s${i + 1}-h`}>
                {s.title.split(' · ').map((part, k, all) => (
                  <span key={k} className={k < all.length - 1 ? 'about__crumb' : undefined}>
                    <Term text={part} />
                    {k < all.length - 1 ? ' · ' : ''}
                  </span>
                ))}
              </h2>
              {s.page !== undefined && <p className="about__page">{t.page(s.page)}</p>}
              <SectionText section={s} index={i} links={links} />
            </section>
          ))}
          {n.performance && (
            <section className="panel" aria-labelledby="about-perf-h">
              <h2 id="about-perf-h">{t.performance}</h2>
              <p>{n.performance.overallGoal}</p>
              <p className="about__muted">{t.goals(n.performance.goals.length)}</p>
              <ol>
                {n.performance.goals.map((g) => (
                  <li key={g.seq}>
                    <strong>{g.title}</strong>：{g.goal}
                  </li>
                ))}
              </ol>
            </section>
          )}
          {n.procurement && (
            <section className="panel" aria-labelledby="about-proc-h">
              <h2 id="about-proc-h">{t.procurement}</h2>
              {!specs.procurement ? (
                <p>{t.procurementEmpty}</p>
              ) : (
                <AboutTable
                  spec={specs.procurement!}
                  param="psort"
                  label={t.procurement}
                  testId="about-procurement-table"
                />
              )}
              {n.procurement.notes.map((note) => (
                <p key={note} className="about__muted">
                  {note}
                </p>
              ))}
            </section>
          )}
          {wan.fixedAssets && specs.fixedAssets && (
            <section className="panel" aria-labelledby="about-assets-h">
              <h2 id="about-assets-h">{t.fixedAssets}</h2>
              <p>{wan.fixedAssets.text}</p>
              {option && (
                <EChart
                  option={option}
                  ariaLabel={`${t.fixedAssetsChart(wan.fixedAssets.asOf)}，条形图`}
                  description={bars.map((b) => `${b.item} ${formatAmount(b.value)} 万元`).join('；')}
                  height={`${bars.length * (narrow ? 52 : 44) + 24}px`}
                  testId="about-assets-chart"
                />
              )}
              {/* Not sortable: the 其中 rows belong under the row above them. */}
              <AboutTable spec={specs.fixedAssets!} label={t.fixedAssets} testId="about-assets-table" />
            </section>
          )}
          <section className="panel" id="about-glossary" tabIndex={-1} aria-labelledby="about-glossary-h">
            <h2 id="about-glossary-h">{t.glossary}</h2>
            {glossary.length === 0 ? (
              <p>{t.noGlossary}</p>
            ) : (
              <dl className="about__glossary" data-testid="about-glossary">
                {glossary.map((g) => (
                  <div key={g.term}>
                    <dt>{g.term}</dt>
                    <dd>{g.definition}</dd>
                  </div>
                ))}
              </dl>
            )}
          </section>
        </div>
      </div>
    </article>
  );
}

/** In-page jump without changing the hash route: scroll to and focus the section. */
function jump(e: React.MouseEvent, id: string) {
  e.preventDefault();
  const el = document.getElementById(id);
  el?.scrollIntoView({ block: 'start' });
  el?.focus({ preventScroll: true });
}
