// The explorer's keyboard shortcuts outside any control: F fits the graph to the view, "/" goes to the search
// field, "?" shows the list of shortcuts. Keys typed into a field, or pressed with Ctrl, Alt or Meta, are left
// to the page.
import { useEffect } from 'react';

export interface ShortcutActions {
  readonly fit: () => void;
  readonly search?: () => void;
  readonly help?: () => void;
}

/** The shortcuts, as the help lists them. */
export const SHORTCUTS: readonly (readonly [string, string])[] = [
  ['F', 'Fit the graph to the view'],
  ['/', 'Search for an actor'],
  ['?', 'Show these shortcuts'],
  ['← → on the time bar', 'Step by the chosen unit (Shift: a month; Page Up / Down: a year)'],
  ['Home / End on the time bar', 'The first or the last day of the period'],
  ['Space on the time bar', 'Play or pause'],
  [
    '← → while reading a story',
    'The previous or the next step (before the time bar; Shift+← → still step the date there)',
  ],
];

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** `actions` should keep its identity between renders (memoise it): the listener is installed again when it changes. */
export function useShortcuts(actions: ShortcutActions): void {
  const { fit, search, help } = actions;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey || typingIn(e.target)) return;
      const act =
        e.key === 'f' || e.key === 'F' ? fit : e.key === '/' ? search : e.key === '?' ? help : undefined;
      if (!act) return;
      e.preventDefault();
      act();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [fit, search, help]);
}
