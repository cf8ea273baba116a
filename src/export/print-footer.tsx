/**
 * The printed page's footer (hidden on screen): the dataset's source, the date, the view's
 * URL and its QR code, so a page on paper leads back to the live view. Print CSS
 * (export.css) repeats it at the foot of every page.
 */
import { useLocation } from 'react-router';
import { exportCopy } from '../copy/export';
import { isoDate } from './citation';
import { QrCode } from './qr-code';

/** @param source the dataset's source description (`meta.source.description`) */
export function PrintFooter({ source }: { source: string }) {
  const location = useLocation();
  // The full URL of the view: the page's address with the hash route and its query (?d=).
  const url = `${window.location.origin}${window.location.pathname}#${location.pathname}${location.search}`;
  return (
    <div className="print-footer" data-testid="print-footer">
      <div className="print-footer__text">
        <p>{exportCopy.printSource(source)}</p>
        <p>{exportCopy.printDate(isoDate(new Date()))}</p>
        <p className="print-footer__url">{exportCopy.printUrl(url)}</p>
      </div>
      <QrCode text={url} label={`${exportCopy.printQr}：${url}`} size={72} />
    </div>
  );
}
