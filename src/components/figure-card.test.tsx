// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import Decimal from 'decimal.js';
import { afterEach, describe, expect, it } from 'vitest';
import { FigureCard } from './figure-card';

const source = { kind: 'table', table: 'expenditure', seq: 1, column: '合计' } as const;

afterEach(cleanup);

describe('FigureCard', () => {
  it('shows a 亿 scale figure (05: 328,661.81 万元) in 万元 with two decimals, like every card beside it', () => {
    render(
      <ul>
        <FigureCard label="支出总计" value={new Decimal('328661.808220')} source={source} testId="card" />
      </ul>,
    );
    const card = screen.getByTestId('card');
    expect(card.querySelector('.amount__value')!.textContent).toBe('328,661.81');
    expect(card.querySelector('.card__unit')!.textContent).toBe('万元');
    expect(screen.getByRole('tooltip', { hidden: true }).textContent).toBe(
      '来源：部门预算支出总表 · 序号 1 · 合计',
    );
  });

  it('keeps figures below 1 亿 in 万元 and a zero change as 0.00', () => {
    render(
      <ul>
        <FigureCard label="支出合计" value={new Decimal('2305.27')} source={source} testId="a" />
        <FigureCard label="“三公”经费" value={new Decimal('0')} signed testId="b" />
      </ul>,
    );
    expect(screen.getByTestId('a').querySelector('.amount__value')!.textContent).toBe('2,305.27');
    expect(screen.getByTestId('a').querySelector('.card__unit')!.textContent).toBe('万元');
    expect(screen.getByTestId('b').querySelector('.card__value')!.textContent).toBe('0.00');
  });
});
