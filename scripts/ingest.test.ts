import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, idFromFile } from './ingest';

const run = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'scripts/ingest.ts', ...args], { encoding: 'utf8', timeout: 120_000 });

describe('npm run ingest', { timeout: 180_000 }, () => {
  it('prints its usage for --help and rejects an unknown flag with it', () => {
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('用法：npm run ingest -- <文件.pdf|文件.txt>…');
    expect(help.stdout).toContain('3  数据集都已写出，但数据核验有“未通过”的条目');
    const bad = run('--bogus', 'x.pdf');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("Unknown option '--bogus'");
    expect(bad.stderr).toContain('用法：');
  });

  it('says an output folder that does not exist, without a stack trace', () => {
    const r = run('data/sources/05-putuo-construction-2026-budget.txt', '--out', '/nonexistent/folder');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('输出目录 /nonexistent/folder 不存在');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('imports a disclosure text into a dataset with its report, and writes nothing for a non-disclosure', () => {
    const out = mkdtempSync(join(tmpdir(), 'ingest-'));
    const cells = join(out, 'cells.csv');
    const ok = run(
      'data/sources/05-putuo-construction-2026-budget.txt',
      '--out',
      out,
      '--id',
      'construction',
      '--cells',
      cells,
    );
    // written, but 05's 数据核验 has a 未通过 finding: exit 3, not 0
    expect(ok.stdout).toMatch(/数据核验：共 \d+ 条，通过 \d+、尾差 \d+、未通过 1、/);
    expect(ok.status).toBe(EXIT.unverified);
    expect(ok.stdout).toContain('上海市普陀区建设和管理委员会 2026 预算');
    expect(ok.stdout).toMatch(/2026年部门收入预算总表［budget-revenue］元/);
    const dataset = JSON.parse(readFileSync(join(out, 'construction.json'), 'utf8'));
    expect(dataset.meta).toMatchObject({ kind: '预算', year: 2026 });
    // Every printed amount as a row, exact and in its own unit (收入预算总表 合计, in 元).
    const csv = readFileSync(cells, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('table,code,name,column,amount,unit,page');
    expect(csv).toContain('3286618082.20,元');

    const notes = join(out, 'notes.txt');
    execFileSync('sh', ['-c', `printf '会议纪要\\n关于本周工作安排的通知\\n' > ${notes}`]);
    const bad = run(notes, '--out', out);
    expect(bad.status).toBe(1);
    expect(bad.stdout + bad.stderr).toContain('无法判断是部门预算还是部门决算');
    expect(readdirSync(out).sort()).toEqual(['cells.csv', 'construction.json', 'notes.txt']);
  });

  it('reports the failing checks of the altered 财政局 决算 (02x) where it was altered: 收入支出总计 0 万元, the 决算 vs 预算 words, the year-end date', () => {
    const out = mkdtempSync(join(tmpdir(), 'ingest-'));
    const r = run('data/sources/02x-putuo-finance-bureau-2024-final-ALTERED.pdf', '--out', out, '--quiet');
    expect(r.status).toBe(EXIT.unverified);
    expect(readdirSync(out)).toEqual(['02x-putuo-finance-bureau-2024-final-ALTERED.json']);
    expect(r.stdout).toMatch(/数据核验：共 \d+ 条，通过 \d+、尾差 \d+、未通过 [1-9]\d*/);
    expect(r.stdout).toContain('收入支出总计 = 收入支出决算总表 总计：应为 2995.39，实为 0.00');
    expect(r.stdout).toContain('占比 71.73% = 2106.66 ÷ 2940.05');
    // the altered words and date of the 说明 (diff against 02): 小于 → 大于 twice, 小于 → 等于,
    // 截至2024年12月31日 → 2023
    expect(r.stdout).toContain('“决算数大于预算数”（预算 1560.05，决算 1511.89 万元）');
    expect(r.stdout).toContain('“决算数大于预算数”（预算 80.81，决算 80.38 万元）');
    expect(r.stdout).toContain('“决算数等于预算数”（预算 62.29，决算 60.99 万元）');
    expect(r.stdout).toContain('“截至2023年12月31日”应为“截至2024年12月31日”');
    expect(r.stdout).toMatch(/未通过 6、/);
  });

  it('says in Chinese why a file gives no dataset (exit 1), and reads GBK text as the browser does', () => {
    const out = mkdtempSync(join(tmpdir(), 'ingest-'));
    const write = (name: string, bytes: Uint8Array | string) => {
      writeFileSync(join(out, name), bytes);
      return join(out, name);
    };
    const cases: [string, string][] = [
      [join(out, 'missing.pdf'), `找不到文件 ${join(out, 'missing.pdf')}`],
      [write('empty.txt', ''), '文件是空的（0 字节）。'],
      [write('empty.pdf', ''), '文件是空的（0 字节）。'],
      [write('blank.txt', '\ufeff \n\n'), '文件是空的：里面只有空白，没有文字。'],
      [
        write('png.pdf', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0])),
        '文件已损坏或不是 PDF（PDF 的内部结构无效',
      ],
      [
        write(
          'cut.pdf',
          readFileSync('data/sources/02-putuo-finance-bureau-2024-final.pdf').subarray(0, 4000),
        ),
        '文件已损坏或不是 PDF',
      ],
    ];
    for (const [file, message] of cases) {
      const r = run(file, '--out', out);
      expect(r.status, file).toBe(EXIT.badInput);
      expect(r.stderr, file).toContain(message);
      expect(r.stderr + r.stdout, file).not.toMatch(/ENOENT|Invalid PDF|The PDF file|[A-Za-z]\.。/);
    }
    const gbk = run('e2e/fixtures/import/05-construction-gbk.txt', '--out', out, '--quiet');
    expect(gbk.stdout).toContain('这份文本是 GBK/GB18030 编码，已按该编码读取。');
    expect(gbk.stdout).toContain('上海市普陀区建设和管理委员会 2026 预算');
    expect(gbk.status).toBe(EXIT.unverified);
    expect(readdirSync(out).filter((f) => f.endsWith('.json'))).toEqual(['05-construction-gbk.json']);
  });

  it('derives a dataset id from the file name', () => {
    expect(idFromFile('data/sources/02-putuo-finance-bureau-2024-final.pdf')).toBe(
      '02-putuo-finance-bureau-2024-final',
    );
    expect(idFromFile('上海 财政局.pdf')).toBe('');
  });
});
