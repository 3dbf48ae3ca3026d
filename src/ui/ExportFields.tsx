// The labelled controls the export dialog is made of: a choice among a fixed list (a <select>) and a number.
// One place for their markup so every field of the dialog reads and behaves alike.

export function Choice<T extends string | number>(props: {
  label: string;
  value: T;
  options: readonly T[];
  labels: Readonly<Record<T, string>> | ((option: T) => string);
  onChange: (value: T) => void;
  disabled?: boolean;
}) {
  const { label, value, options, labels, onChange, disabled } = props;
  const text = (o: T) => (typeof labels === 'function' ? labels(o) : labels[o]);
  return (
    <label>
      {label}{' '}
      <select
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(options.find((o) => String(o) === e.target.value) ?? value)}
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {text(o)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function NumberField(props: {
  label: string;
  value: number | string;
  min: number;
  max: number;
  step: number;
  onChange: (raw: string) => void;
  disabled?: boolean;
  placeholder?: string;
}) {
  const { label, onChange, ...input } = props;
  return (
    <label>
      {label} <input type="number" {...input} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}
