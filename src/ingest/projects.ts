/**
 * 七、部门项目预算安排情况及绩效目标: one 绩效目标表 per project ("1、2024 年网络运行维护费
 * 绩效目标表"), read by the printed labels of its rows and columns.
 */
import type { DatasetV1Json as DatasetJson } from '../domain/schema-v1';
import type { Section } from './sections';
import { amountCell, cells, compact, DisclosureParseError, labelKey, type Line } from './text';

type Project = DatasetJson['projects'][number];
type Indicator = Project['indicators'][number];
type PlanPoint = Project['spendingPlan']['points'][number];

/** The quarter-end periods of 资金支出计划, in order. */
export const STANDARD_PERIODS = ['3月底', '6月底', '10月底', '12月底'] as const;

const PROJECT_TITLE = /^(\d+)\s*[、.．]\s*(.*绩效目标表)$/;

/**
 * Parses every project table of section 七. `functionCode` is not printed there and is left
 * out (see `matchProjectFunctionCodes`).
 *
 * @throws DisclosureParseError when a table lacks 项目编码, 预算数 or its indicator header, or a
 *   三级指标 cell is blank.
 */
export function parseProjects(section: Section, warnings: string[]): Project[] {
  const starts = section.lines
    .map((l, i) => ({ i, m: PROJECT_TITLE.exec(l.text.trim()) }))
    .filter((x) => x.m);
  return starts.map(({ i, m }, k) => {
    const end = k + 1 < starts.length ? starts[k + 1]!.i : section.lines.length;
    return parseProject(
      Number(m![1]),
      m![2]!.trim(),
      section.lines[i]!.no,
      section.lines.slice(i + 1, end),
      warnings,
    );
  });
}

/** The cell right after the cell whose label is `label` (labels compared without spaces). */
function after(c: readonly string[], test: (label: string) => boolean): string | undefined {
  const i = c.findIndex((x) => test(labelKey(x)));
  return i < 0 ? undefined : (c[i + 1] ?? '');
}

/** The first non-empty cell after the labelled one. */
function nextFilled(c: readonly string[], test: (label: string) => boolean): string | undefined {
  const i = c.findIndex((x) => test(labelKey(x)));
  return i < 0 ? undefined : c.slice(i + 1).find((x) => x !== '');
}

function parseProject(
  seq: number,
  tableTitle: string,
  titleLine: number,
  lines: readonly Line[],
  warnings: string[],
): Project {
  const where = `项目 ${seq}「${tableTitle}」`;
  const rows = lines.filter((l) => l.text.trim() !== '' && !/^单位[:：]/.test(l.text.trim()));
  const first = (l: Line) => labelKey(cells(l.text)[0] ?? '');
  const findRow = (test: (label: string) => boolean) => rows.findIndex((l) => test(first(l)));

  const codeAt = findRow((x) => x === '项目编码');
  if (codeAt < 0) throw new DisclosureParseError('缺少“项目编码”行', where, titleLine);
  const codeCells = cells(rows[codeAt]!.text);
  const code = nextFilled(codeCells, (x) => x === '项目编码');
  const name = nextFilled(codeCells, (x) => x === '项目名称');
  if (!code || !name) throw new DisclosureParseError('项目编码或项目名称为空', where, rows[codeAt]!.no);

  const budgetAt = findRow((x) => x.startsWith('预算规模'));
  if (budgetAt < 0) throw new DisclosureParseError('缺少“预算规模及资金用途”行', where, titleLine);
  const bl = rows[budgetAt]!;
  const bc = cells(bl.text);
  const budget = amountCell(after(bc, (x) => x === '预算数') ?? '', where, bl.no);
  if (budget === undefined) throw new DisclosureParseError('预算数为空', where, bl.no);
  const fiscalFunds = amountCell(after(bc, (x) => /^其中[:：]?财政资金$/.test(x)) ?? '', where, bl.no);
  const otherFunds = amountCell(after(bc, (x) => x === '其他资金') ?? '', where, bl.no);

  const planAt = findRow((x) => x.startsWith('资金支出计'));
  const goalsAt = findRow((x) => x === '绩效目标');
  const headerAt = findRow((x) => x === '一级指标');
  if (headerAt < 0) throw new DisclosureParseError('缺少指标表头（“一级指标”行）', where, titleLine);

  // 资金用途: the rows between 预算规模 and the next labelled row, first cell blank.
  const purposeEnd = [planAt, goalsAt, headerAt].filter((i) => i > budgetAt).sort((a, b) => a - b)[0]!;
  const purpose =
    rows
      .slice(budgetAt + 1, purposeEnd)
      .flatMap((l) => cells(l.text).filter((c) => c !== ''))
      .join('') || undefined;

  const spendingPlan =
    planAt >= 0
      ? parseSpendingPlan(
          rows.slice(planAt, [goalsAt, headerAt].filter((i) => i > planAt).sort((a, b) => a - b)[0]),
          where,
          budget,
          warnings,
        )
      : (warnings.push(`${where}：缺少“资金支出计划”行`), { points: [] });

  const goalsText =
    goalsAt >= 0
      ? cells(rows[goalsAt]!.text)
          .slice(1)
          .filter((c) => c !== '')
          .join(' ') || undefined
      : undefined;
  const goals = goalsText ? splitGoals(goalsText) : [];

  const indicators = parseIndicators(rows[headerAt]!, rows.slice(headerAt + 1), where);

  return compact({
    seq,
    code,
    name,
    tableTitle,
    budget,
    fiscalFunds,
    otherFunds,
    purpose,
    spendingPlan,
    goalsText,
    goals,
    indicators,
  }) as Project;
}

