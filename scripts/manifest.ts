/**
 * Vite's build manifest (`.vite/manifest.json`, `build.manifest` in vite.config.ts) as the
 * build scripts read it, and the one walk over a chunk's static imports that the prerender
 * plugin (a view's CSS and modules), the bundle guard (the files before the overview is live)
 * and the bench share.
 */

/** One manifest entry: the fields the build scripts read. */
export interface ManifestChunk {
  /** The emitted file, relative to the build folder (`assets/x-hash.js`). */
  file: string;
  isEntry?: boolean;
  /** Manifest keys of the chunks it imports statically (loaded before it runs). */
  imports?: string[];
  /** Manifest keys of the chunks it may import later (`import()`). */
  dynamicImports?: string[];
  /** CSS files it loads with it, relative to the build folder. */
  css?: string[];
  /** Other files it references by URL (a worker, pdf.js's modules). */
  assets?: string[];
}

/** The manifest: chunk by key (a source path such as `src/main.tsx`, or `index.html`). */
export type Manifest = Record<string, ManifestChunk>;

/**
 * Each chunk of `roots` and of all their static imports (transitively), once, in the order
 * the walk meets them.
 *
 * @param manifest the build's manifest
 * @param roots    manifest keys to start from; a key the manifest lacks is skipped (callers
 *   that need it check it first)
 * @param order    'pre': a chunk before its imports (the order to request files in);
 *   'post': its imports before it (the order a browser applies their CSS in)
 * @returns the chunks, each with its manifest key
 */
export function staticClosure(
  manifest: Manifest,
  roots: readonly string[],
  order: 'pre' | 'post' = 'pre',
): { key: string; chunk: ManifestChunk }[] {
  const out: { key: string; chunk: ManifestChunk }[] = [];
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    if (order === 'pre') out.push({ key, chunk });
    chunk.imports?.forEach(visit);
    if (order === 'post') out.push({ key, chunk });
  };
  roots.forEach(visit);
  return out;
}

/**
 * The manifest keys of the app's HTML entries (index.html).
 * @throws Error when there is none (Vite's output changed, or not an app build)
 */
export function htmlEntries(manifest: Manifest): string[] {
  const entries = Object.keys(manifest).filter((k) => manifest[k]!.isEntry && k.endsWith('index.html'));
  if (entries.length === 0) throw new Error('manifest: no index.html entry');
  return entries;
}
