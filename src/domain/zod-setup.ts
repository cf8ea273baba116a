/**
 * zod configuration that must run before the first schema is built. The app runs under a
 * CSP without 'unsafe-eval' (docs/deployment.md); zod 4 probes `new Function` when an object
 * schema is constructed unless `jitless` is set, and the browser reports that probe as a
 * violation. Every module that builds schemas imports this first (ES modules evaluate
 * imports in order, so a `z.config` in the body of schema.ts ran after printed-table.ts had
 * already built its schemas).
 */
import { z } from 'zod';

z.config({ jitless: true });
