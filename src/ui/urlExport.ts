// An export named in the address bar, so a link or a script (the command line) can ask for a file without
// clicking: `?date=2026-02-27&export=png&scale=2`, `&export=svg&bg=dark&caption=…&omit=sources,filters`,
// `&export=gif&range=2025-10-01/2026-04-13&step=week&fps=4&width=960`. Read once when the app starts, before
// the URL binding rewrites the address; the request is validated when it runs, like one from the dialog.
import {
  ANIMATION_FORMATS,
  FIGURE_PARTS,
  IMAGE_FORMATS,
  type AnimationRequestInput,
  type FigureParts,
  type ImageRequestInput,
} from '../io/export';

export type UrlExport =
  | { readonly kind: 'image'; readonly request: ImageRequestInput }
  | { readonly kind: 'animation'; readonly request: AnimationRequestInput };

const number = (raw: string | null) => (raw === null || raw.trim() === '' ? undefined : Number(raw));

function figureFields(q: URLSearchParams) {
  const omit = new Set((q.get('omit') ?? '').split(',').filter(Boolean));
  const parts = Object.fromEntries(FIGURE_PARTS.map((p) => [p, !omit.has(p)])) as Record<
    keyof FigureParts,
    boolean
  >;
  const bg = q.get('bg');
  const caption = q.get('caption');
  return {
    parts,
    ...(bg !== null ? { background: bg as ImageRequestInput['background'] } : {}),
    ...(caption !== null ? { caption } : {}),
  };
}

/** The export a query string asks for, or null when it asks for none. Values are checked when the export runs. */
export function exportFromQuery(search: string): UrlExport | null {
  const q = new URLSearchParams(search);
  const format = q.get('export');
  if (format === null) return null;
  if ((ANIMATION_FORMATS as readonly string[]).includes(format)) {
    const [from = '', to = ''] = (q.get('range') ?? '').split('/');
    const step = q.get('step');
    return {
      kind: 'animation',
      request: {
        format: format as AnimationRequestInput['format'],
        from,
        to,
        ...(step !== null ? { step: step as AnimationRequestInput['step'] } : {}),
        ...(q.has('fps') ? { fps: number(q.get('fps')) } : {}),
        ...(q.has('width') ? { width: number(q.get('width')) } : {}),
        ...figureFields(q),
      },
    };
  }
  return {
    kind: 'image',
    request: {
      // An unknown format goes through as it is so that the check names it.
      format: (IMAGE_FORMATS as readonly string[]).includes(format)
        ? (format as ImageRequestInput['format'])
        : (format as 'png'),
      ...(q.has('scale') ? { scale: number(q.get('scale')) } : {}),
      ...(q.has('width') ? { width: number(q.get('width')) } : {}),
      ...figureFields(q),
    },
  };
}

/** The query the app was opened with, kept before the URL binding rewrites the address bar. */
export const LAUNCH_QUERY = typeof window === 'undefined' ? '' : window.location.search;
