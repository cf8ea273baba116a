/**
 * The printed page's footer (hidden on screen): the dataset's source, the date, the view's
 * URL and its QR code, so a page on paper leads back to the live view. Print CSS
 * (export.css) repeats it at the foot of every page.
 */
import { useLocation } from 'react-router';
import { exportCopy } from '../copy/export';
import { withDataset } from '../app/url';
import { isoDate, viewUrl } from './citation';
import { QrCode } from './qr-code';

/**
 * @param source    the dataset's source description (`meta.source.description`)
 * @param datasetId the dataset on screen (the URL names it with ?d=)
 */
export default function PrintFooter({ source, datasetId }: { source: string; datasetId: string }) {
  const location = useLocation();
  const url = viewUrl(location.pathname, withDataset(location.search, datasetId));
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
