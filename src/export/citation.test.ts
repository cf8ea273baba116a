/** The suggested citation's text (what the 导出 menu copies). */
import { describe, expect, it } from 'vitest';
import { citationText, isoDate } from './citation';

describe('citationText', () => {
  it('names department, period, view or table, date and URL', () => {
    expect(
      citationText({
        department: '丰润区工业和信息化局',
        period: '2024年部门预算',
        what: '报表·部门预算收支总表',
        url: 'https://budget.example.gov.cn/lens/#/tables/budget-summary?d=339-2024',
        date: new Date(2026, 11, 2),
      }),
    ).toBe(
      '丰润区工业和信息化局. 2024年部门预算：报表·部门预算收支总表[EB/OL]. 预算透视（Budget Lens）. (2026-12-02)[2026-12-02]. https://budget.example.gov.cn/lens/#/tables/budget-summary?d=339-2024',
    );
  });
  it('pads month and day', () => {
    expect(isoDate(new Date(2025, 0, 5))).toBe('2025-01-05');
  });
});
