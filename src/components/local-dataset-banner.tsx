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
 */
export function LocalDatasetBanner({ fileName, to }: { fileName: string; to?: string }) {
  return (
    <section className="local-banner" aria-labelledby="local-banner-title">
      <h2 id="local-banner-title">{importShellCopy.banner(fileName)}</h2>
      <p>
        {importShellCopy.bannerDetail} {to && <Link to={to}>{importShellCopy.bannerLink}</Link>}
      </p>
    </section>
  );
}
