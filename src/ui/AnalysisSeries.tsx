// Two thin lines under the time bar while the analysis panel is open: the share of balanced triangles over time,
// and how many hostile and cooperative relations a snapshot holds. Computed off the frame's path (useDeferred)
// over the whole period, once per dataset, filters and memory; drawn on the time bar's own scale.
import { useCallback, useMemo } from 'react';
import { DAY_MS, balanceSeries, toneSeries, type EdgeRecord, type Model } from '../model';
import type { Theme } from '../state/viewState';
import { THEME_COLOURS } from '../look/look';
import { xOf, type Domain } from '../state/timeScale';
import { useDeferred } from './useDeferred';

/** At most this many points over the period: about one per pixel of a wide time bar. */
const POINTS = 600;
const H = 16;

export interface SeriesData {
  readonly at: readonly number[];
  readonly balance: readonly (number | null)[];
  readonly hostile: readonly number[];
  readonly cooperative: readonly number[];
}

export function computeSeries(
  model: Model,
  period: { first: number; last: number },
  memoryDays: number,
  keep: (e: EdgeRecord) => boolean,
): SeriesData {
  const step = Math.max(DAY_MS, Math.ceil((period.last - period.first) / POINTS / DAY_MS) * DAY_MS);
  const memory = memoryDays * DAY_MS;
  const balance = balanceSeries(model, period.first, period.last, step, { memory, keep });
  const tones = toneSeries(model, period.first, period.last, step, { memory, keep });
  return {
    at: tones.map((p) => p.at),
    balance: balance.map((p) => p.balanceRatio),
    hostile: tones.map((p) => p.hostile),
    cooperative: tones.map((p) => p.cooperative + p.mediation),
  };
}

function path(
  at: readonly number[],
  values: readonly (number | null)[],
  x: (t: number) => number,
  y: (v: number) => number,
) {
  let d = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${x(at[i]!).toFixed(1)},${y(v).toFixed(1)}`;
    pen = true;
  });
  return d;
}

export function AnalysisSeries(props: {
  model: Model;
  period: { first: number; last: number };
  memory: number;
  keep: (e: EdgeRecord) => boolean;
  domain: Domain;
  width: number;
  theme: Theme;
}) {
  const { model, period, memory, keep, domain, width, theme } = props;
  const compute = useCallback(
    () => computeSeries(model, period, memory, keep),
    [model, period, memory, keep],
  );
  const { value } = useDeferred(compute);
  // Only the date marker moves with a time step: the lines are redrawn when the series, the axis or the theme change.
  return useMemo(() => {
    if (!value || width <= 0) return <div className="analysis-series" style={{ height: 2 * H + 4 }} />;
    const colours = THEME_COLOURS[theme];
    const x = (t: number) => xOf(t, domain, width);
    const peak = Math.max(1, ...value.hostile, ...value.cooperative);
    const count = (n: number) => H - 1 - (n / peak) * (H - 2);
    const share = (r: number) => H - 1 - r * (H - 2);
    return (
      <div className="analysis-series" data-testid="analysis-series">
        <svg width={width} height={H} role="img" aria-label="Share of balanced triangles over time">
          <path
            d={path(value.at, value.balance, x, share)}
            fill="none"
            stroke={colours.text}
            strokeWidth={1}
          />
          <text x={2} y={9} className="axis-text">
            balanced triangles (0–100%)
          </text>
        </svg>
        <svg
          width={width}
          height={H}
          role="img"
          aria-label="Hostile and cooperative relations in view over time"
        >
          <path
            d={path(value.at, value.hostile, x, count)}
            fill="none"
            stroke={colours.tone.hostile}
            strokeWidth={1}
          />
          <path
            d={path(value.at, value.cooperative, x, count)}
            fill="none"
            stroke={colours.tone.cooperative}
            strokeWidth={1}
            strokeDasharray="3 2"
          />
          <text x={2} y={9} className="axis-text">
            hostile (solid) · cooperative (dashed), up to {peak}
          </text>
        </svg>
      </div>
    );
  }, [value, domain, width, theme]);
}
