// The themes the graph, the panels and the figures are drawn in.
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
