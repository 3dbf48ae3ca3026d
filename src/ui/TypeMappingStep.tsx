// The mapping step of an import from a format without Faultline's types: one select per type name the file
// uses, offering the built-in types or keeping the name as its own type (cooperative or hostile, lasting or
// event). The proposal is `defaultTypeMapping`'s; each change reads the file again with the new mapping.
import type { ForeignType, TypeChoice, TypeMapping } from '../io/import';
import { RELATION_TYPES, RELATION_TYPE_INFO, type Polarity } from '../model';

type Duration = 'lasting' | 'event';
const OWN: readonly (readonly [Polarity, Duration])[] = [
  ['cooperative', 'lasting'],
  ['cooperative', 'event'],
  ['hostile', 'lasting'],
  ['hostile', 'event'],
];

function valueOf(choice: TypeChoice | undefined): string {
  if (!choice) return '';
  if (choice.kind === 'builtin') return `builtin:${choice.type}`;
  return `own:${choice.declaration.polarity}:${choice.declaration.duration}`;
}

/** The choice a select's value stands for; an own type keeps the id and label the proposal gave it. */
function choiceOf(value: string, proposed: TypeChoice | undefined, f: ForeignType): TypeChoice | undefined {
  const [kind, a, b] = value.split(':');
  if (kind === 'builtin') {
    const type = RELATION_TYPES.find((t) => t === a);
    return type && { kind: 'builtin', type };
  }
  const polarity = a as Polarity;
  const duration = b as Duration;
  const base =
    proposed?.kind === 'declared'
      ? proposed.declaration
      : { id: f.name || 'link', label: f.label ?? f.name, directed: f.directed };
  return { kind: 'declared', declaration: { ...base, polarity, duration } };
}

export function TypeMappingStep({
  foreignTypes,
  mapping,
  proposal,
  onChange,
}: {
  foreignTypes: readonly ForeignType[];
  mapping: TypeMapping;
  proposal: TypeMapping;
  onChange: (mapping: TypeMapping) => void;
}) {
  return (
    <fieldset className="type-mapping">
      <legend>Relation types in the file</legend>
      {foreignTypes.map((f) => {
        const name = f.name === '' ? '(no type given)' : f.name;
        return (
          <label key={f.name}>
            <span>
              {name} <span className="muted">({f.count})</span>
            </span>
            <select
              aria-label={`Type for ${name}`}
              value={valueOf(mapping.get(f.name))}
              onChange={(e) => {
                const choice = choiceOf(e.target.value, proposal.get(f.name), f);
                if (choice) onChange(new Map(mapping).set(f.name, choice));
              }}
            >
              <optgroup label="Faultline's types">
                {RELATION_TYPES.map((t) => (
                  <option key={t} value={`builtin:${t}`}>
                    {RELATION_TYPE_INFO[t].label}
                  </option>
                ))}
              </optgroup>
              <optgroup label="Keep as its own type">
                {OWN.map(([p, d]) => (
                  <option key={`${p}:${d}`} value={`own:${p}:${d}`}>
                    {`Own type (${p}, ${d})`}
                  </option>
                ))}
              </optgroup>
            </select>
          </label>
        );
      })}
    </fieldset>
  );
}
