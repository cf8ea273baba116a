/**
 * The "physical limit" page of the benchmark: a static HTML file holding the overview's
 * headline figures (the same cards, rendered with react-dom/server from the same view
 * model and the app's stylesheet) and no JavaScript at all. Its LCP is what any page with
 * those figures could reach on the same server; the app's LCP is compared to it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { FigureCard } from '../src/components/figure-card';
import { buildBudgetModel } from '../src/domain/budget-model';
import { datasetSchema } from '../src/domain/schema';
import { selectOverview } from '../src/features/overview/select-overview';
import { DEFAULT_ROUTE, PRERENDERED_ATTR } from '../src/prerender/first-screen';

/**
 * The page's HTML for the dataset file `datasetFile` (e.g. dist/data/339-2024.json), linking
 * the stylesheets the built index.html links (`distIndexHtml`).
 * @throws Error when the dataset has no overview figures.
 */
export function staticLimitPage(datasetFile: string, distIndexHtml: string): string {
  const budget = buildBudgetModel(datasetSchema.parse(JSON.parse(readFileSync(datasetFile, 'utf8'))));
  const model = selectOverview(budget);
  if (!model) throw new Error(`${datasetFile}: no overview figures`);
  const styles = [...distIndexHtml.matchAll(/<link rel="stylesheet"[^>]*>/g)].map((m) => m[0]).join('\n');
  const body = renderToStaticMarkup(
    h(
      'div',
      { className: 'app' },
      h('header', { className: 'app-header' }, h('div', { className: 'app-header__brand' }, '预算透视')),
      h(
        'main',
        { id: 'main', className: 'app-main' },
        h(
          'article',
          { className: 'view overview' },
          h(
            'header',
            { className: 'view__header' },
            h('h1', null, '概览'),
            h(
              'p',
              { className: 'view__lede' },
              `${model.department} ${model.year} 年部门${model.kind}，金额单位：万元。`,
            ),
          ),
          h(
            'ul',
            { className: 'cards' },
            model.cards.map((c) =>
              h(FigureCard, {
                key: c.id,
                className: `card--${c.id}`,
                label: c.label,
                value: c.value,
                source: c.source,
                signed: c.signed,
                note: c.note,
              }),
            ),
          ),
        ),
      ),
    ),
  );
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="预算透视：静态页面（基准测试的极限）" />
    <title>预算透视 · 静态页面</title>
    ${styles}
  </head>
  <body>
    ${body}
  </body>
</html>
`;
}

/** Writes nothing; a helper for the bench to find the dataset and index.html of a build. */
export function staticLimitPageFor(dist: string, datasetFile = '339-2024.json'): string {
  return staticLimitPage(join(dist, 'data', datasetFile), readFileSync(join(dist, 'index.html'), 'utf8'));
}

/**
 * The built index.html (`indexHtml`) as the reader's browser shows it before any of the app's
 * JavaScript runs, with none of it: the default view's prerendered screen (the
 * `<template data-route="overview">` the picker script clones) moved into `#root`, every
 * `<script>` and `<link rel="modulepreload">` removed, the stylesheets kept. Its first paint
 * under 4× CPU is what that screen's HTML and CSS cost by themselves (the app's first paint
 * is the same work; the bench prints both).
 * @throws Error when the page has no `#root` or no overview template (not a prerendered build).
 */
export function prerenderedScreenWithoutScripts(indexHtml: string): string {
  const dom = new JSDOM(indexHtml);
  const doc = dom.window.document;
  const root = doc.getElementById('root');
  const template = doc.querySelector<HTMLTemplateElement>(`template[data-route="${DEFAULT_ROUTE}"]`);
  if (!root || !template)
    throw new Error(`index.html: no #root or no template[data-route="${DEFAULT_ROUTE}"]`);
  root.append(template.content.cloneNode(true));
  root.setAttribute(PRERENDERED_ATTR, DEFAULT_ROUTE);
  for (const el of doc.querySelectorAll('template[data-route], script, link[rel="modulepreload"]'))
    el.remove();
  return dom.serialize();
}
