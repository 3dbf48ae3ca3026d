// Text of any length, shown whole up to a limit and cut beyond it with a button that shows the rest: a label or a
// description can be megabytes in an imported file, and laying out one such text holds the page for seconds.
import { useState } from 'react';

/** Characters shown before the rest waits for a click. */
export const SHOWN_CHARS = 2000;

export function LongText({ text, limit = SHOWN_CHARS }: { text: string; limit?: number }) {
  const [whole, setWhole] = useState(false);
  if (whole || text.length <= limit) return <>{text}</>;
  return (
    <>
      {text.slice(0, limit)}…{' '}
      <button type="button" className="link-button" onClick={() => setWhole(true)}>
        show all {text.length.toLocaleString('en')} characters
      </button>
    </>
  );
}
