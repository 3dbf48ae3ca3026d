// Checks the dataset's `opening` (where the explorer opens): its days exist, the window does not end before it
// starts, and the date lies inside the window, so the first view shows the date it names.
import { isoDay, parseIsoDay } from '../time/days';
import { report, type CheckContext } from './check-context';

function dayOrReport(ctx: CheckContext, text: string, path: string): number | null {
  const day = parseIsoDay(text);
  if (day === null) report(ctx, path, undefined, `"${text}" is not a day of the calendar`);
  return day;
}

export function checkOpening(ctx: CheckContext): void {
  const opening = ctx.dataset.opening;
  if (!opening) return;
  const date = dayOrReport(ctx, opening.date, 'opening.date');
  if (!opening.window) return;
  const from = dayOrReport(ctx, opening.window.from, 'opening.window.from');
  const to = dayOrReport(ctx, opening.window.to, 'opening.window.to');
  if (from === null || to === null) return;
  if (to < from) {
    report(
      ctx,
      'opening.window',
      undefined,
      `ends on ${opening.window.to}, before it starts on ${opening.window.from}: give "from" the earlier day`,
    );
    return;
  }
  if (date !== null && (date < from || date > to)) {
    report(
      ctx,
      'opening.date',
      undefined,
      `${isoDay(date)} is outside the opening window (${opening.window.from} to ${opening.window.to}): the first view would not show its own date`,
    );
  }
}
