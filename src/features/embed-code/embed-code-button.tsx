/**
 * The header's 嵌入代码 button. The dialog (snippet builder, copy, focus handling) is its own
 * chunk, loaded on the first click: portal readers and embedded frames never download it.
 */
import { lazy, Suspense, useState } from 'react';
import { modes } from '../../copy/modes';

const EmbedCodeDialogButton = lazy(() => import('./embed-dialog'));

/** @param datasetId the dataset on screen: the snippet's frame names it (`?d=`) */
export function EmbedCodeButton({ datasetId }: { datasetId?: string }) {
  const [requested, setRequested] = useState(false);
  const placeholder = (
    <button
      type="button"
      className="app-header__action"
      aria-haspopup="dialog"
      aria-busy={requested}
      onClick={() => setRequested(true)}
    >
      {modes.embedButton}
    </button>
  );
  if (!requested) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <EmbedCodeDialogButton autoOpen datasetId={datasetId} />
    </Suspense>
  );
}
