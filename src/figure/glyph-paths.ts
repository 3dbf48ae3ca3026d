// SVG path data for the marks the graph draws: actor shapes and the arrow heads and end marks of relations.
// One geometry for the on-screen legend (ui/glyphs.tsx) and the exported figure's legend, so both show the marks
// the same way. Pure string building.
import type { ArrowShape, NodeShape } from '../look/look';

/** An actor's shape centred on (cx, cy) with radius r. */
export function nodePath(shape: NodeShape, cx: number, cy: number, r: number): string {
  switch (shape) {
    case 'ellipse':
      return `M ${cx - r} ${cy} a ${r} ${r} 0 1 0 ${2 * r} 0 a ${r} ${r} 0 1 0 ${-2 * r} 0 Z`;
    case 'diamond':
      return `M ${cx} ${cy - r} L ${cx + r} ${cy} L ${cx} ${cy + r} L ${cx - r} ${cy} Z`;
    case 'round-rectangle': {
      const k = r * 0.35;
      return `M ${cx - r + k} ${cy - r} H ${cx + r - k} Q ${cx + r} ${cy - r} ${cx + r} ${cy - r + k} V ${cy + r - k} Q ${cx + r} ${cy + r} ${cx + r - k} ${cy + r} H ${cx - r + k} Q ${cx - r} ${cy + r} ${cx - r} ${cy + r - k} V ${cy - r + k} Q ${cx - r} ${cy - r} ${cx - r + k} ${cy - r} Z`;
    }
    case 'hexagon': {
      const pts = Array.from({ length: 6 }, (_, i) => {
        const a = (Math.PI / 3) * i;
        return `${cx + r * Math.cos(a)} ${cy + r * Math.sin(a)}`;
      });
      return `M ${pts.join(' L ')} Z`;
    }
    case 'triangle':
      return `M ${cx} ${cy - r} L ${cx + r} ${cy + r * 0.8} L ${cx - r} ${cy + r * 0.8} Z`;
  }
}

/** An arrow head or end mark pointing right, its tip at (x, y); null for none. */
export function headPath(shape: ArrowShape, x: number, y: number): string | null {
  switch (shape) {
    case 'none':
      return null;
    case 'triangle':
      return `M ${x} ${y} L ${x - 7} ${y - 3.5} L ${x - 7} ${y + 3.5} Z`;
    case 'triangle-tee':
      return `M ${x} ${y} L ${x - 7} ${y - 3.5} L ${x - 7} ${y + 3.5} Z M ${x - 10} ${y - 4} h 1.6 v 8 h -1.6 Z`;
    case 'diamond':
      return `M ${x} ${y} L ${x - 4} ${y - 3.5} L ${x - 8} ${y} L ${x - 4} ${y + 3.5} Z`;
    case 'circle':
      return `M ${x - 6} ${y} a 3 3 0 1 0 6 0 a 3 3 0 1 0 -6 0 Z`;
    case 'tee':
      return `M ${x - 2} ${y - 4.5} h 2 v 9 h -2 Z`;
  }
}
