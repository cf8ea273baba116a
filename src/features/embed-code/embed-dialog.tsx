/**
 * 嵌入代码: a header button that opens a modal <dialog> (showModal: the browser traps focus
 * and makes the page inert; Esc closes) with the iframe snippet for the current view and a
 * copy button. Focus returns to the button on close.
 */
import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { routeOf } from '../../app/embed/protocol';
import { withDataset } from '../../app/url';
import { modes } from '../../copy/modes';
import { buildEmbedSnippet, embedFrameUrl } from './build-embed-snippet';
import './embed-code.css';

type CopyState = 'idle' | 'copied' | 'selected';

/** Copies with the Clipboard API; falls back to selecting the text (and execCommand). */
async function copyText(text: string, field: HTMLTextAreaElement | null): Promise<CopyState> {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    if (!field) return 'idle';
    field.focus();
    field.select();
    try {
      return document.execCommand('copy') ? 'copied' : 'selected';
    } catch {
      return 'selected';
    }
  }
}

/**
 * The button and its dialog. Loaded lazily by embed-code-button.tsx on the first click, which
 * then renders this with `autoOpen` in place of its placeholder button.
 */
export default function EmbedCodeButton({
  autoOpen = false,
  datasetId,
}: {
  autoOpen?: boolean;
  /** The dataset on screen: the frame's URL names it (`?d=`), whatever the catalog's default. */
  datasetId?: string;
}) {
  const location = useLocation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const [open, setOpen] = useState(autoOpen);
  const [copy, setCopy] = useState<CopyState>('idle');

  const route = routeOf(location.pathname, withDataset(location.search, datasetId));
  const snippet = open ? buildEmbedSnippet(window.location.href, route, document.title) : '';

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const onClose = () => {
      setOpen(false);
      setCopy('idle');
      buttonRef.current?.focus();
    };
    // showModal makes the page inert, but Tab past the last control would reach the browser
    // UI; wrap it inside the dialog instead (focus trap).
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Tab') return;
      const focusable = Array.from(
        dialog.querySelectorAll<HTMLElement>('button:not(:disabled), textarea, a[href], [tabindex="0"]'),
      );
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (!first || !last) return;
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first.focus();
      }
    };
    dialog.addEventListener('close', onClose);
    dialog.addEventListener('keydown', onKeyDown);
    return () => {
      dialog.removeEventListener('close', onClose);
      dialog.removeEventListener('keydown', onKeyDown);
    };
  }, []);

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="app-header__action"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {modes.embedButton}
      </button>
      <dialog ref={dialogRef} className="embed-dialog" aria-labelledby="embed-dialog-title">
        {open ? (
          <div className="embed-dialog__body">
            <h2 id="embed-dialog-title">{modes.embedDialogTitle}</h2>
            <p className="embed-dialog__intro">{modes.embedDialogIntro}</p>
            <label className="embed-dialog__label" htmlFor="embed-dialog-snippet">
              {modes.embedSnippetLabel}
            </label>
            <textarea
              id="embed-dialog-snippet"
              ref={fieldRef}
              className="embed-dialog__snippet"
              readOnly
              rows={7}
              value={snippet}
              spellCheck={false}
              data-testid="embed-snippet"
            />
            <p className="embed-dialog__url">
              {modes.embedPreviewLabel}：<code>{embedFrameUrl(window.location.href, route)}</code>
            </p>
            <div className="embed-dialog__actions">
              <button
                type="button"
                className="button"
                onClick={() => void copyText(snippet, fieldRef.current).then(setCopy)}
              >
                {modes.embedCopy}
              </button>
              <span className="embed-dialog__status" role="status" aria-live="polite">
                {copy === 'copied' ? modes.embedCopied : copy === 'selected' ? modes.embedCopyFallback : ''}
              </span>
              <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
                {modes.embedClose}
              </button>
            </div>
            <p className="embed-dialog__hint">{modes.embedDocsHint}</p>
          </div>
        ) : null}
      </dialog>
    </>
  );
}
