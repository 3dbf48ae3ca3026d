// What the geographic layout knows about each place, read from the dataset, pure: its country (`country`, ISO
// 3166-1 alpha-2) and its own coordinates when the actor's attributes give `lat` and `lon` (numbers, or numbers
// written as text as a CSV import keeps them). A place holds the successive records of one party: the first record
// that says where it is speaks for all of them. Coordinates out of range are ignored, not guessed at.
import type { ActorRecord, Model } from '../../model';
import type { LayoutGraph } from '../layout';
import type { GeoPlace } from './project';

function degrees(value: unknown, limit: number): number | null {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
  return Number.isFinite(n) && Math.abs(n) <= limit ? n : null;
}

/** The actor's own coordinates, when its attributes give both in range. */
export function coordinatesOf(a: ActorRecord): { lon: number; lat: number } | null {
  const lat = degrees(a.actor.attributes?.lat, 90);
  const lon = degrees(a.actor.attributes?.lon, 180);
  return lat === null || lon === null ? null : { lon, lat };
}

export function geoPlacesOf(model: Model, graph: LayoutGraph): GeoPlace[] {
  const members = new Map<string, ActorRecord[]>();
  for (const [id, place] of graph.place) {
    const list = members.get(place) ?? [];
    list.push(model.actors.get(id)!);
    members.set(place, list);
  }
  return [...members]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, records]) => {
      // The place's own record first, then its successors in id order.
      const ordered = [...records].sort(
        (a, b) => Number(b.id === id) - Number(a.id === id) || a.id.localeCompare(b.id),
      );
      return {
        id,
        country: ordered.find((r) => r.actor.country)?.actor.country ?? null,
        at: ordered.map(coordinatesOf).find((c) => c !== null) ?? null,
        degree: graph.degree.get(id) ?? 0,
      };
    });
}
