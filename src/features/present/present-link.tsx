/** The header link into 汇报模式, opening the deck at the slide of the view on screen. */
import { Link, useLocation } from 'react-router';
import { VIEWS } from '../../app/views';
import { modes } from '../../copy/modes';
import { deckSearch, deckStartFor, slideRouteOf } from './deck';

export function PresentLink({ className }: { className?: string }) {
  const { pathname, search } = useLocation();
  const start = deckStartFor(VIEWS, slideRouteOf(pathname, search));
  return (
    <Link className={className} to={`/present${deckSearch(start.slides, start.slide, search)}`}>
      {modes.presentButton}
    </Link>
  );
}
