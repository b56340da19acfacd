import { create } from 'qrcode';

/**
 * A QR code as one SVG path (a square per dark module), drawn here from the code's module matrix:
 * synchronous, so hundreds of ballots render in one pass, and no image or network is involved.
 */
export function qrSvgPath(text: string): { size: number; path: string } {
  const qr = create(text, { errorCorrectionLevel: 'M' });
  const { size, data } = qr.modules;
  let path = '';
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (data[row * size + col]) path += `M${col} ${row}h1v1h-1z`;
    }
  }
  return { size, path };
}
