// Small SVG drawings of the graph's marks for the legend and the panels: node shapes and relation lines with
// their dash pattern and arrow heads, drawn from the same EdgeLook / NodeLook values as the Cytoscape style.
import type { ArrowShape, EdgeLook, NodeShape } from '../view/look';

function nodePath(shape: NodeShape, cx: number, cy: number, r: number): string {
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
  }
}

export function NodeGlyph({
  shape,
  fill,
  border,
  size = 16,
  ring,
}: {
  shape: NodeShape;
  fill: string;
  border: string;
  size?: number;
  ring?: string;
}) {
  const r = size / 2 - (ring ? 4 : 1.5);
  return (
    <svg width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true" className="glyph">
      {ring && (
        <path d={nodePath(shape, size / 2, size / 2, r + 2.5)} fill="none" stroke={ring} strokeWidth={1.2} />
      )}
      <path
        d={nodePath(shape, size / 2, size / 2, r)}
        fill={fill}
        stroke={ring ?? border}
        strokeWidth={ring ? 1.2 : 1.2}
      />
    </svg>
  );
}

/** An arrow head or end mark pointing right, its tip at (x, y). */
function headPath(shape: ArrowShape, x: number, y: number): string | null {
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

export function EdgeGlyph({
  look,
  width = 2.4,
  length = 40,
  opacity = 1,
}: {
  look: EdgeLook;
  width?: number;
  length?: number;
  opacity?: number;
}) {
  const y = 6;
  const head = headPath(look.targetArrow, length - 1, y);
  const tail = headPath(look.sourceArrow, length - 1, y);
  const dash = look.dash.length ? look.dash.join(' ') : undefined;
  return (
    <svg
      width={length}
      height={12}
      viewBox={`0 0 ${length} 12`}
      aria-hidden="true"
      className="glyph"
      opacity={opacity}
    >
      <line
        x1={2}
        y1={y}
        x2={length - 4}
        y2={y}
        stroke={look.colour}
        strokeWidth={width}
        strokeDasharray={dash}
        strokeLinecap={look.lineCap}
      />
      {head && <path d={head} fill={look.colour} />}
      {tail && <path d={tail} fill={look.colour} transform={`rotate(180 ${length / 2} ${y})`} />}
    </svg>
  );
}
