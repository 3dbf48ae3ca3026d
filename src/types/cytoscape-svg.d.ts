// Typed declaration for cytoscape-svg (the package ships no types): a Cytoscape extension registered with
// `cytoscape.use(svg)`, after which `cy.svg(options)` draws the graph as SVG markup (text as <text>); see view/graphSvg.ts.
declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';

  const svg: Ext;
  export default svg;
}
