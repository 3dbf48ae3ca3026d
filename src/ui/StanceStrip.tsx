// A pair's stance over time as a strip (layout in stanceStrip.ts): cooperative relations above the axis, hostile
// below, mediation on it; alleged ones hatched, imprecisely dated events as pale bands; the net stance as a line
// and the current date marked. A click anywhere on the strip moves the date there.
import type { MouseEvent } from 'react';
import { TONES } from '../model';
import type { Theme } from '../state/viewState';
import { THEME_COLOURS } from '../look/look';
import type { StripLayout, StripMark } from './stanceStrip';

const AXIS_TEXT = 12;

function Mark({ m, colour, label }: { m: StripMark; colour: string; label: string }) {
  const fill = m.alleged ? `url(#hatch-${m.tone})` : colour;
  if (m.tone === 'mediation' && m.shape === 'tick') {
    const cx = m.x + 1;
    const cy = m.y + m.height / 2;
    const r = m.height / 2 + 0.5;
    return (
      <path
        d={`M${cx},${cy - r}L${cx + r},${cy}L${cx},${cy + r}L${cx - r},${cy}Z`}
        fill={fill}
        stroke={colour}
        data-relation={m.relationId}
      >
        <title>{label}</title>
      </path>
    );
  }
  return (
    <rect
      x={m.x}
      y={m.y}
      width={Math.max(m.width, 2)}
      height={m.height}
      fill={fill}
      stroke={m.alleged ? colour : 'none'}
      strokeWidth={0.8}
      opacity={m.shape === 'band' ? 0.35 : 1}
      className={`strip-${m.shape}`}
      data-relation={m.relationId}
    >
      <title>{label}</title>
    </rect>
  );
}

export function StanceStrip(props: {
  layout: StripLayout;
  date: number;
  theme: Theme;
  label: (key: string) => string;
  description: string;
  onDate: (day: number) => void;
}) {
  const { layout, date, theme, label, description, onDate } = props;
  const colours = THEME_COLOURS[theme];
  const pick = (e: MouseEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    onDate(layout.dayAt(((e.clientX - box.left) / box.width) * layout.width));
  };
  const year = (t: number) => String(new Date(t).getUTCFullYear());
  const at = layout.x(date);
  return (
    <svg
      className="stance-strip"
      width={layout.width}
      height={layout.height + AXIS_TEXT + 2}
      viewBox={`0 0 ${layout.width} ${layout.height + AXIS_TEXT + 2}`}
      role="img"
      aria-label={description}
      data-testid="stance-strip"
      onClick={pick}
    >
      <defs>
        {TONES.map((tone) => (
          <pattern
            key={tone}
            id={`hatch-${tone}`}
            width={4}
            height={4}
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width={4} height={4} fill={colours.background} />
            <line x1={0} y1={0} x2={0} y2={4} stroke={colours.tone[tone]} strokeWidth={2} />
          </pattern>
        ))}
      </defs>
      <rect width={layout.width} height={layout.height} fill="transparent" />
      <line
        x1={0}
        x2={layout.width}
        y1={layout.axis}
        y2={layout.axis}
        stroke={colours.nodeBorder}
        strokeWidth={0.6}
      />
      {layout.marks.map((m) => (
        <Mark key={m.key} m={m} colour={colours.tone[m.tone]} label={label(m.key)} />
      ))}
      <path d={layout.stance} fill="none" stroke={colours.text} strokeWidth={1.2} opacity={0.75} />
      <line
        x1={at}
        x2={at}
        y1={0}
        y2={layout.height}
        stroke={colours.text}
        strokeWidth={1.5}
        data-testid="strip-date"
      />
      <text x={0} y={layout.height + AXIS_TEXT} className="axis-text">
        {year(layout.domain.start)}
      </text>
      <text x={layout.width} y={layout.height + AXIS_TEXT} textAnchor="end" className="axis-text">
        {year(layout.domain.end)}
      </text>
    </svg>
  );
}
