/**
 * A strict RFC 4180 reader, for tests: records end with CRLF; a field is
 * either bare (no comma, quote, CR or LF) or in double quotes with quotes
 * doubled; anything else (a bare LF or CR, a stray quote, text after a
 * closing quote) throws with its offset. No leniency, so a test that parses
 * our output with it proves the output is well-formed.
 */
export function parseCsvStrict(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`not RFC 4180 at offset ${i}: ${why} (${JSON.stringify(text.slice(Math.max(0, i - 20), i + 20))})`);
  };
  if (text.length === 0) return rows;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) fail('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++];
      }
    } else {
      while (i < text.length && !/[,\r\n"]/.test(text[i])) field += text[i++];
      if (text[i] === '"') fail('quote inside a bare field');
    }
    row.push(field);
    if (i >= text.length) {
      rows.push(row);
      return rows;
    }
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text[i] === '\r' && text[i + 1] === '\n') {
      i += 2;
      rows.push(row);
      row = [];
      if (i >= text.length) return rows;
      continue;
    }
    fail(text[i] === '\n' ? 'bare LF ends a record' : text[i] === '\r' ? 'bare CR' : 'text after a closing quote');
  }
}
