// Names in places where XML Schema wants an NMTOKEN (GraphML's `attr.name`, its node and edge ids): letters,
// digits, `.`, `-`, `_` and `:` only. Anything else is written as `_xHHHH_` (its UTF-16 code unit in hex, the
// convention .NET and SQL Server use), and a `_` that would read as the start of such an escape is escaped
// itself, so `decodeNmtoken(encodeNmtoken(s)) === s` for every string; an empty name is `_x_`.
const ALLOWED = /[A-Za-z0-9.\-:]/;
const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

export function encodeNmtoken(name: string): string {
  if (name === '') return '_x_';
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const ch = name[i]!;
    // A `_` is escaped where it would read as the start of an escape, or of the empty name's `_x_`.
    const startsEscape = /^x[0-9A-Fa-f]{4}_/.test(name.slice(i + 1)) || (i === 0 && name === '_x_');
    if (ALLOWED.test(ch) || (ch === '_' && !startsEscape)) out += ch;
    else out += `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
  }
  return out;
}

export function decodeNmtoken(token: string): string {
  if (token === '_x_') return '';
  return token.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Is `s` an NMTOKEN of XML 1.0 restricted to ASCII, as encodeNmtoken writes them? */
export function isNmtoken(s: string): boolean {
  return /^[A-Za-z0-9._:-]+$/.test(s);
}
