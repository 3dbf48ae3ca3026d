// The time bar's histogram and tick marks, drawn as SVG; imprecisely dated events are drawn lighter across the
// span they may lie in. Memoised: a date step does not touch these hundreds of
// shapes; only zoom, pan, filters (through the buckets) and the theme redraw them.
import { memo } from 'react';
import type { HistogramBucket } from '../model';
import type { Tone } from '../model';
import type { Theme } from '../state/viewState';
import { THEME_COLOURS } from '../look/look';
import { ticks, xOf, type Domain } from '../state/timeScale';

export const HIST_H = 46;
/** Imprecisely dated events in the bars: spread over their span, drawn this much lighter. */
const IMPRECISE_OPACITY = 0.35;
const TONE_ORDER: readonly Tone[] = ['cooperative', 'mediation', 'hostile'];
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
        // Each tone's day-precise events at full strength, its imprecise ones above them, lighter.
        let top = HIST_H;
        const bar = (tone: Tone) => {
          const sure = scale(b[tone] - b.imprecise[tone]);
          const vague = scale(b.imprecise[tone]);
          top -= sure + vague;
          return [
            <rect key={tone} x={bx} width={bw} y={top + vague} height={sure} fill={colours.tone[tone]} />,
            vague > 0 && (
              <rect
                key={`${tone}-imprecise`}
                className="imprecise"
                x={bx}
                width={bw}
                y={top}
                height={vague}
                fill={colours.tone[tone]}
                opacity={IMPRECISE_OPACITY}
              />
            ),
          ];
        };
        return <g key={b.start}>{TONE_ORDER.map(bar)}</g>;
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
