/** Shown for a URL that matches no view: says so and links back, never a blank page. */
import { Link, useLocation } from 'react-router';
import { zh } from '../../copy/zh';
import { withSticky } from '../../app/url';
import { shorten } from '../../app/url-validation';

export default function NotFoundPage() {
  const location = useLocation();
  return (
    <section className="empty-state">
      <h1>{zh.notFoundHeading}</h1>
      <p>
        {/* Shortened: a forged link must not stretch the page. */}
        {zh.notFoundBody}（<code className="not-found__path">#{shorten(location.pathname)}</code>）
      </p>
      <Link to={withSticky('/overview', location.search)}>{zh.backToOverview}</Link>
    </section>
  );
}
