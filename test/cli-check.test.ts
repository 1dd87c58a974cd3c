/**
 * `vnextract check` as a CI pipeline runs it: a corpus of damaged files that
 * the test writes itself, the findings with their positions in every format,
 * the exit status (0 no error, 1 an error or too many warnings, 2 usage),
 * severities set per rule on the command line or in `.vnextractrc.json`,
 * duplicates across files, `--expect`, and `extract --strict`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toTcvn3 } from './support/legacy-encoders.js';

const bin = join(import.meta.dirname, '..', 'bin', 'vnextract.js');
const env = { ...process.env, NO_COLOR: '1' };

let dir: string;
const at = (...p: string[]) => join(dir, ...p);

function run(args: string[], cwd = dir) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env, cwd, timeout: 60_000 });
  return { status: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
}

/** A congress report of about 150 words, in the style of a provincial paper (our own sentences). */
function report(province: string, delegates: number): string {
  return [
    `Bế mạc Đại hội đại biểu Đảng bộ tỉnh ${province} lần thứ XVII`,
    'Thứ Ba, 20/10/2020 16:45',
    `Chiều 20/10, Đại hội đại biểu Đảng bộ tỉnh ${province} lần thứ XVII, nhiệm kỳ 2020 - 2025 đã bế mạc sau ba ngày làm việc khẩn trương.`,
    `Dự đại hội có ${delegates} đại biểu thay mặt cho hơn 50.000 đảng viên đang sinh hoạt tại các tổ chức cơ sở đảng trong toàn tỉnh.`,
    'Đại hội đã thảo luận và thông qua báo cáo chính trị, đánh giá kết quả thực hiện nghị quyết nhiệm kỳ trước, chỉ ra những hạn chế cần khắc phục và bài học kinh nghiệm.',
    'Đại hội xác định mục tiêu tổng quát là xây dựng Đảng bộ trong sạch vững mạnh, phát huy sức mạnh đại đoàn kết, đẩy mạnh công nghiệp hóa, hiện đại hóa, phát triển kinh tế nhanh và bền vững.',
    'Các đại biểu đã bầu Ban Chấp hành Đảng bộ tỉnh khóa mới gồm 53 đồng chí và bầu đoàn đại biểu đi dự Đại hội toàn quốc lần thứ XIII của Đảng.',
    'Phát biểu bế mạc, đồng chí Bí thư Tỉnh ủy kêu gọi cán bộ, đảng viên và nhân dân trong tỉnh nỗ lực phấn đấu, sớm đưa nghị quyết đại hội vào cuộc sống.',
  ].join('\n');
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vnextract-check-'));
  mkdirSync(at('corpus'));
  writeFileSync(at('corpus', 'a-good.txt'), report('Hòa Bình', 350));
  // The same article saved twice, and once with two words changed.
  writeFileSync(at('corpus', 'b-copy.txt'), report('Hòa Bình', 350));
  writeFileSync(at('corpus', 'c-edited.txt'), report('Hòa Bình', 350).replace('ba ngày', 'hai ngày').replace('khẩn trương', 'nghiêm túc'));
  writeFileSync(at('corpus', 'd-other.txt'), report('Lai Châu', 298).replace(/Đại hội/g, 'Hội nghị').split('\n').reverse().join('\n'));
  writeFileSync(at('corpus', 'e-empty.txt'), '   \n\n');
  writeFileSync(at('corpus', 'f-binary.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0, 1, 2]));
  // Delegates outnumbering the members they stand for, on line 4.
  writeFileSync(at('corpus', 'g-contradiction.txt'), report('Điện Biên', 250).replace('hơn 50.000 đảng viên', '200 đảng viên'));
  mkdirSync(at('legacy'));
  writeFileSync(at('legacy', 'tcvn3.txt'), toTcvn3(report('Sơn La', 320)));
});

describe('vnextract check: findings, summary and exit status', () => {
  it('reports each file\'s findings with line and column, a summary per rule, and exits 1 on an error', () => {
    const r = run(['check', 'corpus']);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toContain('corpus/b-copy.txt\n  1:1  warning  the same words as corpus/a-good.txt: keep one copy  scrape/duplicate');
    expect(r.stdout).toMatch(/corpus\/c-edited\.txt\n {2}1:1 {2}warning {2}\d+ % alike with corpus\/a-good\.txt .* scrape\/near-duplicate/);
    expect(r.stdout).not.toMatch(/d-other\.txt\n.*duplicate/);
    expect(r.stdout).toMatch(/corpus\/e-empty\.txt\n {2}1:1 {2}error {4}the article has no text: .* {2}scrape\/empty\n/);
    expect(r.stdout).toMatch(/corpus\/f-binary\.txt\n {2}1:1 {2}error {4}binary file \(a PDF document\), not an article: skipped {2}binary/);
    expect(r.stdout).toMatch(/corpus\/g-contradiction\.txt\n(?: {2}1:1 .*\n)? {2}4:\d+-4:\d+ +error {4}250 delegates stand for only 200 members: check both numbers .* consistency\/delegates-members\n/);
    expect(r.stdout).not.toMatch(/a-good\.txt\n/); // a whole, dated, consistent report: nothing to say
    // The contradiction is the good report with two numbers changed: a near-duplicate too.
    expect(r.stdout).toMatch(/g-contradiction\.txt\n {2}1:1 +warning {2}\d+ % alike with corpus\/a-good\.txt/);
    expect(r.stdout).toMatch(/✖ 3 errors, 3 warnings in 7 file\(s\)/);
    expect(r.stdout).toMatch(/\n {2}scrape\/duplicate +1 warning\n/);
    expect(r.stdout).toContain('exit status 1: 3 error(s)');
  });

  it('--quiet shows only errors, and still says why the exit status is 1', () => {
    const r = run(['check', 'corpus', '-q']);
    expect(r.status).toBe(1);
    expect(r.stdout).not.toContain('warning  ');
    expect(r.stdout).toContain('the article has no text');
    expect(r.stdout).toContain('exit status 1: 3 error(s)');
  });

  it('exits 0 when there are only warnings, and 1 when they are more than --max-warnings', () => {
    const clean = ['corpus/a-good.txt', 'corpus/b-copy.txt'];
    expect(run(['check', ...clean]).status).toBe(0);
    const r = run(['check', ...clean, '--max-warnings', '0']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('exit status 1: 1 warning(s), more than --max-warnings 0');
  });

  it('sets severities per rule and per family; an unknown rule or severity is a usage error', () => {
    const off = run(['check', 'corpus', '--rule', 'scrape/empty=off', '--rule', 'binary=warning', '--rule', 'consistency/*=warning']);
    expect(off.status, off.stdout).toBe(0);
    expect(off.stdout).not.toContain('the article has no text');
    expect(off.stdout).toMatch(/1:1 {2}warning {2}binary file/);
    const unknown = run(['check', 'corpus', '--rule', 'decode/nonsense=off']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('no rule "decode/nonsense"');
    expect(run(['check', 'corpus', '--rule', 'scrape/empty=fatal']).status).toBe(2);
  });

  it('reads .vnextractrc.json found upward from the working directory, and names the file and key of a bad one', () => {
    mkdirSync(at('project', 'deep', 'er'), { recursive: true });
    writeFileSync(at('project', '.vnextractrc.json'), JSON.stringify({ rules: { 'scrape/empty': 'warning', binary: 'off' }, expect: ['congresses'] }));
    const r = run(['check', join(dir, 'corpus', 'e-empty.txt'), join(dir, 'corpus', 'f-binary.txt'), join(dir, 'corpus', 'a-good.txt')], at('project', 'deep', 'er'));
    expect(r.status, r.stdout).toBe(1); // the empty article has no congress: an error by the file's --expect
    expect(r.stdout).toMatch(/e-empty\.txt\n {2}1:1 {2}warning {2}the article has no text: .* {2}scrape\/empty\n {2}1:1 {2}error {4}no congresses fact/);
    expect(r.stdout).not.toMatch(/a-good\.txt/);
    expect(r.stdout).not.toContain('f-binary.txt');
    writeFileSync(at('project', '.vnextractrc.json'), JSON.stringify({ rules: { 'scrape/empty': 'loud' } }));
    const bad = run(['check', join(dir, 'corpus', 'a-good.txt')], at('project', 'deep', 'er'));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/\.vnextractrc\.json at "rules\.scrape\/empty": /);
    expect(run(['check', join(dir, 'corpus', 'a-good.txt'), '--no-config'], at('project', 'deep', 'er')).status).toBe(0);
  });

  it('--expect makes a missing fact type an error, and refuses a type that does not exist', () => {
    const r = run(['check', 'corpus/a-good.txt', 'corpus/d-other.txt', '--expect', 'congresses,counts']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/d-other\.txt\n {2}1:1 {2}error {4}no congresses fact in this article.* expect\/congresses/);
    expect(r.stdout).not.toMatch(/a-good\.txt\n[^\n]*expect\//);
    const bad = run(['check', 'corpus/a-good.txt', '--expect', 'congress']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--expect: no fact type "congress"');
  });
});

describe('vnextract check: formats', () => {
  it('--format json is one JSON document with every finding and the summary', () => {
    const r = run(['check', 'corpus', '--format', 'json']);
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.findings).toContainEqual(expect.objectContaining({ path: 'corpus/e-empty.txt', ruleId: 'scrape/empty', severity: 'error', line: 1, column: 1 }));
    expect(doc.summary).toMatchObject({ files: 7, errors: 3, failure: '3 error(s)' });
    expect(doc.summary.byRule['scrape/duplicate']).toEqual({ error: 0, warning: 1, info: 0 });
  });

  it('--format github writes one workflow command per finding, escaped', () => {
    mkdirSync(at('odd'));
    writeFileSync(at('odd', 'h, odd: name.txt'), '');
    const r = run(['check', 'corpus', 'odd', '--format', 'github']);
    expect(r.stdout).toContain('::error file=corpus/e-empty.txt,line=1,col=1,title=vnextract scrape/empty::the article has no text: ');
    expect(r.stdout).toContain('::error file=odd/h%2C odd%3A name.txt,line=1,col=1,title=vnextract scrape/empty::');
    expect(r.stdout).toMatch(/^vnextract check: 4 errors, .* exit status 1: 4 error\(s\)$/m);
  });

  it('places a JSON Lines record\'s findings under FILE:LINE, and on the record\'s line of the file for GitHub', () => {
    mkdirSync(at('jl'));
    const lines = [
      { id: 'ok', text: report('Hòa Bình', 350) },
      { id: 'bad', text: report('Điện Biên', 250).replace('hơn 50.000 đảng viên', '200 đảng viên') },
      { id: 'no-text' },
      // No dateline in the text, but the record's own date: dated.
      { id: 'dated', date: '2020-10-20', text: report('Lào Cai', 300).split('\n').slice(2).join('\n') },
      { id: 'undated', text: report('Lào Cai', 300).split('\n').slice(2).join('\n') },
    ];
    writeFileSync(at('jl', 'corpus.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const text = run(['check', 'jl/corpus.jsonl']);
    expect(text.status).toBe(1);
    expect(text.stdout).toMatch(/jl\/corpus\.jsonl:2\n(?: {2}1:1 .*\n)? {2}4:\d+\S* +error {4}250 delegates stand for only 200 members/);
    expect(text.stdout).toMatch(/jl\/corpus\.jsonl:3\n {2}1:1 {2}error {4}.*jsonl/);
    expect(text.stdout).not.toMatch(/jl\/corpus\.jsonl:4\n[^\n]*no-dateline/);
    expect(text.stdout).toMatch(/jl\/corpus\.jsonl:5\n[^\n]*scrape\/no-dateline/);
    const github = run(['check', 'jl/corpus.jsonl', '--format', 'github']);
    expect(github.stdout).toContain('::error file=jl/corpus.jsonl,line=2,title=vnextract consistency/delegates-members::250 delegates');
  });

  it('--format sarif is SARIF 2.1.0 with the rules and a result per finding at its region', () => {
    const r = run(['check', 'corpus', '--format', 'sarif', '--no-config']);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    const run0 = sarif.runs[0];
    expect(run0.tool.driver.name).toBe('vnextract');
    const ids = run0.tool.driver.rules.map((x: { id: string }) => x.id);
    expect(ids).toEqual(expect.arrayContaining(['binary', 'scrape/empty', 'scrape/duplicate', 'consistency/delegates-members']));
    const contradiction = run0.results.find((x: { ruleId: string }) => x.ruleId === 'consistency/delegates-members');
    expect(contradiction.level).toBe('error');
    expect(contradiction.locations[0].physicalLocation.artifactLocation.uri).toBe('corpus/g-contradiction.txt');
    expect(contradiction.locations[0].physicalLocation.region.startLine).toBe(4);
    expect(ids[contradiction.ruleIndex]).toBe('consistency/delegates-members');
  });
});

describe('the typos a CI user meets (issue 11): each a finding at its words, exit 1', () => {
  const cases: [string, string, RegExp][] = [
    ['a day range backwards', 'Đại hội diễn ra từ ngày 17 - 15/10/2020 tại hội trường tỉnh.', /consistency\/range-order/],
    ['two dates backwards', 'Đại hội diễn ra từ 20/10/2020 đến 18/10/2020 tại hội trường tỉnh.', /consistency\/range-order/],
    ['a term backwards', 'Đại hội Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2025-2020 đã khai mạc.', /consistency\/term-order/],
    ['a target range backwards', 'Đại hội đặt mục tiêu tỷ lệ hộ nghèo giảm còn 12 - 10% vào năm 2025.', /consistency\/target-range-order/],
  ];
  for (const [name, sentence, rule] of cases) {
    it(name, () => {
      const text = report('Yên Bái', 310).replace(/\n(Đại hội đã thảo luận)/, `\n${sentence} $1`);
      writeFileSync(at(`typo-${name.replace(/ /g, '-')}.txt`), text);
      const line = text.split('\n').findIndex((l) => l.includes(sentence)) + 1;
      const column = text.split('\n')[line - 1].indexOf(sentence) + 1;
      const r = run(['check', `typo-${name.replace(/ /g, '-')}.txt`, '--no-config']);
      expect(r.status, r.stdout).toBe(1);
      const finding = r.stdout.split('\n').find((l) => rule.test(l));
      expect(finding, r.stdout).toMatch(/^ {2}(\d+):(\d+)\S* +error /);
      const [, l, c] = /^ {2}(\d+):(\d+)/.exec(finding!)!;
      expect(Number(l)).toBe(line);
      expect(Number(c)).toBeGreaterThanOrEqual(column);
      expect(Number(c)).toBeLessThan(column + sentence.length);
      // extract --strict fails on it too, and says why even with -q.
      const strict = run([`typo-${name.replace(/ /g, '-')}.txt`, '--strict', '-q', '-o', '/dev/null']);
      expect(strict.status).toBe(1);
      expect(strict.stderr).toMatch(rule);
    });
  }
});

describe('extract --strict', () => {
  it('passes a correctly converted TCVN3 file, and fails on a check error', () => {
    const legacy = run(['legacy/tcvn3.txt', '--strict', '-q']);
    expect(legacy.status, legacy.stderr).toBe(0);
    expect(run(['corpus/e-empty.txt', '--strict', '-q']).status).toBe(1);
    expect(run(['corpus/g-contradiction.txt', '--strict', '-q']).status).toBe(1);
    expect(run(['corpus/a-good.txt', '--strict']).status).toBe(0);
  });
});
