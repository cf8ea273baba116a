import { describe, expect, it } from 'vitest';
import {
  clampSlide,
  deckSearch,
  deckStartFor,
  defaultDeckRoutes,
  readDeckParams,
  resolveDeck,
  slideFor,
  slideRouteOf,
  withSlideRoute,
  type DeckView,
} from './deck';

// The registry as it will look when every view has landed (issue 2–5), plus two edge cases.
const VIEWS: DeckView[] = [
  { path: 'overview', label: '概览' },
  { path: 'function', label: '功能分类' },
  { path: 'basic-project', label: '基本与项目' },
  { path: 'personnel-public', label: '人员与公用' },
  { path: 'change', label: '与 2023 年比较' },
  { path: 'performance', label: '绩效目标', slide: { route: 'performance?issues=1', title: '绩效亮点' } },
  { path: 'about', label: '关于数据', slide: false },
];

describe('presentation deck', () => {
  it('takes the default deck from the registry in order, honouring opt-outs and slide routes', () => {
    expect(defaultDeckRoutes(VIEWS)).toEqual([
      'overview',
      'function',
      'basic-project',
      'personnel-public',
      'change',
      'performance?issues=1',
    ]);
    const deck = resolveDeck(VIEWS, readDeckParams(''));
    expect(deck.map((s) => s.title)).toEqual([
      '概览',
      '功能分类',
      '基本与项目',
      '人员与公用',
      '与 2023 年比较',
      '绩效亮点',
    ]);
  });

  it('reads a custom deck of URL-encoded deep links and the 1-based slide number', () => {
    const params = readDeckParams('?slides=overview,function%2F206,change&slide=3');
    expect(params).toEqual({ slides: ['overview', 'function/206', 'change'], slide: 3, screen: 1 });
    const deck = resolveDeck(VIEWS, params);
    expect(deck.map((s) => [s.route, s.title, s.viewPath])).toEqual([
      ['overview', '概览', 'overview'],
      ['function/206', '功能分类', 'function'],
      ['change', '与 2023 年比较', 'change'],
    ]);
    // A route carrying its own query (even a comma) survives the list.
    const q = readDeckParams(`?slides=${encodeURIComponent('basic-project?project=A,B')},overview`);
    expect(q.slides).toEqual(['basic-project?project=A,B', 'overview']);
    expect(readDeckParams('?slide=0').slide).toBe(1);
    expect(readDeckParams('?slide=abc').slide).toBe(1);
    expect(readDeckParams('?slides=').slides).toBeNull();
    expect(readDeckParams('?slide=6&screen=2').screen).toBe(2);
    expect(readDeckParams('?screen=0').screen).toBe(1);
    expect(readDeckParams('?screen=1.5').screen).toBe(1);
  });

  it('marks routes no view owns and clamps the slide number', () => {
    expect(slideFor(VIEWS, 'nowhere/1')).toEqual({ route: 'nowhere/1', title: 'nowhere/1', viewPath: null });
    expect(slideFor(VIEWS, 'performance/project/13020824P00021510002F').title).toBe('绩效目标');
    expect(clampSlide(9, 6)).toBe(6);
    expect(clampSlide(-2, 6)).toBe(1);
    expect(clampSlide(3, 0)).toBe(1);
  });

  it('writes the deck back to the URL, keeping the dataset and embed parameters', () => {
    expect(deckSearch(null, 2, '?d=339-2024&slide=1')).toBe('?slide=2&d=339-2024');
    expect(deckSearch(['overview', 'function/206'], 2, '?embed=1')).toBe(
      '?slides=overview,function%2F206&slide=2&embed=1',
    );
    // The screen within a tall slide: written only past the first.
    expect(deckSearch(null, 6, '?d=339-2024', 2)).toBe('?slide=6&screen=2&d=339-2024');
    expect(deckSearch(null, 6, '', 1)).toBe('?slide=6');
    expect(readDeckParams(deckSearch(['basic-project?project=X'], 1, '')).slides).toEqual([
      'basic-project?project=X',
    ]);
  });

  it('turns a drill-down inside a slide into that slide’s new route', () => {
    const deck = resolveDeck(VIEWS, readDeckParams(''));
    expect(withSlideRoute(VIEWS, deck, 1, 'function/206')).toEqual([
      'overview',
      'function/206',
      'basic-project',
      'personnel-public',
      'change',
      'performance?issues=1',
    ]);
    // Drilling back up to the default deck drops the custom list again.
    const drilled = resolveDeck(
      VIEWS,
      readDeckParams(
        '?slides=' +
          [
            'overview',
            'function%2F206',
            'basic-project',
            'personnel-public',
            'change',
            'performance%3Fissues%3D1',
          ].join(','),
      ),
    );
    expect(withSlideRoute(VIEWS, drilled, 1, 'function')).toBeNull();
    expect(slideRouteOf('/function/206/20699', '?measure=basic&d=339-2024&embed=1')).toBe(
      'function/206/20699?measure=basic',
    );
  });

  it('opens 汇报模式 at the slide of the view on screen', () => {
    expect(deckStartFor(VIEWS, 'change')).toEqual({ slides: null, slide: 5, screen: 1 });
    expect(deckStartFor(VIEWS, 'function/206')).toEqual({
      slides: [
        'overview',
        'function/206',
        'basic-project',
        'personnel-public',
        'change',
        'performance?issues=1',
      ],
      slide: 2,
      screen: 1,
    });
    expect(deckStartFor(VIEWS, 'about')).toEqual({ slides: null, slide: 1, screen: 1 });
  });
});
