/**
 * Leaders: the forms an article names a leader in (our own sentences, in the
 * style of the articles), who is reported elected, the title codes, the
 * gate, and the leaders' CSV rows and columns.
 */
import { describe, expect, it } from 'vitest';
import { articleColumns, articleRow, factColumns, factRows } from '../src/emit/csv.js';
import { extractSync } from '../src/index.js';
import type { Leader } from '../src/schema.js';
import { rules } from './support/rules.js';

const leadersOf = (text: string): Leader[] => extractSync(text, rules).leaders;
/** name → { elected, positions as `text [title]` } */
function read(text: string) {
  return Object.fromEntries(leadersOf(text).map((l) => [l.name, { elected: l.elected, positions: l.positions.map((p) => `${p.text} [${p.title}]`) }]));
}

describe('the forms a leader is named in', () => {
  it('a name, then a chain of titles separated by commas', () => {
    expect(read('Dự hội nghị có đồng chí Phùng Văn Khải, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh.')).toEqual({
      'Phùng Văn Khải': {
        elected: false,
        positions: ['Ủy viên Trung ương Đảng [central-committee-member]', 'Bí thư Tỉnh ủy [secretary]', 'Trưởng đoàn ĐBQH tỉnh [delegation-head]'],
      },
    });
  });

  it('titles before the name, with the body and the place they name', () => {
    const [l] = leadersOf('Phát biểu khai mạc, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Hà Giang Triệu Văn Sáng nhấn mạnh ba nhiệm vụ.');
    expect(l.name).toBe('Triệu Văn Sáng');
    expect(l.positions).toEqual([
      { text: 'Ủy viên Ban Thường vụ Tỉnh ủy', title: 'standing-committee-member', body: 'Ban Thường vụ Tỉnh ủy', former: false },
      { text: 'Phó Chủ tịch UBND tỉnh Hà Giang', title: 'people-committee-vice-chair', body: 'UBND tỉnh Hà Giang', former: false },
    ]);
  });

  it('an election goes on to the next person linked after it: `bầu A làm X, đồng chí B làm Y`', () => {
    expect(read('Hội nghị lần thứ nhất đã bầu đồng chí Huỳnh Thị Hoa làm Bí thư Thị ủy, đồng chí Lâm Văn Tài làm Phó Bí thư Thị ủy.')).toEqual({
      'Huỳnh Thị Hoa': { elected: true, positions: ['Bí thư Thị ủy [secretary]'] },
      'Lâm Văn Tài': { elected: true, positions: ['Phó Bí thư Thị ủy [deputy-secretary]'] },
    });
    // A person linked after the election who gets no title through `làm` is not elected.
    expect(read('Hội nghị đã bầu đồng chí Huỳnh Thị Hoa làm Bí thư Thị ủy, đồng chí Lâm Văn Tài, Chủ tịch UBND thị xã trao hoa chúc mừng.')['Lâm Văn Tài']).toEqual({
      elected: false,
      positions: ['Chủ tịch UBND thị xã [people-committee-chair]'],
    });
  });

  it("one person's chain of titles goes on after the title they were elected to", () => {
    expect(read('Đồng chí Vũ Hải Sơn được bầu làm Phó Bí thư Huyện ủy, Chủ tịch UBND huyện.')).toEqual({
      'Vũ Hải Sơn': { elected: true, positions: ['Phó Bí thư Huyện ủy [deputy-secretary]', 'Chủ tịch UBND huyện [people-committee-chair]'] },
    });
  });

  it('one post written with its body short and in full is one post (UBND = Ủy ban nhân dân)', () => {
    expect(
      read('Phó Chủ tịch Ủy ban nhân dân tỉnh Quách Văn Lâm chủ trì. Theo ông Quách Văn Lâm, Phó Chủ tịch UBND tỉnh, kế hoạch đã sẵn sàng.'),
    ).toEqual({ 'Quách Văn Lâm': { elected: false, positions: ['Phó Chủ tịch Ủy ban nhân dân tỉnh [people-committee-vice-chair]'] } });
  });

  it('a body whose name joins two parts with và, before the name', () => {
    expect(read('Phát biểu tại Đại hội, Bộ trưởng Bộ Tài nguyên và Môi trường Đặng Quốc Khánh đánh giá cao kết quả.')).toEqual({
      'Đặng Quốc Khánh': { elected: false, positions: ['Bộ trưởng Bộ Tài nguyên và Môi trường [minister]'] },
    });
    // `và` before a name or a title ends the body.
    expect(Object.keys(read('Dự có Bí thư Tỉnh ủy Lê Văn Hải và Chủ tịch UBND tỉnh Trần Văn Nam.'))).toEqual(['Lê Văn Hải', 'Trần Văn Nam']);
  });

  it('a place that starts like a family name is not read as a name (Hà Nội, then the name)', () => {
    expect(Object.keys(read('Bí thư Thành ủy Hà Nội Đinh Quang Tuấn dự và chỉ đạo Đại hội.'))).toEqual(['Đinh Quang Tuấn']);
    expect(read('Bí thư Huyện ủy Thạch Hà chủ trì hội nghị.')).toEqual({});
  });

  it('a body written with & (Bộ GD&ĐT) is one word: the next person keeps their own title', () => {
    expect(read('Bộ trưởng Bộ NN&PTNT Lê Văn Tùng, nguyên Bộ trưởng Bộ NN&PTNT Cao Đức Phát cùng dự.')).toEqual({
      'Lê Văn Tùng': { elected: false, positions: ['Bộ trưởng Bộ NN&PTNT [minister]'] },
      'Cao Đức Phát': { elected: false, positions: ['nguyên Bộ trưởng Bộ NN&PTNT [minister]'] },
    });
  });

  it('titles after the name, after a dash or in brackets', () => {
    expect(read('Tham dự có ông Trịnh Xuân Lộc - Phó Chủ tịch UBND tỉnh.')).toEqual({
      'Trịnh Xuân Lộc': { elected: false, positions: ['Phó Chủ tịch UBND tỉnh [people-committee-vice-chair]'] },
    });
  });

  it('các đồng chí A, B, C được bầu giữ chức Phó Bí thư: each elected, each a Phó Bí thư', () => {
    expect(read('Các đồng chí Đinh Văn Bảy, Mạc Thị Tám và Lục Văn Chín được bầu giữ chức Phó Bí thư Huyện ủy.')).toEqual({
      'Đinh Văn Bảy': { elected: true, positions: ['Phó Bí thư Huyện ủy [deputy-secretary]'] },
      'Mạc Thị Tám': { elected: true, positions: ['Phó Bí thư Huyện ủy [deputy-secretary]'] },
      'Lục Văn Chín': { elected: true, positions: ['Phó Bí thư Huyện ủy [deputy-secretary]'] },
    });
  });

  it('names of two to five syllables, ethnic-minority names among them', () => {
    const text = [
      'Đồng chí Y Biêr Niê, Phó Chủ tịch UBND tỉnh, phát biểu.',
      'Phó Chủ tịch HĐND tỉnh Rơ Chăm Long dự đại hội.',
      "Dự có đồng chí K'Mák, Bí thư Huyện ủy Lạc Dương.",
      'Bí thư Tỉnh ủy Hầu A Lềnh trao quyết định.',
      'Ông Ksor Phước Hà - Phó Bí thư Thường trực Tỉnh ủy cho biết.',
      'Đồng chí Bùi Tâm, Trưởng Ban Dân vận Tỉnh ủy, đọc diễn văn.',
      'Đồng chí Nguyễn Thị Hồng Minh Châu, Chủ tịch Ủy ban MTTQ tỉnh, dự.',
    ].join('\n');
    expect(leadersOf(text).map((l) => l.name)).toEqual(['Y Biêr Niê', 'Rơ Chăm Long', "K'Mák", 'Hầu A Lềnh', 'Ksor Phước Hà', 'Bùi Tâm', 'Nguyễn Thị Hồng Minh Châu']);
  });

  it('one person named several times, with old and new tone placement, is one entry with every title', () => {
    const ls = leadersOf('Bà Nguyễn Thị Thuý Hoà, Chủ tịch Ủy ban MTTQ tỉnh, phát biểu.\nSau đó, bà Nguyễn Thị Thúy Hòa - Trưởng Ban Dân vận Tỉnh ủy - trao hoa.');
    expect(ls).toHaveLength(1);
    expect(ls[0].positions.map((p) => p.title)).toEqual(['front-chair', 'head-of-department']);
  });

  it('a title named twice, once with its body: kept once, in the longer form', () => {
    const ls = leadersOf('Bí thư Tỉnh ủy Lương Văn Tư phát biểu.\nĐồng chí Lương Văn Tư, Bí thư Tỉnh ủy Cao Bằng, trao cờ thi đua.');
    expect(ls[0].positions.map((p) => p.text)).toEqual(['Bí thư Tỉnh ủy Cao Bằng']);
  });

  it('the list of a new Ban Thường vụ: each member, elected', () => {
    expect(read('Ban Thường vụ Tỉnh ủy khóa XX, nhiệm kỳ 2025-2030 gồm các đồng chí: Lê Văn Hải, Trần Thị Mai, Đỗ Quang Vinh.')).toEqual({
      'Lê Văn Hải': { elected: true, positions: ['Ban Thường vụ Tỉnh ủy [standing-committee-member]'] },
      'Trần Thị Mai': { elected: true, positions: ['Ban Thường vụ Tỉnh ủy [standing-committee-member]'] },
      'Đỗ Quang Vinh': { elected: true, positions: ['Ban Thường vụ Tỉnh ủy [standing-committee-member]'] },
    });
  });

  it('a title followed by là/gồm gives itself to the people listed after it', () => {
    expect(read('Hai Phó Bí thư Đảng ủy là ông Trương Công Thái (Chủ tịch UBND xã) và bà Vi Thị Hằng.')).toEqual({
      'Trương Công Thái': { elected: true, positions: ['Phó Bí thư Đảng ủy [deputy-secretary]', 'Chủ tịch UBND xã [people-committee-chair]'] },
      'Vi Thị Hằng': { elected: true, positions: ['Phó Bí thư Đảng ủy [deputy-secretary]'] },
    });
  });

  it('a speaker is not elected; congratulating the elected does not make one', () => {
    expect(read('Đồng chí Lê Minh Hùng, Bí thư Tỉnh ủy phát biểu chúc mừng các đồng chí được bầu vào Ban Chấp hành.')).toEqual({
      'Lê Minh Hùng': { elected: false, positions: ['Bí thư Tỉnh ủy [secretary]'] },
    });
  });

  it('an election or an appointment reported before or after the name', () => {
    expect(read('Đại hội đã bầu đồng chí Tô Văn Sáu làm Bí thư Đảng ủy xã nhiệm kỳ 2025-2030.')).toEqual({
      'Tô Văn Sáu': { elected: true, positions: ['Bí thư Đảng ủy xã [secretary]'] },
    });
    expect(read('Bộ Chính trị chỉ định đồng chí Giáp Văn Quý giữ chức Bí thư Tỉnh ủy.')['Giáp Văn Quý'].elected).toBe(true);
    expect(read('Ông Quách Văn Lực tái đắc cử Bí thư Huyện ủy nhiệm kỳ 2020 - 2025.')['Quách Văn Lực'].elected).toBe(true);
    expect(read('Tân Bí thư Tỉnh ủy Phùng Thanh Sơn phát biểu nhận nhiệm vụ.')).toEqual({
      'Phùng Thanh Sơn': { elected: true, positions: ['Bí thư Tỉnh ủy [secretary]'] },
    });
  });

  it('nguyên Bí thư is kept, with its nguyên, as a former post', () => {
    const [l] = leadersOf('Dự đại hội có đồng chí Hứa Văn Tùng, nguyên Bí thư Tỉnh ủy, nguyên Chủ tịch HĐND tỉnh.');
    expect(l.positions.map((p) => [p.text, p.former])).toEqual([
      ['nguyên Bí thư Tỉnh ủy', true],
      ['nguyên Chủ tịch HĐND tỉnh', true],
    ]);
  });

  it('a career (từng giữ chức …) gives no posts', () => {
    expect(read('Ông Vi Văn Kiên từng giữ chức Phó Chủ tịch UBND huyện, Bí thư Huyện ủy Tương Dương.')).toEqual({});
    expect(read('Trước khi giữ chức Bí thư Tỉnh ủy, ông Châu Văn Hòa là Phó Chủ tịch UBND tỉnh.')).toEqual({});
  });

  it('a byline, the presidium of a congress, a rank and a company are not leaders or posts', () => {
    expect(read('Đại hội bế mạc chiều nay.\nLê Minh Tâm')).toEqual({});
    expect(read('Thay mặt Đoàn Chủ tịch, đồng chí Lương Văn Hải điều hành phiên thảo luận.')).toEqual({});
    expect(read('Ông Đặng Văn Tín, Chủ tịch HĐQT Công ty cổ phần Sông Hồng, phát biểu.')).toEqual({});
    expect(read('Trung tướng Võ Minh Lương, Thứ trưởng Bộ Quốc phòng đến dự.')).toEqual({
      'Võ Minh Lương': { elected: false, positions: ['Thứ trưởng Bộ Quốc phòng [deputy-minister]'] },
    });
  });

  it('evidence is the mention that carries the name: the election, when there is one', () => {
    const text = 'Đồng chí Lê Văn Nam, Phó Bí thư Tỉnh ủy, dự.\nĐồng chí Lê Văn Nam được bầu giữ chức Bí thư Tỉnh ủy.';
    const [l] = leadersOf(text);
    expect(l.evidence.text).toBe('Đồng chí Lê Văn Nam được bầu giữ chức Bí thư Tỉnh ủy');
    expect(text.slice(l.evidence.start, l.evidence.end)).toBe(l.evidence.text);
    expect(l.rule).toBe('leaders/title');
  });
});

