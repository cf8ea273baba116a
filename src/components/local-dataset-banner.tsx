/**
 * The mark of a dataset the reader imported here (导入): on every view, above the figures,
 * "本地导入（未发布）" with the file's name, so it is never taken for published data. Links to
 * the import page (its report) outside embed mode.
 */
import { Link } from 'react-router';
import { importShellCopy } from '../copy/import';
import './local-dataset-banner.css';

/**
 * @param fileName the imported file's name (the dataset's meta.source.file)
 * @param to       the import page's link; absent in embed mode
 * @param compact  the mark alone on one line (汇报模式), without the explanation
 */
export function LocalDatasetBanner({
  fileName,
  to,
  compact = false,
}: {
  fileName: string;
  to?: string;
  compact?: boolean;
}) {
  return (
    <section
      className={compact ? 'local-banner banner--compact' : 'local-banner'}
      aria-labelledby="local-banner-title"
    >
      <h2 id="local-banner-title">{importShellCopy.banner(fileName)}</h2>
      {!compact && (
        <p>
          {importShellCopy.bannerDetail} {to && <Link to={to}>{importShellCopy.bannerLink}</Link>}
        </p>
      )}
    </section>
  );
}
