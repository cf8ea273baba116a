/**
 * A QR code as an SVG element (one path of unit squares), built with the `qrcode` library's
 * encoder (QRCode.create: the module matrix). No markup strings, no data: URL, no script:
 * it prints crisply and passes the strict CSP.
 */
import { useMemo } from 'react';
import QRCode from 'qrcode';

/** The `d` of a path drawing each dark module as a 1×1 square, with a 4-module quiet zone. */
export function qrPath(text: string): { d: string; size: number } {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const parts: string[] = [];
  for (let y = 0; y < n; y += 1)
    for (let x = 0; x < n; x += 1) if (qr.modules.get(y, x)) parts.push(`M${x + 4} ${y + 4}h1v1h-1z`);
  return { d: parts.join(''), size: n + 8 };
}

/** Whether `text` fits in a QR code (level M holds about 2,300 characters of a URL). */
export function fitsQrCode(text: string): boolean {
  try {
    QRCode.create(text, { errorCorrectionLevel: 'M' });
    return true;
  } catch {
    return false;
  }
}

/** The QR code of `text`, `size` CSS px square, with an accessible name. */
export function QrCode({ text, label, size = 96 }: { text: string; label: string; size?: number }) {
  // A module matrix per render would redo the encoding on every navigation: keep it.
  const { d, size: modules } = useMemo(() => qrPath(text), [text]);
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${modules} ${modules}`}
      shapeRendering="crispEdges"
      data-testid="print-qr"
    >
      <rect width={modules} height={modules} fill="#ffffff" />
      <path d={d} fill="#000000" />
    </svg>
  );
}
