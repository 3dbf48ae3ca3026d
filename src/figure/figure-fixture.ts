// Test helpers for the figure: the view fixture's model at a view state, the figure input the app would build
// for it (with a stand-in graph picture), and the text elements of a composed SVG.
import { buildModel } from '../model';
import { DEFAULT_VIEW, type ViewState } from '../state/viewState';
import { FIXTURE } from '../model/dataset/test-fixture';
import { buildLegend } from '../look/legend';
import { LiveViewDeriver } from '../view/liveView';
import { THEME_COLOURS } from '../look/look';
import { allElements, parseXml } from '../io/xml/tree';
import type { FigureInput } from './compose';
import { filterWords, presenceOf, sourceLine, sourcesShown, typesShown, viewWords } from './describe';
import { figureLegend } from './legend-svg';
import { ALL_PARTS } from '../io/export/figure-request';

export const fixtureModel = buildModel(FIXTURE);

export const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export function fixtureView(date: string, patch: Partial<ViewState> = {}) {
  const state = { ...DEFAULT_VIEW, ...patch, date: dayMs(date) };
  return { state, live: new LiveViewDeriver(fixtureModel).derive(state) };
}

export const STAND_IN_GRAPH =
  '<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="400" height="300"><defs/><g><text x="10" y="20">Alpha</text></g></svg>';

export function fixtureInput(date: string, patch: Partial<ViewState> = {}): FigureInput {
  const { state, live } = fixtureView(date, patch);
  const theme = state.theme;
  return {
    graphSvg: STAND_IN_GRAPH,
    background: 'white',
    colours: THEME_COLOURS[theme],
    title: fixtureModel.dataset.title,
    caption: '',
    ...viewWords(live.spec),
    filters: filterWords(state, fixtureModel),
    legend: figureLegend(buildLegend(typesShown(fixtureModel, live), theme), presenceOf(fixtureModel, live)),
    sources: sourcesShown(fixtureModel, live).map(sourceLine),
    parts: ALL_PARTS,
  };
}

/** The text of every <text> element of an SVG, in document order. */
export function svgTexts(svg: string): string[] {
  return allElements(parseXml(svg))
    .filter((e) => e.name === 'text')
    .map((e) => e.text);
}
