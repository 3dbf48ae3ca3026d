// The time bar's overview strip: the whole period with its activity, the stretch the detail axis shows as a
// brush, and the date. A click or a drag on the strip moves the detail axis there, keeping its zoom; the detail
// axis below keeps its own zoom and pan (focus + context).
import { memo, useRef, type PointerEvent as ReactPointerEvent } from 'react';
import type { HistogramBucket } from '../model';
import type { Theme } from '../state/viewState';
import { THEME_COLOURS } from '../look/look';
import { centreOn, tOf, xOf, type Domain } from '../state/timeScale';

export const OVERVIEW_H = 26;
const BARS_H = 14;

interface Props {
  readonly bounds: Domain;
  readonly domain: Domain;
  readonly setDomain: (d: Domain) => void;
  readonly date: number;
  readonly width: number;
  readonly buckets: readonly HistogramBucket[];
  readonly theme: Theme;
}

const Bars = memo(function Bars({
  buckets,
  bounds,
  width,
  theme,
}: Pick<Props, 'buckets' | 'bounds' | 'width' | 'theme'>) {
  const colour = THEME_COLOURS[theme].text;
  const max = Math.max(1, ...buckets.map((b) => b.cooperative + b.hostile + b.mediation));
  return (
    <g opacity={0.35}>
      {buckets.map((b) => {
        const x = xOf(b.start, bounds, width);
        const h = ((b.cooperative + b.hostile + b.mediation) / max) * BARS_H;
        return (
          <rect
            key={b.start}
            x={x}
            width={Math.max(1, xOf(b.end + 1, bounds, width) - x)}
            y={BARS_H - h}
            height={h}
            fill={colour}
          />
        );
      })}
    </g>
  );
});

export function TimeOverview({ bounds, domain, setDomain, date, width, buckets, theme }: Props) {
  const dragging = useRef(false);
  const moveTo = (e: ReactPointerEvent<HTMLDivElement>) => {
    const left = e.currentTarget.getBoundingClientRect().left;
    setDomain(centreOn(domain, tOf(e.clientX - left, bounds, width), bounds));
  };
  const year = (t: number) => String(new Date(t).getUTCFullYear());
  const x1 = xOf(domain.from, bounds, width);
  const x2 = xOf(domain.to, bounds, width);
  return (
    <div
      className="time-overview"
      title="The whole period: click or drag to move the detail axis below"
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        e.currentTarget.setPointerCapture(e.pointerId);
        dragging.current = true;
        moveTo(e);
      }}
      onPointerMove={(e) => dragging.current && moveTo(e)}
      onPointerUp={() => {
        dragging.current = false;
      }}
    >
      <svg width={width} height={OVERVIEW_H} aria-hidden="true">
        <Bars buckets={buckets} bounds={bounds} width={width} theme={theme} />
        <rect
          className="overview-brush"
          x={x1}
          width={Math.max(3, x2 - x1)}
          y={0.5}
          height={BARS_H}
          data-from={domain.from}
          data-to={domain.to}
        />
        <line
          className="overview-date"
          x1={xOf(date, bounds, width)}
          x2={xOf(date, bounds, width)}
          y1={0}
          y2={BARS_H + 1}
        />
        <text className="axis-text" x={1} y={OVERVIEW_H - 2}>
          {year(bounds.from)}
        </text>
        <text className="axis-text" x={width - 1} y={OVERVIEW_H - 2} textAnchor="end">
          {year(bounds.to)}
        </text>
      </svg>
    </div>
  );
}
