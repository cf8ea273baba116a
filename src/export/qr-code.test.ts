import { describe, expect, it } from 'vitest';
import { fitsQrCode, qrPath } from './qr-code';

describe('fitsQrCode', () => {
  it('holds a view URL, not a URL of thousands of characters (the footer then encodes a shorter one)', () => {
    const url = 'https://example.gov.cn/lens/#/function/206?d=339-2024&open=201%2C206';
    expect(fitsQrCode(url)).toBe(true);
    expect(fitsQrCode(`${url}&x=${'a'.repeat(2200)}`)).toBe(true);
    expect(fitsQrCode(`${url}&x=${'a'.repeat(3000)}`)).toBe(false);
    expect(() => qrPath(`${url}&x=${'a'.repeat(3000)}`)).toThrow();
  });
});
