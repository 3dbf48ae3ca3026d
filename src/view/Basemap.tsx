// The map under the graph in the map layout: the countries' outlines as one SVG layer behind Cytoscape's canvas,
// in layout coordinates, moved with the graph's zoom and pan (ViewportFeed) by setting one transform, never by
// re-rendering. Drawn in the theme's quiet map colours; borders stay a hairline at any zoom.
import { memo, useEffect, useMemo, useRef } from 'react';
import { THEME_COLOURS } from '../look/look';
import type { Theme } from '../look/theme';
import { ASIDE_TITLE, ASIDE_TITLE_SIZE, type GeoMap } from './geo/map';
import { viewportTransform, type ViewportFeed } from './viewport';

export const Basemap = memo(function Basemap(props: {
  readonly map: GeoMap;
  readonly theme: Theme;
  readonly viewport: ViewportFeed;
}) {
  const { map, theme, viewport } = props;
  const layer = useRef<SVGGElement>(null);
  useEffect(
    () => viewport.subscribe((v) => layer.current?.setAttribute('transform', viewportTransform(v))),
    [viewport],
  );
  const countries = useMemo(
    () => map.countries.map((c) => <path key={c.id} d={c.d} data-country={c.alpha2 ?? undefined} />),
    [map],
  );
  const c = THEME_COLOURS[theme].map;
  const aside = map.aside;
  return (
    <svg className="basemap" data-testid="basemap" aria-hidden="true">
      <g ref={layer}>
        <path d={map.sphere} fill={c.sea} stroke="none" />
        <g fill={c.land} stroke={c.border} strokeWidth={0.75} vectorEffect="non-scaling-stroke">
          {countries}
        </g>
        {aside && (
          <g className="basemap-aside">
            <rect
              x={aside.x1}
              y={aside.y1}
              width={aside.x2 - aside.x1}
              height={aside.y2 - aside.y1}
              rx={12}
              fill={c.asideFill}
              stroke={c.border}
              strokeWidth={1}
              vectorEffect="non-scaling-stroke"
            />
            <text
              x={aside.x1}
              y={aside.y1 - ASIDE_TITLE_SIZE / 2}
              fontSize={ASIDE_TITLE_SIZE}
              fill={c.asideText}
            >
              {ASIDE_TITLE}
            </text>
          </g>
        )}
      </g>
    </svg>
  );
});
