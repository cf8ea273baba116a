/** The header link into 汇报模式, opening the deck at the slide of the view on screen. */
import { Link, useLocation } from 'react-router';
import { withDataset } from '../../app/url';
import { VIEWS } from '../../app/views';
import { modes } from '../../copy/modes';
import { deckSearch, deckStartFor, slideRouteOf } from './deck';

/** @param datasetId the dataset on screen: the deck's link names it (`?d=`) */
export function PresentLink({ className, datasetId }: { className?: string; datasetId?: string }) {
  const { pathname, search: current } = useLocation();
  const search = withDataset(current, datasetId);
  const start = deckStartFor(VIEWS, slideRouteOf(pathname, search));
  return (
    <Link className={className} to={`/present${deckSearch(start.slides, start.slide, search)}`}>
      {modes.presentButton}
    </Link>
  );
}
