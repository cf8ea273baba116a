// First: rewrites ?embed=1 before the # into the hash before the router reads the URL.
import './app/boot-url';
// The reader's 阅读 settings (大字, 高对比度) before anything is drawn.
import './app/reading/apply-reading';
import { errorsCopy } from './copy/errors';
import { nextTask } from './domain/next-task';
import { APP_START_MARK, PRERENDERED_ATTR, prerenderedRouteOf } from './prerender/first-screen';
import { useDataStore } from './store/data-store';
import type * as Start from './app/start';
import './styles.css';

/**
 * The entry. The built index.html carries the first screen of every main view
 * (src/prerender/); its picker put the one the URL opens into the root
 * (`data-prerendered="<route>"`). When the page still opens exactly that screen, the client
 * loads what that render had (the catalog, the default dataset, the view's module) and then
 * hydrates it, so its first render is the same HTML; any other link starts the app on an
 * empty root. This module only starts the catalog's fetch; React DOM, the router and the
 * views (./app/start.tsx, fetched with it: scripts/hydration-modules.ts) evaluate in a later
 * task, so neither evaluation is one long task on a phone (issue 12).
 */
async function main(): Promise<void> {
  performance.mark(APP_START_MARK);
  const container = document.getElementById('root')!;
  let route = container.getAttribute(PRERENDERED_ATTR);
  if (route && prerenderedRouteOf(window.location.search, window.location.hash) === route) {
    // "" and "#/" redirect to the default route: go there first, so nothing differs.
    if (window.location.hash !== `#/${route}`)
      window.history.replaceState(window.history.state, '', `#/${route}`);
  } else route = null;
  const catalogLoaded = useDataStore.getState().ensureCatalog();
  await nextTask();
  let start: typeof Start;
  try {
    // React DOM first, in a task of its own: then the app's modules evaluate in the next.
    await import('react-dom/client');
    await nextTask();
    start = await import('./app/start');
  } catch (error) {
    console.error(error);
    showStartFailure(container);
    return;
  }
  await start.startApp(route, catalogLoaded);
}

/**
 * Says, above whatever the root shows (the prerendered screen stays readable), that the app's
 * program did not download, with a button that reloads the page. Plain DOM: React is what
 * failed to arrive.
 */
function showStartFailure(container: HTMLElement): void {
  const alert = document.createElement('div');
  alert.className = 'app-start-failed';
  alert.setAttribute('role', 'alert');
  const text = document.createElement('p');
  text.textContent = errorsCopy.startFailedBody;
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.className = 'button';
  reload.textContent = errorsCopy.reloadPage;
  reload.addEventListener('click', () => window.location.reload());
  alert.append(text, reload);
  container.prepend(alert);
}

void main();
