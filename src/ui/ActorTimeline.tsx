// An actor's relations over the whole period as a small timeline: one thin bar per lasting relation (open ends
// run to the edge) and a row of ticks for its events, coloured by tone, with the current date marked. Clicking a
// mark selects that relation; the list above it is the keyboard way to the same relations.
import type { EdgeRecord, Extent } from '../model';
import type { Theme } from '../state/viewState';
import { THEME_COLOURS } from '../look/look';

const WIDTH = 280;
const ROW = 6;

export function ActorTimeline(props: {
  edges: readonly EdgeRecord[];
  extent: Extent;
  date: number;
  theme: Theme;
  label: (e: EdgeRecord) => string;
  onPick: (relationId: string) => void;
}) {
  const { edges, extent, date, theme, label, onPick } = props;
  const colours = THEME_COLOURS[theme];
  const x = (t: number) =>
    ((Math.min(Math.max(t, extent.start), extent.end) - extent.start) / (extent.end - extent.start || 1)) *
    WIDTH;
  const lasting = edges
    .filter((e) => e.info.duration === 'lasting')
    .sort((a, b) => a.span.start - b.span.start);
  const events = edges.filter((e) => e.info.duration === 'event');
  const height = lasting.length * (ROW + 2) + 16;
  const year = (t: number) => new Date(t).getUTCFullYear();
  return (
    <figure className="actor-timeline">
      <svg width={WIDTH} height={height + 12} role="img" aria-label={`${edges.length} relations over time`}>
        {lasting.map((e, i) => (
          <rect
            key={e.key}
            x={x(e.span.start)}
            y={i * (ROW + 2)}
            width={Math.max(2, x(e.span.end) - x(e.span.start))}
            height={ROW}
            fill={colours.tone[e.info.tone]}
            opacity={e.status === 'alleged' ? 0.5 : 0.9}
            onClick={() => onPick(e.relationId)}
          >
            <title>{label(e)}</title>
          </rect>
        ))}
        {events.map((e) => (
          <rect
            key={e.key}
            x={x(e.span.start) - 1}
            y={height - 14}
            width={Math.max(2, x(e.span.end) - x(e.span.start))}
            height={12}
            fill={colours.tone[e.info.tone]}
            onClick={() => onPick(e.relationId)}
          >
            <title>{label(e)}</title>
          </rect>
        ))}
        <line x1={x(date)} x2={x(date)} y1={0} y2={height} stroke={colours.text} strokeWidth={1.5} />
        <text x={0} y={height + 11} className="axis-text">
          {year(extent.start)}
        </text>
        <text x={WIDTH} y={height + 11} textAnchor="end" className="axis-text">
          {year(extent.end)}
        </text>
      </svg>
    </figure>
  );
}
