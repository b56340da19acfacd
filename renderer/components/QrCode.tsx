import { useMemo } from 'react';
import { qrSvgPath } from './qr-path';

/** A QR code as inline SVG, with the 4-module quiet zone scanners need. */
export function QrCode(props: { text: string; sizeMm: number }) {
  const { size, path } = useMemo(() => qrSvgPath(props.text), [props.text]);
  const quiet = 4;
  const box = size + quiet * 2;
  return (
    <svg className="qr-code" width={`${props.sizeMm}mm`} height={`${props.sizeMm}mm`} viewBox={`${-quiet} ${-quiet} ${box} ${box}`} shapeRendering="crispEdges" role="img" aria-label="票号二维码">
      <rect x={-quiet} y={-quiet} width={box} height={box} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
