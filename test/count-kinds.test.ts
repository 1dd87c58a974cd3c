/**
 * The `kind` of a delegates count, each form on a text of our own, and the
 * articles sheet that reads it: `delegates` is the attending total only,
 * `delegation` the delegation elected to a higher congress, `url` the source.
 */
import { describe, expect, it } from 'vitest';
import { articleColumns, articleRow } from '../src/emit/csv.js';
import { extractSync } from '../src/extract-article.js';
import { rules } from './support/rules.js';

const run = (text: string) => extractSync(text, rules, { path: 'a.txt' });
const kinds = (text: string) => run(text).counts.map((c) => `${c.role} ${c.count} ${c.kind}`);

describe('kind of a delegates count', () => {
  it('attending: present, summoned, attending, and the congress’s own opening sentence', () => {
    expect(kinds('Đại hội Đảng bộ huyện Lạc Sơn lần thứ XXI có mặt 241/242 đại biểu được triệu tập.')).toEqual(['delegates 241 attending']);
    expect(kinds('Tới dự Đại hội Đảng bộ xã lần này có 162 đại biểu chính thức.')).toContain('delegates 162 attending');
    expect(kinds('Đại hội Đảng bộ thị xã được triệu tập 205 đại biểu, đại diện cho 5.300 đảng viên.')).toContain('delegates 205 attending');
    expect(kinds('Có 188 đại biểu về dự Đại hội Đảng bộ phường Tân Hòa lần thứ I.')).toEqual(['delegates 188 attending']);
    // Unmarked, in the sentence that opens the congress.
    expect(kinds('Đại hội đại biểu Đảng bộ huyện Kim Bôi lần thứ XXVI, nhiệm kỳ 2025-2030 có 230 đại biểu chính thức.')).toEqual(['delegates 230 attending']);
    // The guests listed as present, then the delegates.
    expect(
      kinds('Về dự Đại hội có đồng chí Lò Văn Tâm, Phó Bí thư Tỉnh ủy; đồng chí Hà Thị Nga, Trưởng Ban Dân vận Tỉnh ủy cùng 147 đại biểu chính thức của Đảng bộ xã.'),
    ).toEqual(['delegates 147 attending']);
  });

  it('delegation: elected to a higher congress, in each way it is written', () => {
    // bầu N đại biểu (chính thức) đi dự Đại hội cấp trên
    expect(kinds('Đại hội Đảng bộ xã đã bầu 9 đại biểu chính thức đi dự Đại hội Đảng bộ huyện lần thứ XXIV.')).toEqual(['delegates 9 delegation']);
    // bầu N đại biểu chính thức, M dự khuyết dự Đại hội toàn quốc
    expect(kinds('Đại hội Đảng bộ tỉnh đã bầu 17 đại biểu chính thức, 2 đại biểu dự khuyết dự Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.')).toEqual([
      'delegates 17 delegation',
      'delegates 2 alternate',
    ]);
    // đoàn đại biểu … dự Đại hội … gồm N đồng chí
    expect(kinds('Đại hội Đảng bộ tỉnh cũng bầu Đoàn đại biểu dự Đại hội XIV của Đảng gồm 21 đồng chí.')).toEqual(['delegates 21 delegation']);
    // the delegation's official members, after the delegation in the sentence
    expect(
      kinds('Đại hội Đảng bộ thành phố đã bầu Đoàn đại biểu đi dự Đại hội đại biểu toàn quốc gồm 30 đồng chí, trong đó có 28 đại biểu chính thức và 2 đại biểu dự khuyết.'),
    ).toEqual(['delegates 30 delegation', 'delegates 28 delegation', 'delegates 2 alternate']);
  });

  it('alternate, ex-officio, elected and invited: the words after đại biểu', () => {
    expect(
      kinds('Dự Đại hội Đảng bộ huyện có 275 đại biểu chính thức; trong đó có 36 đại biểu đương nhiên và 239 đại biểu được bầu từ các tổ chức cơ sở đảng.'),
    ).toEqual(['delegates 275 attending', 'delegates 36 ex-officio', 'delegates 239 elected']);
    expect(kinds('Đến dự Đại hội Đảng bộ huyện còn có khoảng 90 đại biểu khách mời là lãnh đạo các sở, ngành.')).toEqual(['delegates 90 invited']);
    expect(kinds('Đại hội Đảng bộ huyện đã bầu 11 đại biểu chính thức và 1 đại biểu dự khuyết đi dự Đại hội Đảng bộ tỉnh.')).toEqual([
      'delegates 11 delegation',
      'delegates 1 alternate',
    ]);
    // `đại biểu được bầu` is the attending total when the clause says they attend.
    expect(kinds('Đại hội Đảng bộ thành phố khai mạc với sự tham dự của 312 đại biểu được bầu từ 24 đảng bộ trực thuộc.')).toEqual(['delegates 312 attending']);
  });

  it('null where the article does not say, and for the other roles', () => {
    const counts = run('Thành phần gồm 41 đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh; 320 đại biểu của 50 đảng bộ trực thuộc, đại diện cho 60.000 đảng viên.').counts;
    expect(counts.map((c) => `${c.role} ${c.count} ${c.kind}`)).toEqual(['committee 41 null', 'delegates 320 null', 'members 60000 null']);
  });
});

