// How the one Cytoscape instance is styled: the options it was last given (label size, drawing) kept on the
// instance, so a temporary restyle for another theme (a figure on a dark background) keeps the rest.
import type { Core, StylesheetJson } from 'cytoscape';
import { buildStylesheet, type StyleOptions } from '../look/stylesheet';
import type { Theme } from '../look/theme';

const SCRATCH = 'faultline-style';

/** Records how this instance is styled, so a temporary restyle (another theme for an export) keeps the rest. */
export function setStyleOptions(cy: Core, options: StyleOptions): void {
  cy.scratch(SCRATCH, options);
}

/** The stylesheet of this instance for a theme, with the options it was last given. */
export function stylesheetOf(cy: Core, theme: Theme): StylesheetJson {
  return buildStylesheet(theme, (cy.scratch(SCRATCH) as StyleOptions | undefined) ?? {});
}
