/**
 * Vite plugin: after the client build, renders the default route's first screen to HTML
 * (src/prerender/render.tsx, loaded through Vite's SSR loader so it is the app's own code)
 * and puts it inside `<div id="root">` of the built index.html, marked with
 * `data-prerendered`, for the client to hydrate (src/main.tsx). No inline script or style:
 * the strict CSP holds; the data arrive as before, from data/*.json.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join, normalize, resolve } from 'node:path';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import type * as FirstScreen from '../src/prerender/first-screen';
import type * as Render from '../src/prerender/render';

const ROOT_DIV = '<div id="root"></div>';

/**
 * The strict CSP forbids `style="…"` attributes in HTML (React sets its style props through
 * the CSSOM, which the policy allows). Each distinct inline style of the rendered HTML
 * becomes a class in a stylesheet of its own; hydration keeps the server's attributes, so
 * the element keeps the class and looks the same until React next updates it.
 * Returns the HTML without style attributes and the CSS of the classes.
 */
export function stylesToClasses(html: string): { html: string; css: string } {
  const classes = new Map<string, string>();
  const out = html.replace(
    /<([a-zA-Z][\w-]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*(\/?)>/g,
    (tag, name: string, attrs: string, self: string) => {
      const style = /\sstyle="([^"]*)"/.exec(attrs);
      if (!style) return tag;
      const decl = style[1]!;
      let cls = classes.get(decl);
      if (!cls) {
        cls = `fs-${classes.size + 1}`;
        classes.set(decl, cls);
      }
      let rest = attrs.replace(style[0], '');
      rest = /\sclass="/.test(rest)
        ? rest.replace(/\sclass="([^"]*)"/, (_m, c: string) => ` class="${`${c} ${cls}`.trim()}"`)
        : ` class="${cls}"${rest}`;
      return `<${name}${rest}${self ? ' /' : ''}>`;
    },
  );
  // The attribute's text is HTML-escaped; in CSS the same characters are literal.
  const unescape = (t: string) =>
    t
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&amp;/g, '&');
  const css = [...classes].map(([decl, cls]) => `#root .${cls}{${unescape(decl)}}`).join('\n');
  return { html: out, css };
}

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
        const mod = (await server.ssrLoadModule('/src/prerender/render.tsx')) as typeof Render;
        const { PRERENDERED_ATTR, PRERENDERED_ROUTE } = (await server.ssrLoadModule(
          '/src/prerender/first-screen.ts',
        )) as typeof FirstScreen;
        const html = await mod.renderFirstScreen(async (path) => {
          const file = join(outDir, normalize(path).replace(/^(\.\.[/\\])+/, ''));
          return readFile(file, 'utf8').catch(() => undefined);
        });
        const { html: body, css } = stylesToClasses(html);
        const cssName = `assets/first-screen-${createHash('sha256').update(css).digest('hex').slice(0, 8)}.css`;
        await writeFile(join(outDir, cssName), `${css}\n`);
        const indexFile = join(outDir, 'index.html');
        const index = await readFile(indexFile, 'utf8');
        if (!index.includes(ROOT_DIV)) throw new Error(`prerender: ${ROOT_DIV} not found in index.html`);
        await writeFile(
          indexFile,
          index
            .replace('</head>', `  <link rel="stylesheet" href="./${cssName}">\n  </head>`)
            .replace(ROOT_DIV, `<div id="root" ${PRERENDERED_ATTR}="${PRERENDERED_ROUTE}">${body}</div>`),
        );
      } finally {
        await server.close();
      }
    },
  };
}