describe('the articles sheet', () => {
  const cells = (text: string) => {
    const row = articleRow(run(text));
    return { delegates: row.delegates ?? '', delegation: row.delegation ?? '', url: row.url ?? '' };
  };

  it('has id, url, delegates and delegation columns', () => {
    const columns = articleColumns();
    expect(columns.slice(0, 4)).toEqual(['path', 'id', 'title', 'url']);
    expect(columns.indexOf('delegation')).toBe(columns.indexOf('delegates') + 1);
  });

  it('delegates: the attending total only, never the delegation; the delegation in its own column', () => {
    // A report of the results only: the delegation, and no attendance stated.
    expect(
      cells('Đại hội Đảng bộ tỉnh Hòa Sơn lần thứ XX bế mạc. Đại hội đã bầu Đoàn đại biểu đi dự Đại hội đại biểu toàn quốc lần thứ XIV của Đảng gồm 19 đại biểu chính thức và 2 đại biểu dự khuyết.'),
    ).toEqual({ delegates: '', delegation: 19, url: '' });
    expect(cells('Đại hội Đảng bộ tỉnh bế mạc. Đại hội cũng đã bầu ra Đoàn đại biểu dự Đại hội XIV của Đảng gồm 14 đồng chí.')).toEqual({
      delegates: '',
      delegation: 14,
      url: '',
    });
    expect(cells('Ban Chấp hành Đảng bộ tỉnh ra mắt. Đại hội đã bầu 16 đại biểu chính thức, 1 đại biểu dự khuyết dự Đại hội đại biểu toàn quốc lần thứ XIV.')).toEqual({
      delegates: '',
      delegation: 16,
      url: '',
    });
    // Both stated: each in its column; guests and subgroups in neither.
    const both = [
      '# url = https://baotinh.vn/dai-hoi-tinh-bat-dau.htm',
      'Đại hội Đảng bộ tỉnh Hòa Sơn lần thứ XX có 352 đại biểu chính thức, trong đó 45 đại biểu đương nhiên; cùng trên 400 đại biểu khách mời.',
      'Đại hội đã bầu 20 đại biểu chính thức đi dự Đại hội đại biểu toàn quốc lần thứ XIV.',
    ].join('\n');
    expect(cells(both)).toEqual({ delegates: 352, delegation: 20, url: 'https://baotinh.vn/dai-hoi-tinh-bat-dau.htm' });
  });
});

describe('a rule’s own kind', () => {
  it('is taken from `set: { kind }` when the words around the count say nothing', async () => {
    const { compileRuleDirs } = await import('../src/rules/compile.js');
    const { builtinRulesDir, ruleSetFrom } = await import('../src/rules/load.js');
    const { userRuleDir } = await import('./support/rules.js');
    const dir = userRuleDir({
      'roll-call.yaml': [
        'type: counts',
        'rules:',
        '  - name: roll-call',
        "    pattern: '{{b}}điểm danh đủ {{count}} người'",
        '    set: { role: delegates, kind: attending }',
        '    examples:',
        "      - text: 'Chi bộ thôn Bắc điểm danh đủ 31 người.'",
        '        expect: [{ count: 31, role: delegates, kind: attending }]',
        '',
      ].join('\n'),
    });
    const withRule = ruleSetFrom(compileRuleDirs([builtinRulesDir(), dir]).bundle);
    const a = extractSync('Chi bộ thôn Bắc điểm danh đủ 31 người.', withRule, { path: 'a.txt' });
    expect(a.counts.map((c) => `${c.count} ${c.kind}`)).toEqual(['31 attending']);
    expect(articleRow(a).delegates).toBe(31);
  });
});
