/**
 * Applies the stored 阅读 settings to <html> before the first paint (imported first by
 * src/main.tsx), so a reader who chose 大字 never sees the small type flash first.
 */
import { applyReadingPrefs, loadReadingPrefs } from '../../store/reading-store';

applyReadingPrefs(loadReadingPrefs());
