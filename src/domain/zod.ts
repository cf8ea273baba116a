/**
 * zod, configured once for the whole app: every schema module imports `z` from here, never
 * from 'zod' directly (lint-enforced), so the configuration runs before any schema is built.
 *
 * `jitless`: zod 4 probes `new Function` when the first object schema is built (to compile
 * fast parsers), and the browser reports that probe as a Content-Security-Policy violation
 * (script-src without 'unsafe-eval') even though zod catches the error. Parsing stays the
 * same, only without generated code.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
