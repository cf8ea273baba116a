/**
 * Vite plugin: after the client build, renders the first screen of every main view to HTML
 * (src/prerender/render.tsx, loaded through Vite's SSR loader so it is the app's own code).
 * The default view's goes into the built index.html as a `<template data-route="…">` before
 * `<div id="root">`; every other view's is a file of its own, `assets/screen-<route>-<hash>.html`
 * (index.html stays about as small as one screen: on a slow phone network each extra 14 KB
 * costs a round trip before anything shows). After the root comes a classic script from
 * assets/ (the functions of src/prerender/first-screen.ts) that puts the screen the URL opens
 * into `#root`, marked `data-prerendered`, for the client to hydrate (src/main.tsx), and then
 * requests the app's module entry, which this plugin takes out of the head (takeAppScripts).
 * One stylesheet holds what the screens need before their view's chunk arrives: the CSS of
 * those chunks and the inline styles as classes, with media rules for a phone's chart
 * heights. No inline script or style: the strict CSP holds unchanged; the data arrive as
 * before, from data/*.json.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join, normalize, resolve } from 'node:path';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import type * as FirstScreen from '../src/prerender/first-screen';
import type * as Render from '../src/prerender/render';
import type * as MediaQuery from '../src/components/use-media-query';
import { APP_START_MODULE, DATA_LAYER_MODULES } from './hydration-modules.ts';
import { staticClosure, type Manifest } from './manifest.ts';

const ROOT_DIV = '<div id="root"></div>';
/** The wrapper of the default view's screen for readers without JavaScript (in `<noscript>`). */
const NOSCRIPT_ID = 'first-screen-noscript';

/** One start tag with its attributes (`<div class="a" style="b">`, `<br/>`). */
const START_TAG = /<([a-zA-Z][\w-]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*(\/?)>/g;
const STYLE_ATTR = /\sstyle="([^"]*)"/;

/** The CSS classes standing in for inline styles, shared by every screen of one build. */
export class StyleClasses {
  private readonly classes = new Map<string, { cls: string; wide: string; narrow: string }>();

  /**
   * The strict CSP forbids `style="…"` attributes in HTML (React sets its style props
   * through the CSSOM, which the policy allows). Each distinct inline style of `wide` (a
   * view's HTML on a wide screen) becomes a class; where `narrow` (the same view rendered
   * for a phone) has another value, the class gets a media rule with it. Hydration keeps the
   * server's attributes; src/prerender/adopt-styles.ts turns the classes back into the style
   * values React expects before it hydrates.
   * Returns `wide` without style attributes.
   * @throws Error when the two renders differ in anything but style values (a phone layout
   *   that changes the markup could not be prerendered for both).
   */
  toClasses(wide: string, narrow: string, route: string): string {
    const narrowStyles: string[] = [];
    const strip = (html: string, seen?: string[]) =>
      html.replace(START_TAG, (tag, name: string, attrs: string, self: string) => {
        const style = STYLE_ATTR.exec(attrs);
        if (!style) return tag;
        seen?.push(style[1]!);
        return `<${name}${attrs.replace(style[0], ' style')}${self ? ' /' : ''}>`;
      });
    if (strip(wide) !== strip(narrow, narrowStyles))
      throw new Error(
        `prerender #/${route}: the phone-width render differs from the wide one in more than style values; ` +
          'a view prerendered for every screen may change only inline styles with useNarrow()',
      );
    let k = 0;
    return wide.replace(START_TAG, (tag, name: string, attrs: string, self: string) => {
      const style = STYLE_ATTR.exec(attrs);
      if (!style) return tag;
      const decl = style[1]!;
      const narrowDecl = narrowStyles[k++]!;
      const key = `${decl}\n${narrowDecl}`;
      let entry = this.classes.get(key);
      if (!entry) {
        entry = { cls: `fs-${this.classes.size + 1}`, wide: decl, narrow: narrowDecl };
        this.classes.set(key, entry);
      }
      const cls = entry.cls;
      let rest = attrs.replace(style[0], '');
      rest = /\sclass="/.test(rest)
        ? rest.replace(/\sclass="([^"]*)"/, (_m, c: string) => ` class="${`${c} ${cls}`.trim()}"`)
        : ` class="${cls}"${rest}`;
      return `<${name}${rest}${self ? ' /' : ''}>`;
    });
  }

  /**
   * The classes' CSS: `#root .fs-N{…}` (and the same under NOSCRIPT_ID), and for phone-width
   * values `@media <narrowQuery>{…}`.
   */
  css(narrowQuery: string): string {
    // The attribute's text is HTML-escaped; in CSS the same characters are literal.
    const unescape = (t: string) =>
      t
        .replace(/&quot;/g, '"')
        .replace(/&#x27;/g, "'")
        .replace(/&amp;/g, '&');
    const entries = [...this.classes.values()];
    const rule = (cls: string, decl: string) => `#root .${cls},#${NOSCRIPT_ID} .${cls}{${unescape(decl)}}`;
    const wide = entries.map((e) => rule(e.cls, e.wide));
    const narrow = entries.filter((e) => e.narrow !== e.wide).map((e) => rule(e.cls, e.narrow));
    return [...wide, ...(narrow.length ? [`@media ${narrowQuery}{${narrow.join('\n')}}`] : [])].join('\n');
  }
}

