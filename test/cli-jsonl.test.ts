/**
 * JSON Lines corpora on the command line (the built binary): records in,
 * their fields carried to every output format, a bad line reported by file
 * and line without stopping the others, and standard input as a streaming
 * filter (one result per line as it comes, a closed output pipe ends quietly).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '..', 'bin', 'vnextract.js');
const env = { ...process.env, NO_COLOR: '1' };
const run = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', env, timeout: 60_000 });
  return { status: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
};
const jsonLines = (s: string) => s.split('\n').filter(Boolean).map((l) => JSON.parse(l));

let dir: string;
const at = (...p: string[]) => join(dir, ...p);
const record = (o: Record<string, unknown>) => JSON.stringify(o);

/** Yearless `12/8` in the text: its year comes from the dateline, else the record's date, else --reference. */
const BODY = 'Khai mạc Đại hội Đảng bộ xã Tân Lập lần thứ I\nSáng 12/8, Đại hội Đảng bộ xã Tân Lập lần thứ I khai mạc với 150 đại biểu.';

beforeAll(() => {
  if (!existsSync(join(import.meta.dirname, '..', 'dist', 'src', 'cli', 'main.js'))) {
    throw new Error('dist/ is missing: run `npm run build` before the CLI tests');
  }
  dir = mkdtempSync(join(tmpdir(), 'vnextract-jsonl-'));
  const lines = [
    record({ id: 'tin-1', url: 'https://bao.vn/tin-1.htm', date: '2025-08-13T07:00:00+07:00', title: 'Tiêu đề một', text: BODY }),
    '',
    record({ id: 'tin-2', text: '' }),
    '{"id": "tin-3", "text": "Đại hội',
    record({ id: 'tin-4', html: '<html><head><title>Trang bốn</title><link rel="canonical" href="https://bao.vn/4.htm"></head><body><p>Đại hội Đảng bộ phường lần thứ II có 99 đại biểu.</p></body></html>' }),
    '   ',
    record({ id: 5, text: BODY, url: 'bai-5.htm' }),
    record({ text: ['x'] }),
    record({ url: 'https://bao.vn/6.htm' }),
    record({ id: 'tin-7', text: `${BODY} ${'Đại hội. '.repeat(300)}` }),
    record({ id: 'tin-8', text: BODY, date: '2021-08-20' }),
  ];
  writeFileSync(at('corpus.jsonl'), `${lines.join('\r\n')}\r\n`);
  mkdirSync(at('mixed'));
  writeFileSync(at('mixed', 'a.txt'), `${BODY}\n`);
  writeFileSync(at('mixed', 'b.JSONL'), `${record({ id: 'b1', text: BODY })}\n`);
  writeFileSync(at('nul.jsonl'), Buffer.from([0x7b, 0, 0, 0x7d, 0x0a]));
});

