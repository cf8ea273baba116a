/**
 * The printed page's footer (hidden on screen): the dataset's source, the date, the view's
 * URL and its QR code, so a page on paper leads back to the live view. Print CSS
 * (export.css) repeats it at the foot of every page and keeps the room for it free.
 *
 * A QR code holds at most about 2,300 characters (level M). A longer URL (a long deck, a
 * portal's own parameters) is encoded without its query, the view and dataset only, and
 * the footer says so; it never throws (the footer is in every view, even on screen).
 *
 * The QR code is encoded only once the page is printed (usePrinted: beforeprint, or the
 * print media query), once per URL: hidden on screen, it cost a long task on every load.
 */
import { useLocation } from 'react-router';
import { exportCopy } from '../copy/export';
import { withDataset } from '../app/url';
import { isoDate, viewUrl } from './citation';
import { fitsQrCode, QrCode } from './qr-code';
import { usePrinted } from './use-printing';

/**
 * @param source    the dataset's source description (`meta.source.description`)
 * @param datasetId the dataset on screen (the URL names it with ?d=)
 */
export default function PrintFooter({ source, datasetId }: { source: string; datasetId: string }) {
  const location = useLocation();
  const url = viewUrl(location.pathname, withDataset(location.search, datasetId));
  const printed = usePrinted();
  const fits = printed && fitsQrCode(url);
  const qrUrl = fits ? url : viewUrl(location.pathname, withDataset('', datasetId));
  return (
    <div className="print-footer" data-testid="print-footer">
      <div className="print-footer__text">
        <p className="print-footer__source">{exportCopy.printSource(source)}</p>
        <p>{exportCopy.printDate(isoDate(new Date()))}</p>
        <p className="print-footer__url">{exportCopy.printUrl(url)}</p>
      </div>
      {printed && (
        <QrCode
          text={qrUrl}
          label={`${fits ? exportCopy.printQr : exportCopy.printQrShort}：${qrUrl}`}
          size={72}
        />
      )}
    </div>
  );
}
