// The import dialog's options for event data (ACLED, UCDP GED, GDELT, ICEWS, POLECAT): how events fold into
// relations and how many evidence items each relation keeps. Each change reads the file again in the worker.
import { useState } from 'react';
import type { EventImportOptions } from '../io/import';
import {
  DEFAULT_MAX_EVIDENCE,
  FOLD_CHOICES,
  foldOf,
  runDaysOf,
  wholeNumber,
  withFold,
  type FoldChoice,
} from './eventOptions';

/**
 * A whole number, read again on Enter or when the field is left, not on every key: each reading replaces the
 * dialog's report for a moment, which would take the field away in the middle of typing "12".
 */
function NumberField({
  label,
  value,
  min,
  max,
  onCommit,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  onCommit: (n: number) => void;
}) {
  const [text, setText] = useState(String(value));
  const commit = () => {
    const n = wholeNumber(text, min, max);
    if (n === undefined) setText(String(value));
    else if (n !== value) onCommit(n);
  };
  return (
    <label>
      <span>{label}</span>
      <input
        type="number"
        min={min}
        max={max}
        aria-label={label}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          }
        }}
      />
    </label>
  );
}

export function EventOptionsStep({
  options,
  onChange,
}: {
  options: EventImportOptions;
  onChange: (options: EventImportOptions) => void;
}) {
  const fold = foldOf(options);
  return (
    <fieldset className="type-mapping event-options">
      <legend>Events into relations</legend>
      <label>
        <span>Fold events</span>
        <select
          aria-label="Fold events"
          value={fold}
          onChange={(e) => onChange(withFold(options, e.target.value as FoldChoice, runDaysOf(options)))}
        >
          {FOLD_CHOICES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {fold === 'runs' && (
        <NumberField
          label="Days at most between events of a run"
          value={runDaysOf(options)}
          min={0}
          max={36_500}
          onCommit={(days) => onChange(withFold(options, 'runs', days))}
        />
      )}
      <NumberField
        label="Evidence items kept per relation"
        value={options.maxEvidence ?? DEFAULT_MAX_EVIDENCE}
        min={1}
        max={1000}
        onCommit={(n) => onChange({ ...options, maxEvidence: n })}
      />
    </fieldset>
  );
}
