import { describe, expect, it } from 'vitest';
import { StyleClasses, takeAppScripts, viewCss, viewModules } from './prerender-plugin';

describe('StyleClasses (inline styles of the prerendered HTML as classes)', () => {
  it('turns each style into a class, with a phone-width media rule where the phone render differs', () => {
    const classes = new StyleClasses();
    const wide =
      '<div class="chart fn-chart__canvas" style="height:460px;width:100%" role="img"></div>' +
      '<span style="background:#0f7c86"></span>';
    const narrow =
      '<div class="chart fn-chart__canvas" style="height:340px;width:100%" role="img"></div>' +
      '<span style="background:#0f7c86"></span>';
    expect(classes.toClasses(wide, narrow, 'function')).toBe(
      '<div class="chart fn-chart__canvas fs-1" role="img"></div><span class="fs-2"></span>',
    );
    // The same style on another screen reuses its class; one with another phone value does not.
    expect(
      classes.toClasses(
        '<span style="background:#0f7c86"></span><i style="height:460px;width:100%"></i>',
        '<span style="background:#0f7c86"></span><i style="height:460px;width:100%"></i>',
        'overview',
      ),
    ).toBe('<span class="fs-2"></span><i class="fs-3"></i>');
    expect(classes.css('(max-width: 600px)')).toBe(
      [
        '#root .fs-1,#first-screen-noscript .fs-1{height:460px;width:100%}',
        '#root .fs-2,#first-screen-noscript .fs-2{background:#0f7c86}',
        '#root .fs-3,#first-screen-noscript .fs-3{height:460px;width:100%}',
        '@media (max-width: 600px){#root .fs-1,#first-screen-noscript .fs-1{height:340px;width:100%}}',
      ].join('\n'),
    );
  });

  it('writes an escaped quote of the attribute as the character in CSS', () => {
    const classes = new StyleClasses();
    const html = '<p style="font-family:&quot;Noto Sans&quot;"></p>';
    classes.toClasses(html, html, 'about');
    expect(classes.css('(max-width: 600px)')).toContain('{font-family:"Noto Sans"}');
  });

  it('fails the build when the phone render differs in more than style values', () => {
    expect(() =>
      new StyleClasses().toClasses('<p style="height:1px">a</p>', '<p style="height:2px">b</p>', 'change'),
    ).toThrow(/#\/change: the phone-width render differs/);
  });
});

describe('viewCss', () => {
  const manifest = {
    'src/features/function/function-page.tsx': {
      file: 'assets/function-page-1.js',
      css: ['assets/function-page-1.css'],
      imports: ['_spec-table.js', '_format.js'],
    },
    '_spec-table.js': {
      file: 'assets/spec-table-2.js',
      css: ['assets/spec-table-2.css'],
      imports: ['_format.js'],
    },
    '_format.js': { file: 'assets/format-3.js' },
  };

  it('is the CSS of a view’s chunk and of its static imports, imports first', () => {
    expect(viewCss(manifest, 'function')).toEqual(['assets/spec-table-2.css', 'assets/function-page-1.css']);
  });

  it('names a view whose chunk the manifest lacks', () => {
    expect(() => viewCss(manifest, 'tables')).toThrow('src/features/tables/tables-page.tsx');
  });
});

describe('viewModules (a view’s chunks, for the picker to request with the entry)', () => {
  const manifest = {
    'src/features/function/function-page.tsx': {
      file: 'assets/function-page-1.js',
      imports: ['_spec-table.js', '_format.js'],
    },
    '_spec-table.js': { file: 'assets/spec-table-2.js', imports: ['_format.js', '_jsx.js'] },
    '_format.js': { file: 'assets/format-3.js' },
    '_jsx.js': { file: 'assets/jsx-runtime-4.js' },
  };

  it('is the view’s chunk and its static imports, each once, without those the entry preloads', () => {
    expect(viewModules(manifest, 'function', ['./assets/jsx-runtime-4.js'])).toEqual([
      './assets/function-page-1.js',
      './assets/spec-table-2.js',
      './assets/format-3.js',
    ]);
  });

  it('adds the data layer’s chunks after the view’s, without repeating a shared one', () => {
    const withData = {
      ...manifest,
      'src/data/load.ts': { file: 'assets/load-5.js', imports: ['_format.js', '_schema.js'] },
      '_schema.js': { file: 'assets/schema-common-6.js' },
    };
    expect(viewModules(withData, 'function', [], ['src/data/load.ts'])).toEqual([
      './assets/function-page-1.js',
      './assets/spec-table-2.js',
      './assets/format-3.js',
      './assets/jsx-runtime-4.js',
      './assets/load-5.js',
      './assets/schema-common-6.js',
    ]);
  });

  it('names a view or module whose chunk the manifest lacks', () => {
    expect(() => viewModules(manifest, 'tables', [])).toThrow('src/features/tables/tables-page.tsx');
    expect(() => viewModules(manifest, 'function', [], ['src/data/load.ts'])).toThrow('src/data/load.ts');
  });
});

describe('takeAppScripts (the app’s scripts out of the head, for the picker to request)', () => {
  it('takes the module entry and its preloads, and leaves the rest of the page as it was', () => {
    const built = [
      '<head>',
      '    <title>预算透视</title>',
      '    <script type="module" crossorigin src="./assets/index-A1.js"></script>',
      '    <link rel="modulepreload" crossorigin href="./assets/jsx-runtime-B2.js">',
      '    <link rel="modulepreload" crossorigin href="./assets/decimal-C3.js">',
      '    <link rel="stylesheet" crossorigin href="./assets/index-D4.css">',
      '  </head>',
    ].join('\n');
    expect(takeAppScripts(built)).toEqual({
      index: [
        '<head>',
        '    <title>预算透视</title>',
        '    <link rel="stylesheet" crossorigin href="./assets/index-D4.css">',
        '  </head>',
      ].join('\n'),
      app: {
        entry: './assets/index-A1.js',
        preload: ['./assets/jsx-runtime-B2.js', './assets/decimal-C3.js'],
      },
    });
  });

  it('fails the build when Vite wrote no module entry, or more than one', () => {
    expect(() => takeAppScripts('<head></head>')).toThrow(/expected one <script type="module">.*found 0/);
    const two =
      '<script type="module" crossorigin src="./a.js"></script><script type="module" crossorigin src="./b.js"></script>';
    expect(() => takeAppScripts(two)).toThrow(/found 2/);
  });
});