/** "1. 保障工作顺利进行 2. 保证使用通信业务安全畅通" → the goals without their numbers. */
export function splitGoals(goalsText: string): string[] {
  return goalsText
    .split(/(?:^|\s+)\d+\s*[.．、]\s*/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * 资金支出计划: label rows (cells like "3 月底") and value rows. Each value is placed under the
 * label in the same cell position; a value row is read against the label row just above it
 * (tables 3–7 print "12月底" on a row of its own). Amounts are cumulative 万元 although the
 * printed unit is "%". Every standard period gets a point; a blank or lost cell has no amount.
 * Warns where a period label is missing from the text, and where a value is followed by blank
 * periods (a likely column shift in the extraction, kept as printed).
 */
export function parseSpendingPlan(
  lines: readonly Line[],
  where: string,
  budget: string,
  warnings: string[],
): Project['spendingPlan'] {
  const head = cells(lines[0]!.text);
  const unit = /[（(]\s*([^）)]*?)\s*[）)]/.exec(head[0] ?? '')?.[1];
  const isLabel = (c: string) => /^\d+\s*月\s*底$/.test(c);
  const labelRows: { row: number; labels: Map<number, string> }[] = [];
  const valueRows: { row: number; line: Line; cells: string[] }[] = [];
  lines.forEach((l, row) => {
    const c = row === 0 ? head.map((x, i) => (i === 0 ? '' : x)) : cells(l.text);
    if (c.some(isLabel)) {
      const labels = new Map<number, string>();
      c.forEach((x, i) => isLabel(x) && labels.set(i, x.replace(/\s+/g, '')));
      labelRows.push({ row, labels });
    } else if (c.some((x) => x !== '')) valueRows.push({ row, line: l, cells: c });
  });

  const amounts = new Map<string, string>();
  const pairInOrder = valueRows.length === labelRows.length;
  valueRows.forEach((v, k) => {
    const labelRow = pairInOrder ? labelRows[k] : [...labelRows].reverse().find((r) => r.row < v.row);
    v.cells.forEach((x, i) => {
      if (x === '') return;
      const period = labelRow?.labels.get(i);
      const amount = amountCell(x, where, v.line.no);
      if (!period || amount === undefined) {
        warnings.push(`${where} 第 ${v.line.no} 行：资金支出计划数值 ${x} 下方没有对应的期间表头，已略去`);
        return;
      }
      amounts.set(period, amount);
    });
  });

  const printed = new Set(labelRows.flatMap((r) => [...r.labels.values()]));
  const periods = [...new Set<string>([...STANDARD_PERIODS, ...printed])].sort(
    (a, b) => parseInt(a) - parseInt(b),
  );
  const points: PlanPoint[] = periods.map((period) => compact({ period, amount: amounts.get(period) }));

  const missing = STANDARD_PERIODS.filter((p) => !printed.has(p));
  if (missing.length) {
    warnings.push(
      `${where}：资金支出计划缺少「${missing.join('」「')}」列（表头与数值都未能从文本中提取），记为未公开`,
    );
  }
  const lastFilled = points.map((p) => p.amount !== undefined).lastIndexOf(true);
  const blankAfter = points.slice(lastFilled + 1).filter((p) => printed.has(p.period));
  if (lastFilled >= 0 && blankAfter.length) {
    warnings.push(
      `${where}：资金支出计划「${points[lastFilled]!.period}」为 ${points[lastFilled]!.amount}，其后「${blankAfter.map((p) => p.period).join('」「')}」为空；按列位置照录，可能是 PDF 文本提取的列错位`,
    );
  }
  const year = points.find((p) => p.period === '12月底')?.amount;
  if (year !== undefined && year !== budget && Number(year) !== Number(budget)) {
    warnings.push(`${where}：资金支出计划 12月底累计 ${year} 与预算数 ${budget} 不等`);
  }
  return compact({ printedUnit: unit || undefined, points });
}

const INDICATOR_LABELS = {
  一级指标: 'level1',
  二级指标: 'level2',
  三级指标: 'level3',
  绩效指标描述: 'description',
  指标值: 'value',
  指标值确定依据: 'basis',
} as const;

/**
 * The indicator rows under the "一级指标 … 指标值确定依据" header, mapped by header position;
 * a blank 一级指标 / 二级指标 cell carries the value from the row above (merged cells).
 */
function parseIndicators(header: Line, lines: readonly Line[], where: string): Indicator[] {
  const h = cells(header.text).map(labelKey);
  const col = new Map<string, number>();
  h.forEach((label, i) => {
    const key = INDICATOR_LABELS[label as keyof typeof INDICATOR_LABELS];
    if (key && !col.has(key)) col.set(key, i);
  });
  for (const k of ['level1', 'level2', 'level3']) {
    if (!col.has(k)) throw new DisclosureParseError(`指标表头缺少 ${k}`, where, header.no);
  }
  let level1 = '';
  let level2 = '';
  return lines
    .filter((l) => l.text.includes('\t'))
    .map((l) => {
      const c = cells(l.text);
      const at = (k: string) => {
        const i = col.get(k);
        return i === undefined ? undefined : c[i] || undefined;
      };
      level1 = at('level1') ?? level1;
      level2 = at('level2') ?? level2;
      const level3 = at('level3');
      if (!level1 || !level2 || !level3)
        throw new DisclosureParseError('指标行的一级、二级或三级指标为空', where, l.no);
      return compact({
        level1,
        level2,
        level3,
        description: at('description'),
        value: at('value'),
        basis: at('basis'),
      });
    });
}