/**
 * The CSS files (relative to the build folder) a view's chunk loads with it: its own and its
 * static imports', in load order. The view of route `r` is `src/features/<r>/<r>-page.tsx`
 * (src/app/views.ts).
 * @throws Error when the manifest has no such chunk (a view renamed: keep the convention).
 */
export function viewCss(manifest: Manifest, route: string): string[] {
  const key = `src/features/${route}/${route}-page.tsx`;
  if (!manifest[key]) throw new Error(`prerender: no chunk ${key} for #/${route} in the manifest`);
  return [...new Set(staticClosure(manifest, [key], 'post').flatMap(({ chunk }) => chunk.css ?? []))];
}

/**
 * The JavaScript files of `modules` (manifest keys, e.g. src/app/start.tsx), each with its
 * static imports (transitively), in load order, as `./assets/…` hrefs like Vite's in
 * index.html, leaving out `known` (already requested).
 * @throws Error naming `context` when the manifest lacks one of `modules` (a module renamed:
 *   keep the convention, update the list).
 */
export function moduleHrefs(
  manifest: Manifest,
  modules: readonly string[],
  known: readonly string[],
  context: string,
): string[] {
  for (const k of modules)
    if (!manifest[k]) throw new Error(`prerender: no chunk ${k} for ${context} in the manifest`);
  const hrefs = staticClosure(manifest, modules).map(({ chunk }) => `./${chunk.file}`);
  return [...new Set(hrefs)].filter((href) => !known.includes(href));
}

/**
 * The JavaScript files a view needs before it hydrates: its chunk's, then those of `also`
 * (the data layer: DATA_LAYER_MODULES), each with its static imports (transitively), as
 * `./assets/…` hrefs like Vite's in index.html, leaving out `known` (the entry's own
 * preloads). The view of route `r` is `src/features/<r>/<r>-page.tsx`.
 * @throws Error when the manifest has no such chunk (a view or module renamed: keep the
 *   convention, update the list).
 */
export function viewModules(
  manifest: Manifest,
  route: string,
  known: readonly string[],
  also: readonly string[] = [],
): string[] {
  return moduleHrefs(manifest, [`src/features/${route}/${route}-page.tsx`, ...also], known, `#/${route}`);
}

const MODULE_ENTRY = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/g;
const MODULE_PRELOAD = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;

/**
 * Takes the app's module entry and its modulepreload links out of Vite's index.html, for the
 * picker's script to request once the first screen is painted (src/prerender/first-screen.ts
 * requestAppScripts): in the head they would share the network with the HTML and stylesheets
 * the first screen needs (issue 12: on a slow phone network the largest paint waited for them).
 * @throws Error when there is not exactly one module entry (Vite's output changed: update this).
 */
export function takeAppScripts(html: string): { index: string; app: FirstScreen.AppScripts } {
  const entries = [...html.matchAll(MODULE_ENTRY)].map((m) => m[1]!);
  if (entries.length !== 1)
    throw new Error(`prerender: expected one <script type="module"> in index.html, found ${entries.length}`);
  const preload = [...html.matchAll(MODULE_PRELOAD)].map((m) => m[1]!);
  return {
    index: html.replace(MODULE_ENTRY, '').replace(MODULE_PRELOAD, ''),
    app: { entry: entries[0]!, preload },
  };
}

/** A file name in assets/ that changes with its content: `assets/<name>-<hash8>.<ext>`. */
function hashedName(name: string, ext: string, content: string): string {
  return `assets/${name}-${createHash('sha256').update(content).digest('hex').slice(0, 8)}.${ext}`;
}

/**
 * The plugin (vite.config.ts): after the client bundle is written, renders the screens and
 * rewrites the built index.html as the module comment says.
 * @throws Error (the build fails) when a screen does not render or index.html lacks the root.
 */
