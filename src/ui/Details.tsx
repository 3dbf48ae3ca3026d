// The details panel: what is selected (an actor or a relation), or a hint when nothing is.
import type { Model } from '../model';
import type { ViewStore } from '../state/store';
import { pairOfSelection, type Selection, type Theme } from '../state/viewState';
import type { LiveView } from '../view/liveView';
import { ActorDetails } from './ActorDetails';
import { PairDetails } from './PairDetails';
import { RelationDetails } from './RelationDetails';
import { edgesByRelation } from '../model';

export function Details(props: {
  model: Model;
  selection: Selection;
  live: LiveView;
  date: number;
  theme: Theme;
  store: ViewStore;
}) {
  const { model, selection, live, date, theme, store } = props;
  if (selection?.kind === 'actor' && model.actors.has(selection.id)) {
    return (
      <ActorDetails model={model} id={selection.id} live={live} date={date} theme={theme} store={store} />
    );
  }
  if (selection?.kind === 'pair') {
    const [a, b] = pairOfSelection(selection.id);
    if (model.actors.has(a) && model.actors.has(b))
      return (
        <PairDetails model={model} pair={selection.id} live={live} date={date} theme={theme} store={store} />
      );
  }
  // The index of a dataset's relations is built on the first relation chosen (cached per model), not with the
  // panel: a large dataset's first view does not wait for it.
  const edges = selection?.kind === 'relation' ? edgesByRelation(model).get(selection.id) : undefined;
  if (edges) {
    return (
      <RelationDetails
        model={model}
        edges={edges}
        live={edges.some((e) => live.edges.has(e.key))}
        theme={theme}
        store={store}
      />
    );
  }
  return (
    <article className="details details-empty">
      <p className="muted">
        Click an actor or a relation in the graph, or a row of the table, to see its details and sources.
      </p>
    </article>
  );
}
