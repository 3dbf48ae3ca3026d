// The legend, always on screen: actor kinds and relation types with the exact marks the graph uses (built by
// look/legend.ts from the same table as the stylesheet), plus the marks that are not a type.
import { memo, useMemo } from 'react';
import type { RelationTypeInfo } from '../model';
import { formatDateLong } from '../model';
import type { EdgeMode, Theme } from '../state/viewState';
import { PAIR_LINE_NOTE, buildLegend, changesNote, type LegendModel } from '../look/legend';
import type { ViewChanges } from '../view/liveView';
import type { Drawing } from '../look/stylesheet';
import { EdgeGlyph, NodeGlyph } from './glyphs';

export const Legend = memo(function Legend({
  types,
  theme,
  drawing,
  edgeMode,
  changes,
  date,
}: {
  types: ReadonlyMap<string, RelationTypeInfo>;
  theme: Theme;
  drawing: Drawing;
  edgeMode: EdgeMode;
  changes: ViewChanges | null;
  date: number;
}) {
  const legend = useMemo(() => buildLegend(types.values(), theme), [types, theme]);
  return (
    <section className="legend" aria-label="Legend">
      <h2>Legend</h2>
      <ul className="legend-kinds">
        {legend.kinds.map((k) => (
          <li key={k.kind}>
            <NodeGlyph shape={k.shape} fill={k.fill} border={k.border} />
            {k.label}
          </li>
        ))}
        <li title="An actor that mediates in the view">
          <NodeGlyph
            shape="ellipse"
            fill="transparent"
            border={legend.mediatorColour}
            ring={legend.mediatorColour}
          />
          Mediator
        </li>
      </ul>
      <div className="legend-tones">
        {legend.groups.map((g) => (
          <div key={g.tone} className="legend-group">
            <h3>{g.title}</h3>
            <ul>
              {g.relations.map((r) => (
                <li key={r.id} title={r.description}>
                  <EdgeGlyph look={r.look} length={24} />
                  {r.label}
                </li>
              ))}
            </ul>
            {g.tone === 'mediation' && <Marks legend={legend} />}
          </div>
        ))}
      </div>
      <p className="legend-note">lasting: solid · event: dotted · head: directed</p>
      {edgeMode === 'pairs' && (
        <p className="legend-note" data-testid="pair-note">
          {PAIR_LINE_NOTE}
        </p>
      )}
      {changes && changes.from.mode === 'snapshot' && (
        <p className="legend-note legend-changes" data-testid="changes-note">
          {changesNote(formatDateLong(changes.from.at), formatDateLong(date))}
        </p>
      )}
      {drawing === 'fast' && (
        <p className="legend-note" data-testid="fast-drawing">
          Large dataset, drawn fast: straight lines without heads or end marks (select one for its details),
          names shown once zoomed in.
        </p>
      )}
    </section>
  );
});

/** `#D55E00` at an opacity, as CSS. */
function rgba(hex: string, opacity: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${opacity})`;
}

/** The marks that are not a relation type: alleged relations, the fading of older events, imprecise dates. */
function Marks({ legend }: { legend: LegendModel }) {
  return (
    <ul className="legend-marks">
      <li>
        <EdgeGlyph look={legend.alleged} length={24} />
        <em>alleged</em>
      </li>
      <li title="Events fade as they age inside the event memory">
        <span className="legend-ages">
          {legend.ageOpacities.map((o) => (
            <span key={o} style={{ background: legend.ageColour, opacity: o }} />
          ))}
        </span>
        older events
      </li>
      <li title="Events dated to a month or coarser, or to a range wider than the event memory: when in that span they happened is not known">
        <span
          className="legend-imprecise"
          style={{ background: rgba(legend.imprecise.band, legend.imprecise.opacity) }}
        >
          <EdgeGlyph look={legend.imprecise.look} length={24} />
        </span>
        <em>imprecise</em>
      </li>
    </ul>
  );
}
