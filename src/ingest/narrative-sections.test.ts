import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitNarrativeSections, type NarrativeLine } from './narrative-sections';

// Page 21 of 上海市普陀区财政局 2024 部门决算 (情况说明), as pdfplumber gives it.
const PAGE_21 = readFileSync(
  new URL('./__fixtures__/narrative-final-2024-page21.txt', import.meta.url),
  'utf8',
);
const lines: NarrativeLine[] = PAGE_21.split('\n').map((text, i) => ({ page: 21, line: i + 1, text }));

describe('splitNarrativeSections', () => {
  const sections = splitNarrativeSections(lines);

  it('finds the sections by their headings, nested', () => {
    expect(sections.map((s) => [s.level, s.title])).toEqual([
      [1, '第三部分上海市普陀区财政局 年度部门决算情况'],
      [2, '一、收入支出决算总体情况说明'],
      [2, '二、收入决算情况说明'],
      [2, '三、支出决算情况说明'],
      [2, '四、财政拨款收入支出决算总体情况说明'],
      [2, '五、一般公共预算财政拨款支出决算情况说明'],
      [3, '（一）一般公共预算财政拨款支出决算总体情况'],
      [3, '（二）一般公共预算财政拨款支出决算结构情况'],
      [3, '（三）一般公共预算财政拨款支出决算具体情况'],
    ]);
    expect(sections[6]!.path).toEqual([
      '第三部分上海市普陀区财政局 年度部门决算情况',
      '五、一般公共预算财政拨款支出决算情况说明',
    ]);
  });

  it('joins wrapped lines into paragraphs and reads their figures', () => {
    const revenue = sections.find((s) => s.title === '二、收入决算情况说明')!;
    expect(revenue.paragraphs).toEqual([
      '本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；其他收入6.2万元，占0.21%；',
    ]);
    expect(revenue.figures.map((f) => [f.label, f.value, f.share])).toEqual([
      ['本年收入合计', '2946.25', undefined],
      ['财政拨款收入', '2940.05', '99.79'],
      ['其他收入', '6.2', '0.21'],
    ]);
    const fiscal = sections.find((s) => s.title.startsWith('四、'))!;
    expect(fiscal.figures[0]).toMatchObject({ value: '0.3', unit: '万元', paragraph: 0 });
    expect(fiscal.page).toBe(21);
  });

  it('reads the structure paragraph across its line breaks', () => {
    const structure = sections.find((s) => s.title.startsWith('（二）'))!;
    expect(structure.figures.map((f) => [f.label, f.value, f.share])).toContainEqual([
      '一般公共服务支出（类）',
      '2106.66',
      '71.73',
    ]);
    expect(structure.figures.map((f) => [f.label, f.value, f.share])).toContainEqual([
      '住房保障支出（类）',
      '445.69',
      '15.16',
    ]);
  });

  it('skips table-of-contents entries and keeps text before the first heading', () => {
    const result = splitNarrativeSections([
      { page: 2, line: 1, text: '一、收入支出决算总表 ……………… 5' },
      { page: 3, line: 1, text: '本部门共有单位2个。' },
      { page: 3, line: 2, text: '一、主要职能' },
      { page: 3, line: 3, text: '负责全区财政工作。' },
    ]);
    expect(result.map((s) => [s.title, s.paragraphs])).toEqual([
      ['', ['本部门共有单位2个。']],
      ['一、主要职能', ['负责全区财政工作。']],
    ]);
  });
});
