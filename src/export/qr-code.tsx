/**
 * A QR code as an SVG element (one path of unit squares), built with the `qrcode` library's
 * encoder (QRCode.create: the module matrix). No markup strings, no data: URL, no script:
 * it prints crisply and passes the strict CSP.
 *
 * Encoding a URL takes tens of milliseconds on a slow phone (every mask pattern is tried), so
 * each text is encoded once: qrPath and fitsQrCode share one small cache (issue 12).
 */
import QRCode from 'qrcode';

/** A QR code's drawing: the `d` of its path and its side in modules, quiet zone included. */
export interface QrDrawing {
  d: string;
  size: number;
}

/** Texts encoded lately (a print footer asks for the current view's URL, twice: fit, then draw). */
const CACHE_SIZE = 8;
const drawings = new Map<string, QrDrawing | null>();

/** The drawing of `text`, or null when it is too long for a QR code (level M); cached. */
function drawing(text: string): QrDrawing | null {
  const cached = drawings.get(text);
  if (cached !== undefined) return cached;
  let result: QrDrawing | null;
  try {
    const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
    const n = qr.modules.size;
    const parts: string[] = [];
    for (let y = 0; y < n; y += 1)
      for (let x = 0; x < n; x += 1) if (qr.modules.get(y, x)) parts.push(`M${x + 4} ${y + 4}h1v1h-1z`);
    result = { d: parts.join(''), size: n + 8 };
  } catch {
    result = null;
  }
  if (drawings.size >= CACHE_SIZE) drawings.delete(drawings.keys().next().value!);
  drawings.set(text, result);
  return result;
}

/**
 * The `d` of a path drawing each dark module as a 1×1 square, with a 4-module quiet zone.
 * Throws when `text` does not fit in a QR code (check with fitsQrCode).
 */
export function qrPath(text: string): QrDrawing {
  const d = drawing(text);
  if (!d) throw new Error(`text of ${text.length} characters does not fit in a QR code (level M)`);
  return d;
}

/** Whether `text` fits in a QR code (level M holds about 2,300 characters of a URL). */
export function fitsQrCode(text: string): boolean {
  return drawing(text) !== null;
}

/** The QR code of `text` (it must fit: fitsQrCode), `size` CSS px square, with an accessible name. */
export function QrCode({ text, label, size = 96 }: { text: string; label: string; size?: number }) {
  const { d, size: modules } = qrPath(text);
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