describe('a JSON Lines corpus', () => {
  it('gives one article per record, in order, named FILE:LINE, with the fields as source.id, source.url and title', () => {
    const r = run([at('corpus.jsonl'), '-f', 'jsonl', '--max-bytes', '2k']);
    const articles = jsonLines(r.stdout);
    expect(articles.map((a) => a.source.path)).toEqual([1, 5, 7, 11].map((n) => `${at('corpus.jsonl')}:${n}`));
    expect(articles.map((a) => a.source.id)).toEqual(['tin-1', 'tin-4', '5', 'tin-8']);
    expect(articles.map((a) => a.source.url)).toEqual(['https://bao.vn/tin-1.htm', 'https://bao.vn/4.htm', null, null]);
    expect(articles.map((a) => a.title)).toEqual(['Tiêu đề một', 'Trang bốn', 'Khai mạc Đại hội Đảng bộ xã Tân Lập lần thứ I', 'Khai mạc Đại hội Đảng bộ xã Tân Lập lần thứ I']);
    expect(articles[0].source).toMatchObject({ encoding: 'utf-8', bytes: Buffer.byteLength(BODY) });
    // Evidence is placed in the record's text.
    const count = articles[0].counts[0];
    expect(BODY.slice(count.evidence.start, count.evidence.end)).toBe('150 đại biểu');
  });

  it("takes the record's date as the reference date: over --reference, under the text's own dateline", () => {
    const r = run([at('corpus.jsonl'), '-f', 'jsonl', '--max-bytes', '2k', '--reference', '2019-08-01']);
    const byId = Object.fromEntries(jsonLines(r.stdout).map((a) => [a.source.id, a]));
    expect(byId['tin-1'].dates.map((d: { value: string }) => d.value)).toEqual(['2025-08-12']); // the record's date
    expect(byId['tin-8'].dates.map((d: { value: string }) => d.value)).toEqual(['2021-08-12']);
    expect(byId['5'].dates.map((d: { value: string }) => d.value)).toEqual(['2019-08-12']); // no date: --reference
    const dated = record({ id: 'd', date: '2025-08-13', text: `Thứ Hai, 10/8/2020 08:00\n${BODY}` });
    const own = jsonLines(run(['-', '--input-format', 'jsonl', '-f', 'jsonl'], dated).stdout)[0];
    expect(own.published.value).toBe('2020-08-10');
    expect(own.dates.map((d: { value: string }) => d.value)).toContain('2020-08-12');
  });

  it('reports each bad line by file and line with its reason, goes on, and exits 1; blank lines are skipped silently', () => {
    const r = run([at('corpus.jsonl'), '-f', 'jsonl', '--max-bytes', '2k']);
    expect(r.status).toBe(1);
    const f = at('corpus.jsonl');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.filter((l) => l.includes(': error '))).toEqual([
      `${f}:3: error the "text" field is empty [jsonl]`,
      expect.stringMatching(new RegExp(`^${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4: error invalid JSON: .* \\[jsonl\\]$`)),
      `${f}:8: error "text" must be a string, not an array [jsonl]`,
      `${f}:9: error no "text" or "html" field: nothing to extract [jsonl]`,
      `${f}:10: error line longer than --max-bytes 2K (2048 bytes): skipped [max-bytes]`,
    ]);
    expect(lines).toContain(`${f}:7: warning ignored "url": "bai-5.htm" is not an absolute http(s) URL [jsonl]`);
    expect(r.stderr).not.toMatch(/:2: |:6: /);
    expect(lines.at(-1)).toBe('vnextract: 4 article(s) extracted, 5 failure(s), 1 warning(s)');
  });

  it('carries id and url into both CSV sheets, to join the rows back to the records', () => {
    const facts = run([at('corpus.jsonl'), '-f', 'csv', '--max-bytes', '2k', '-q']).stdout.split('\r\n');
    expect(facts[0].startsWith('path,id,')).toBe(true);
    expect(facts.filter((l) => l.startsWith(`${at('corpus.jsonl')}:1,tin-1,`)).length).toBeGreaterThan(1);
    const sheet = run([at('corpus.jsonl'), '-f', 'csv', '--csv', 'articles', '--max-bytes', '2k', '-q']).stdout.split('\r\n');
    expect(sheet[0].startsWith('path,id,title,url,')).toBe(true);
    expect(sheet[1].startsWith(`${at('corpus.jsonl')}:1,tin-1,Tiêu đề một,https://bao.vn/tin-1.htm,`)).toBe(true);
    expect(sheet.filter(Boolean)).toHaveLength(5);
    const json = JSON.parse(run([at('corpus.jsonl'), '-f', 'json', '--max-bytes', '2k', '-q']).stdout);
    expect(json.map((a: { source: { id: string } }) => a.source.id)).toEqual(['tin-1', 'tin-4', '5', 'tin-8']);
  });

  it('reads *.jsonl by name in any case; --input-format jsonl makes folders yield .jsonl files only', () => {
    const auto = run([at('mixed'), at('mixed', 'b.JSONL'), '-f', 'jsonl', '-q']);
    expect(jsonLines(auto.stdout).map((a) => a.source.path)).toEqual([at('mixed', 'a.txt'), `${at('mixed', 'b.JSONL')}:1`]);
    const walked = run([at('mixed'), '--input-format', 'jsonl', '-f', 'jsonl', '-q']);
    expect(jsonLines(walked.stdout).map((a) => a.source.path)).toEqual([`${at('mixed', 'b.JSONL')}:1`]);
    expect(walked.status).toBe(0);
  });

  it('refuses a binary file named .jsonl once, as it does any binary input', () => {
    const r = run([at('nul.jsonl'), at('mixed', 'b.JSONL'), '-f', 'jsonl']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${at('nul.jsonl')}: error binary file (NUL byte at offset 1), not JSON Lines: skipped [binary]`);
    expect(jsonLines(r.stdout)).toHaveLength(1);
  });

  it('teaches the option in --help, with an example', () => {
    const r = run(['extract', '--help']);
    expect(r.stdout).toContain('--input-format <format>');
    expect(r.stdout).toContain('vnextract - --input-format jsonl -f jsonl');
  });
});

describe('standard input as a streaming filter', () => {
  it('writes the result of each line before the next line comes, and before standard input closes', async () => {
    const child = spawn(process.execPath, [bin, '-', '--input-format', 'jsonl', '-f', 'jsonl'], { env });
    const got: string[] = [];
    let buffered = '';
    let stdinOpen = true;
    const arrivals: boolean[] = [];
    let onLine: (() => void) | null = null;
    child.stdout.on('data', (d) => {
      buffered += d;
      let nl: number;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        got.push(buffered.slice(0, nl));
        buffered = buffered.slice(nl + 1);
        arrivals.push(stdinOpen);
        onLine?.();
      }
    });
    const nextLine = () => new Promise<void>((resolve) => (onLine = resolve));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    for (const id of ['s1', 's2', 's3']) {
      const arrived = nextLine();
      child.stdin.write(`${record({ id, text: BODY })}\n`);
      await arrived; // the answer comes while standard input is still open and the next line unwritten
    }
    stdinOpen = false;
    child.stdin.end();
    expect(await closed).toBe(0);
    expect(arrivals).toEqual([true, true, true]);
    expect(got.map((l) => JSON.parse(l).source)).toMatchObject([{ id: 's1', path: '-:1' }, { id: 's2', path: '-:2' }, { id: 's3', path: '-:3' }]);
  });

  it.skipIf(process.platform === 'win32')('ends quietly when its reader goes away (`| head -1`), while the writer would go on for ever', () => {
    const line = record({ id: 'y', text: BODY }).replace(/'/g, "'\\''");
    const r = spawnSync('bash', ['-c', `yes '${line}' | "${process.execPath}" "${bin}" - --input-format jsonl -f jsonl 2>"${at('err.txt')}" | head -1; echo "\${PIPESTATUS[1]}"`], {
      encoding: 'utf8',
      env,
      timeout: 30_000,
    });
    const [first, status] = r.stdout.trimEnd().split('\n');
    expect(JSON.parse(first).source.id).toBe('y');
    expect(status).toBe('0');
    expect(spawnSync('cat', [at('err.txt')], { encoding: 'utf8' }).stdout).toBe('');
  });
});