describe('the gate', () => {
  // Every title is read only in a sentence the `title` rule matches: a title the gate misses is never found.
  it('finds every title and every listed body, written with a capital', () => {
    const gate = rules.byType.get('leaders')!.filter((r) => r.set.anchor === 'title');
    const phrases = [...rules.vocabulary.wordsOf('leader_title'), ...rules.vocabulary.wordsOf('leader_list_body')];
    const missed = phrases.map((p) => p.charAt(0).toUpperCase() + p.slice(1)).filter((p) => !gate.some((r) => new RegExp(r.source, r.flags).test(p)));
    expect(missed).toEqual([]);
  });
});

describe('CSV', () => {
  const a = extractSync(
    [
      'Đại hội đại biểu Đảng bộ tỉnh Cao Bằng lần thứ XX, nhiệm kỳ 2025 - 2030 bế mạc.',
      'Dự có đồng chí Phạm Văn Đông, Bí thư Tỉnh ủy Bắc Kạn.',
      'Đồng chí Hoàng Văn Lâm, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, được bầu giữ chức Bí thư Tỉnh ủy Cao Bằng.',
      'Các đồng chí Nông Thị Hà, Lý Văn Hùng được bầu giữ chức Phó Bí thư Tỉnh ủy.',
    ].join('\n'),
    rules,
    { path: 'cao-bang.txt' },
  ) as unknown as Record<string, unknown>;

  it('--csv facts: one row per person and position, in stable columns', () => {
    const cols = factColumns();
    expect(cols).toEqual(expect.arrayContaining(['name', 'position', 'title', 'position_body', 'elected']));
    expect(cols.slice(-5)).toEqual(['rule', 'confidence', 'evidence', 'line', 'column']);
    const rows = factRows(a).filter((r) => r.type === 'leader');
    expect(rows.map((r) => [r.name, r.position, r.title, r.position_body, r.elected])).toEqual([
      ['Phạm Văn Đông', 'Bí thư Tỉnh ủy Bắc Kạn', 'secretary', 'Tỉnh ủy Bắc Kạn', false],
      ['Hoàng Văn Lâm', 'Phó Bí thư Tỉnh ủy', 'deputy-secretary', 'Tỉnh ủy', true],
      ['Hoàng Văn Lâm', 'Chủ tịch UBND tỉnh', 'people-committee-chair', 'UBND tỉnh', true],
      ['Hoàng Văn Lâm', 'Bí thư Tỉnh ủy Cao Bằng', 'secretary', 'Tỉnh ủy Cao Bằng', true],
      ['Nông Thị Hà', 'Phó Bí thư Tỉnh ủy', 'deputy-secretary', 'Tỉnh ủy', true],
      ['Lý Văn Hùng', 'Phó Bí thư Tỉnh ủy', 'deputy-secretary', 'Tỉnh ủy', true],
    ]);
    // Every row of one person carries that person's evidence.
    expect(new Set(rows.filter((r) => r.name === 'Hoàng Văn Lâm').map((r) => r.evidence)).size).toBe(1);
  });

  it('--csv articles: the Bí thư of the congress body (not a guest from another province), the Phó Bí thư, the number of leaders', () => {
    expect(articleColumns()).toEqual(expect.arrayContaining(['secretary', 'deputy_secretaries', 'leaders']));
    const row = articleRow(a);
    expect(row.secretary).toBe('Hoàng Văn Lâm');
    expect(row.deputy_secretaries).toBe('Nông Thị Hà; Lý Văn Hùng');
    expect(row.leaders).toBe(4);
  });

  it('--csv articles: no leaders, empty cells and a count of 0', () => {
    const none = extractSync('Trận đấu kết thúc với tỷ số 2-1.', rules, { path: 'x.txt' }) as unknown as Record<string, unknown>;
    const row = articleRow(none);
    expect([row.secretary, row.deputy_secretaries, row.leaders]).toEqual([null, null, 0]);
  });
});
