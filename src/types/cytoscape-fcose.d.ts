// Typed declaration for cytoscape-fcose (the package ships no types): it is a Cytoscape extension registered
// with `cytoscape.use(fcose)`, after which `cy.layout({ name: 'fcose', ... })` accepts the options below.
declare module 'cytoscape-fcose' {
  import type { Ext, NodeSingular, EdgeSingular } from 'cytoscape';

  export interface FcoseLayoutOptions {
    name: 'fcose';
    quality?: 'draft' | 'default' | 'proof';
    randomize?: boolean;
    animate?: boolean;
    animationDuration?: number;
    fit?: boolean;
    padding?: number;
    nodeDimensionsIncludeLabels?: boolean;
    uniformNodeDimensions?: boolean;
    packComponents?: boolean;
    nodeSeparation?: number;
    nodeRepulsion?: number | ((node: NodeSingular) => number);
    idealEdgeLength?: number | ((edge: EdgeSingular) => number);
    edgeElasticity?: number | ((edge: EdgeSingular) => number);
    gravity?: number;
    gravityRange?: number;
    numIter?: number;
    tile?: boolean;
    tilingPaddingVertical?: number;
    tilingPaddingHorizontal?: number;
    fixedNodeConstraint?: { nodeId: string; position: { x: number; y: number } }[];
  }

  const fcose: Ext;
  export default fcose;
}
