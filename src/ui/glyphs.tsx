// Small SVG drawings of the graph's marks for the legend and the panels: node shapes and relation lines with
// their dash pattern and arrow heads, drawn from the same EdgeLook / NodeLook values as the Cytoscape style.
import { headPath, nodePath } from '../figure/glyph-paths';
import type { EdgeLook, NodeShape } from '../look/look';

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
