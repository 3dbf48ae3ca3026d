// The time bar's histogram and tick marks, drawn as SVG. Memoised: a date step does not touch these hundreds of
// shapes; only zoom, pan, filters (through the buckets) and the theme redraw them.
import { memo } from 'react';
import type { HistogramBucket } from '../model';
import type { Theme } from '../state/viewState';
import { THEME_COLOURS } from '../view/look';
import { ticks, xOf, type Domain } from './timeScale';

export const HIST_H = 46;
export const AXIS_H = 18;

interface Props {
  readonly buckets: readonly HistogramBucket[];
  readonly domain: Domain;
  readonly width: number;
  readonly theme: Theme;
}

export const HistogramAxis = memo(function HistogramAxis({ buckets, domain, width, theme }: Props) {
  const colours = THEME_COLOURS[theme];
  const x = (t: number) => xOf(t, domain, width);
  const max = Math.max(1, ...buckets.map((b) => b.cooperative + b.hostile + b.mediation));
  const scale = (n: number) => (n / max) * (HIST_H - 4);
  return (
    <>
      {buckets.map((b) => {
        const bx = x(b.start);
        const bw = Math.max(1, x(b.end + 1) - bx - 1);
        const c = scale(b.cooperative);
        const m = scale(b.mediation);
        const h = scale(b.hostile);
        return (
          <g key={b.start}>
            <rect x={bx} width={bw} y={HIST_H - c} height={c} fill={colours.tone.cooperative} />
            <rect x={bx} width={bw} y={HIST_H - c - m} height={m} fill={colours.tone.mediation} />
            <rect x={bx} width={bw} y={HIST_H - c - m - h} height={h} fill={colours.tone.hostile} />
          </g>
        );
      })}
      <line x1={0} x2={width} y1={HIST_H + 0.5} y2={HIST_H + 0.5} className="axis-line" />
      {ticks(domain, width).map((t) => (
        <g key={t.t} transform={`translate(${x(t.t)},${HIST_H})`}>
          <line y1={0} y2={t.major ? 6 : 4} className="axis-line" />
          <text y={15} x={2} className={t.major ? 'axis-text major' : 'axis-text'}>
            {t.label}
          </text>
        </g>
      ))}
    </>
  );
});
