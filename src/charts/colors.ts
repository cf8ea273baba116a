/**
 * Colours shared by every view: one colour per 功能分类 类, the same everywhere, plus the
 * colours of basic vs project and personnel vs public expense.
 */

/**
 * One colour per 功能分类 类 of the 2024 government revenue and expenditure classification
 * (政府收支分类科目). Dark enough for white labels (contrast ≥ 4.5:1) and chosen so that
 * the 类 most departments publish together differ clearly: 201, 208, 210 and 221 (一般公共
 * 服务, 社会保障和就业, 卫生健康, 住房保障) stand in nearly every disclosure, and the
 * sector 类 (205–215, 220, 224) each have their own hue.
 */
const CLASS_COLORS: Readonly<Record<string, string>> = {
  '201': '#1f5fa8', // 一般公共服务 — blue
  '202': '#3d5a6b', // 外交
  '203': '#2b5c3f', // 国防
  '204': '#27407a', // 公共安全 — navy
  '205': '#6a4c93', // 教育 — violet
  '206': '#0f7c86', // 科学技术 — teal
  '207': '#a3367a', // 文化旅游体育与传媒 — magenta
  '208': '#2e7d4f', // 社会保障和就业 — green
  '209': '#3f7f6b', // 社会保险基金
  '210': '#b8432f', // 卫生健康 — vermilion
  '211': '#4b7a12', // 节能环保 — leaf green
  '212': '#8a5a00', // 城乡社区 — ochre
  '213': '#7a5230', // 农林水 — brown
  '214': '#4a5a7a', // 交通运输 — slate
  '215': '#5a3fb0', // 资源勘探工业信息等 — indigo
  '216': '#8c4a1c', // 商业服务业等 — rust
  '217': '#2d6a8f', // 金融 — steel blue
  '219': '#6d5a2f', // 援助其他地区
  '220': '#59642b', // 自然资源海洋气象等 — olive
  '221': '#9c2f4a', // 住房保障 — crimson
  '222': '#5a6b3f', // 粮油物资储备
  '223': '#4f5b8c', // 国有资本经营预算
  '224': '#642b4d', // 灾害防治及应急管理 — wine
  '227': '#555555', // 预备费
  '229': '#6b6b6b', // 其他支出 — grey
  '230': '#5c5c7a', // 转移性支出
  '231': '#6a4a4a', // 债务还本
  '232': '#4a6a6a', // 债务付息
  '233': '#5a5a4a', // 债务发行费用
  '234': '#7a3f5c', // 抗疫特别国债安排的支出
};

/** For a 类 the classification does not list (a future code): a fixed fallback cycle. */
const FALLBACK = ['#1f5fa8', '#2e7d4f', '#b8432f', '#6a4c93', '#8a5a00', '#0f7c86'];

/**
 * Colour of a 功能分类 类 (3-digit code; longer codes use their 类): its own colour from
 * CLASS_COLORS, or, for a code the classification does not list, one of FALLBACK chosen by
 * the code (deterministic, so it is the same on every view).
 */
export function functionClassColor(code: string): string {
  const classCode = code.slice(0, 3);
  const own = CLASS_COLORS[classCode];
  if (own) return own;
  const n = Number(classCode);
  return FALLBACK[Number.isFinite(n) ? Math.abs(n) % FALLBACK.length : 0]!;
}

/** 基本支出 / 项目支出 / 人员经费 / 公用经费 colours. */
export const PART_COLORS = {
  basicExpenditure: '#1f5fa8',
  projectExpenditure: '#d9822b',
  personnelExpense: '#2e7d4f',
  publicExpense: '#a8508a',
  decrease: '#b03a48',
  increase: '#2e7d4f',
  neutral: '#6b7280',
} as const;