export function prerenderFirstScreen(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'budget-lens:prerender-first-screen',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      if (config.build.ssr) return;
      const outDir = resolve(config.root, config.build.outDir);
      const server = await createServer({
        root: config.root,
        configFile: false,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const { renderFirstScreens } = (await server.ssrLoadModule(
          '/src/prerender/render.tsx',
        )) as typeof Render;
        const {
          DEFAULT_ROUTE,
          PRERENDERED_ROUTES,
          TEMPLATE_ROUTE_ATTR,
          fetchPrerenderedScreen,
          pickPrerenderedScreen,
          requestAppScripts,
        } = (await server.ssrLoadModule('/src/prerender/first-screen.ts')) as typeof FirstScreen;
        const { NARROW_QUERY } = (await server.ssrLoadModule(
          '/src/components/use-media-query.ts',
        )) as typeof MediaQuery;
        const screens = await renderFirstScreens(async (path) => {
          const file = join(outDir, normalize(path).replace(/^(\.\.[/\\])+/, ''));
          return readFile(file, 'utf8').catch(() => undefined);
        }, PRERENDERED_ROUTES);
        const classes = new StyleClasses();
        const bodies = screens.map((s) => ({
          route: s.route,
          html: classes.toClasses(s.wide, s.narrow, s.route),
        }));
        // The default view's screen in index.html; each other view's in a file of its own.
        const templates = bodies
          .filter((b) => b.route === DEFAULT_ROUTE)
          .map((b) => `<template ${TEMPLATE_ROUTE_ATTR}="${b.route}">${b.html}</template>`);
        const screenFiles: Record<string, string> = {};
        for (const b of bodies.filter((b) => b.route !== DEFAULT_ROUTE)) {
          const name = hashedName(`screen-${b.route}`, 'html', b.html);
          await writeFile(join(outDir, name), b.html);
          screenFiles[b.route] = `./${name}`;
        }
        // Without JavaScript no picker runs: those readers get the default view, as before,
        // below index.html's own notice (a <noscript> is only text when scripts run).
        const fallback = `<noscript><div id="${NOSCRIPT_ID}">${bodies.find((b) => b.route === DEFAULT_ROUTE)!.html}</div></noscript>`;

        // The views' own CSS (loaded again by their chunks later: the same rules, no change).
        const manifest = JSON.parse(
          await readFile(join(outDir, '.vite', 'manifest.json'), 'utf8'),
        ) as Manifest;
        const cssFiles = [...new Set(PRERENDERED_ROUTES.flatMap((r) => viewCss(manifest, r)))];
        const viewsCss = await Promise.all(cssFiles.map((f) => readFile(join(outDir, f), 'utf8')));
        const css = `${viewsCss.map((c) => c.trim()).join('\n')}\n${classes.css(NARROW_QUERY)}\n`;
        const cssName = hashedName('first-screen', 'css', css);
        await writeFile(join(outDir, cssName), css);

        const indexFile = join(outDir, 'index.html');
        const built = await readFile(indexFile, 'utf8');
        const taken = takeAppScripts(built);
        const index = taken.index;
        // The entry imports the app's React half in a task of its own (src/main.tsx): its
        // chunks are requested with the entry's, whichever screen the page opens.
        const preload = [
          ...taken.app.preload,
          ...moduleHrefs(manifest, [APP_START_MODULE], [taken.app.entry, ...taken.app.preload], 'the entry'),
        ];
        const app: FirstScreen.AppScripts = {
          entry: taken.app.entry,
          preload,
          views: Object.fromEntries(
            PRERENDERED_ROUTES.map((r) => [
              r,
              viewModules(manifest, r, [taken.app.entry, ...preload], DATA_LAYER_MODULES),
            ]),
          ),
        };

        // The picker (the template, or another view's file), then the app's scripts: the
        // functions' own text, run with the page's document, location and window.
        const picker =
          `(${fetchPrerenderedScreen.toString()})(document, location, window, ` +
          `(${pickPrerenderedScreen.toString()})(document, location, ${JSON.stringify(DEFAULT_ROUTE)}), ` +
          `${JSON.stringify(screenFiles)}, ` +
          `function (picked) { (${requestAppScripts.toString()})(document, window, picked, ${JSON.stringify(app)}); });\n`;
        const pickerName = hashedName('first-screen', 'js', picker);
        await writeFile(join(outDir, pickerName), picker);

        if (!index.includes(ROOT_DIV)) throw new Error(`prerender: ${ROOT_DIV} not found in index.html`);
        if (!index.includes('</noscript>')) throw new Error('prerender: no <noscript> notice in index.html');
        await writeFile(
          indexFile,
          index
            // The picker is requested with the head (as the stylesheets), not once the parser
            // has read the template to reach it.
            .replace(
              '</head>',
              `  <link rel="stylesheet" href="./${cssName}">\n    <link rel="preload" href="./${pickerName}" as="script">\n  </head>`,
            )
            .replace(
              ROOT_DIV,
              `${templates.join('\n    ')}\n    ${ROOT_DIV}\n    <script src="./${pickerName}"></script>`,
            )
            .replace('</noscript>', `</noscript>\n    ${fallback}`),
        );
      } finally {
        await server.close();
      }
    },
  };
}
