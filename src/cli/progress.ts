// The command line's progress bar: a phase and how far it is, drawn as one line a terminal overwrites
// (CommandIo.progress), at most a few times a second so that drawing never costs the work's time.

/** `label ▕████████░░░░░░░░▏ 42%`; without a fraction (the engine cannot say yet) the bar is left out. */
export function progressLine(label: string, fraction: number | null, width = 24): string {
  if (fraction === null) return `${label} …`;
  const f = Math.min(1, Math.max(0, fraction));
  const full = Math.round(f * width);
  return `${label} ▕${'█'.repeat(full)}${'░'.repeat(width - full)}▏ ${Math.floor(f * 100)}%`;
}

/** Draws progress lines through `draw`, no more often than every `everyMs`, a new phase always at once. */
export class ProgressBar {
  private last = 0;
  private phase = '';

  constructor(
    private readonly draw: ((line: string) => void) | undefined,
    private readonly everyMs = 200,
    private readonly now: () => number = Date.now,
  ) {}

  update(label: string, fraction: number | null): void {
    if (!this.draw) return;
    const t = this.now();
    if (label === this.phase && t - this.last < this.everyMs) return;
    this.phase = label;
    this.last = t;
    this.draw(progressLine(label, fraction));
  }

  /** Clears the line, before the command writes its summary. */
  done(): void {
    this.draw?.('');
  }
}
