/**
 * Runs before the router is created (first import of src/main.tsx): a page URL that asks
 * for embed mode or a dataset in its own query (`…/?embed=1#/function/206`) is rewritten
 * in place to the hash form the router reads (`…/#/function/206?embed=1`), without a
 * reload or a history entry. See stickyQueryIntoHash in ./url.ts.
 */
import { stickyQueryIntoHash } from './url';

const rewritten = stickyQueryIntoHash(window.location.href);
if (rewritten) {
  try {
    window.history.replaceState(window.history.state, '', rewritten);
  } catch {
    // A document whose history cannot be changed: the hash router still starts; it then
    // reads only the hash's own query.
  }
}
