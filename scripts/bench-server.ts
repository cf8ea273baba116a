/**
 * The benchmark's static server: serves a built folder the way a deployment does (gzip for
 * text, the app's security headers from scripts/security-headers.ts, no server rewrites), so
 * the app and the static-HTML limit page are measured served the same way in the same run.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { securityHeaders } from './security-headers';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.map']);

/** A running server: its base URL (ending in "/") and how to stop it. */
export interface BenchServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves `root` on 127.0.0.1 at a free port. Files are read (and gzipped) once per path.
 * @throws when the port cannot be opened.
 */
export async function serveStatic(root: string): Promise<BenchServer> {
  const headers = securityHeaders();
  const cache = new Map<string, { body: Buffer; gzip?: Buffer; type: string }>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const rel = normalize(path.endsWith('/') ? `${path}index.html` : path).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, rel);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    let entry = cache.get(file);
    if (!entry) {
      const body = readFileSync(file);
      const ext = extname(file);
      entry = {
        body,
        type: TYPES[ext] ?? 'application/octet-stream',
        ...(COMPRESSIBLE.has(ext) ? { gzip: gzipSync(body) } : {}),
      };
      cache.set(file, entry);
    }
    const gzip = entry.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? entry.gzip! : entry.body;
    res.writeHead(200, {
      ...headers,
      'Content-Type': entry.type,
      'Content-Length': body.length,
      'Cache-Control': /\/assets\//.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
