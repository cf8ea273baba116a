import { describe, expect, it } from 'vitest';
import { decodeText, pdfjsDetail, pdfProblem } from './read-input';

const pdfjsError = (name: string, message: string) => {
  const cause = Object.assign(new Error(message), { name });
  return new Error(`无法读取 PDF 文件：${message}`, { cause });
};

describe('read-input', () => {
  it('decodes UTF-8, else GB18030; no text at all is empty', () => {
    expect(decodeText(new TextEncoder().encode('收入决算表'))).toEqual({
      text: '收入决算表',
      encoding: 'utf-8',
    });
    // "收入" in GBK
    expect(decodeText(new Uint8Array([0xca, 0xd5, 0xc8, 0xeb]))).toEqual({
      text: '收入',
      encoding: 'gb18030',
    });
    expect(decodeText(new Uint8Array())).toEqual({ problem: { kind: 'empty' } });
    expect(decodeText(new TextEncoder().encode('\ufeff \n\t\n'))).toEqual({
      problem: { kind: 'empty', blank: true },
    });
  });
  it("names pdf.js's failures in Chinese, and keeps an unknown message without its full stop", () => {
    expect(pdfProblem(pdfjsError('InvalidPDFException', 'Invalid PDF structure.'))).toEqual({
      kind: 'broken',
      detail: 'PDF 的内部结构无效',
    });
    expect(
      pdfProblem(pdfjsError('InvalidPDFException', 'The PDF file is empty, i.e. its size is zero bytes.')),
    ).toEqual({
      kind: 'empty',
    });
    expect(pdfProblem(pdfjsError('PasswordException', 'No password given'))).toEqual({ kind: 'encrypted' });
    expect(pdfProblem(pdfjsError('UnknownErrorException', 'Something odd.'))).toEqual({
      kind: 'unexpected',
      detail: 'Something odd',
    });
    expect(pdfjsDetail('Invalid XRef stream header')).toBe('PDF 的交叉引用表（xref）损坏或缺失');
  });
});
