// Labels that stay readable as the view zooms: detailed drawing grows labels as the view zooms out, fast drawing
// draws them only once zoomed in. Either way the stylesheet changes only when the zoom crosses a step.
import type { Core } from 'cytoscape';
import type { Theme } from '../look/theme';
import { FAST_LABEL_ZOOM, labelSizeFor, type Drawing, type StyleOptions } from '../look/stylesheet';
import { setStyleOptions, stylesheetOf } from './style';

export function followZoom(cy: Core, drawing: Drawing, theme: () => Theme): void {
  const styleAt = (zoom: number): StyleOptions =>
    drawing === 'fast'
      ? { drawing, labels: zoom >= FAST_LABEL_ZOOM }
      : { drawing, labelSize: labelSizeFor(zoom) };
  let styled = styleAt(cy.zoom());
  setStyleOptions(cy, styled);
  cy.style(stylesheetOf(cy, theme()));
  cy.on('zoom', () => {
    const next = styleAt(cy.zoom());
    if (next.labels === styled.labels && next.labelSize === styled.labelSize) return;
    styled = next;
    setStyleOptions(cy, styled);
    cy.style(stylesheetOf(cy, theme()));
  });
}
