// Turns zod's issues about the shape of a dataset into Problems a person can act on: a JSON path such as
// `relations[12].when`, the actor, relation or source the value belongs to, and a plain sentence that quotes
// the offending value. The schema's own messages ("must be one of …") are kept; `shapeErrorMap` words the
// issues the schema leaves to zod's defaults.
import type { z } from 'zod';
import type { Problem } from './problems';

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;
type RecordKind = 'actor' | 'relation' | 'source';

const RECORD_LISTS: Readonly<Record<string, RecordKind>> = {
  actors: 'actor',
  relations: 'relation',
  sources: 'source',
};

const NOUNS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

function nounOf(expected: string): string {
  return NOUNS[expected] ?? expected;
}

/** What a JSON value is, in words ("a number", "a list"). */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return nounOf(typeof value);
}

function plural(n: number | bigint, one: string, many: string): string {
  return `${n} ${n === 1 || n === 1n ? one : many}`;
}

/** Sentences for the issues the schema does not word itself; undefined keeps zod's own. */
export function shapeErrorMap(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `is missing (${nounOf(issue.expected)} is required)`
        : `must be ${nounOf(issue.expected)}, not ${kindOf(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'array') return `must list at least ${plural(issue.minimum, 'item', 'items')}`;
      if (issue.origin === 'string')
        return `must be at least ${plural(issue.minimum, 'character', 'characters')}`;
      return `must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `must list at most ${plural(issue.maximum, 'item', 'items')}`;
      if (issue.origin === 'string')
        return `must be at most ${plural(issue.maximum, 'character', 'characters')}`;
      return `must be at most ${issue.maximum}`;
    case 'invalid_union': {
      const expected = issue.errors.flatMap((branch) => {
        const first = branch[0];
        return first?.code === 'invalid_type' ? [nounOf(first.expected)] : [];
      });
      return expected.length > 0 ? `must be ${expected.join(' or ')}` : undefined;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'a field' : 'fields'} the format does not know: ${issue.keys
        .map((k) => JSON.stringify(k))
        .join(', ')}`;
    default:
      return undefined;
  }
}

/** `relations[12].evidence[0].quote`; keys that are not plain names are quoted: `attributes["first seen"]`. */
export function pathToString(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The actor, relation or source a path lies in, when that record's id can be read. */
export function recordAt(
  input: unknown,
  path: readonly PropertyKey[],
): { kind: RecordKind; id: string } | undefined {
  const [list, index] = path;
  const kind = typeof list === 'string' ? RECORD_LISTS[list] : undefined;
  if (!kind || typeof index !== 'number') return undefined;
  const id = valueAt(input, [list as string, index, 'id']);
  return typeof id === 'string' && id.trim() !== '' ? { kind, id } : undefined;
}

/** The value as the message quotes it: short texts and numbers; nothing for objects, lists and blanks. */
function quoted(value: unknown): string | undefined {
  if (typeof value === 'string') {
    if (value.trim() === '') return undefined;
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 59)}…` : value);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function sentenceOf(issue: Issue, value: unknown, record: RecordKind | undefined): string {
  let message = issue.message;
  const last = issue.path[issue.path.length - 1];
  if (issue.code === 'invalid_union' && last === 'target')
    message = 'must be an actor id or a list of actor ids';
  if (issue.code === 'unrecognized_keys' && (record === 'actor' || record === 'relation')) {
    message += '; keep values Faultline does not use under "attributes"';
  }
  const shown =
    issue.code === 'invalid_type' || issue.code === 'unrecognized_keys' ? undefined : quoted(value);
  return shown ? `${shown} ${message}` : message;
}

/** One Problem per zod issue, in the order zod found them. */
export function shapeProblems(input: unknown, issues: readonly Issue[], file: string | undefined): Problem[] {
  return issues.map((issue) => {
    const record = recordAt(input, issue.path);
    // A field the format does not know at the top level is placed by its own name; a top that is no object at
    // all concerns the whole file.
    const path = pathToString(
      issue.path.length === 0 && issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : issue.path,
    );
    return {
      ...(file !== undefined && { file }),
      ...(path ? { path } : { scope: 'file' as const }),
      ...(record && { record }),
      message: sentenceOf(issue, valueAt(input, issue.path), record?.kind),
      severity: 'error',
    };
  });
}
