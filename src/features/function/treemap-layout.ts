/**
 * Reads the size of each drawn treemap block back from the ECharts instance once it has
 * rendered, so that labels are only put where they fit (see labelFit). Sizes are rounded
 * to whole pixels so that a re-render with the same layout reports the same sizes.
 */

/** Width and height in px of each block, by 科目编码. */
export type BlockSizes = ReadonlyMap<string, { width: number; height: number }>;

interface TreemapInstance {
  getModel: () => {
    getSeriesByIndex: (i: number) =>
      | {
          getData: () => {
            count: () => number;
            getRawDataItem: (i: number) => unknown;
            getItemLayout: (i: number) => { width: number; height: number } | undefined;
          };
        }
      | undefined;
  };
}

/** The block sizes of the chart in `container` (the element EChart marks `.chart`). */
export function readBlockSizes(container: Element | null | undefined): BlockSizes | undefined {
  const chart = (container as { echarts?: TreemapInstance } | null | undefined)?.echarts;
  const data = chart?.getModel().getSeriesByIndex(0)?.getData();
  if (!data) return undefined;
  const sizes = new Map<string, { width: number; height: number }>();
  for (let i = 0; i < data.count(); i++) {
    const code = (data.getRawDataItem(i) as { code?: unknown } | undefined)?.code;
    const layout = data.getItemLayout(i);
    if (typeof code === 'string' && layout)
      sizes.set(code, { width: Math.round(layout.width), height: Math.round(layout.height) });
  }
  return sizes;
}

/** True when both hold the same sizes for the same codes. */
export function sameBlockSizes(a: BlockSizes | undefined, b: BlockSizes | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.size !== b.size) return false;
  for (const [code, s] of a) {
    const t = b.get(code);
    if (!t || t.width !== s.width || t.height !== s.height) return false;
  }
  return true;
}
