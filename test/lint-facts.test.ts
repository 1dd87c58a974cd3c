/**
 * `vnextract check`: the rules of facts that contradict themselves or the
 * calendar (src/lint/rules/facts.ts). Damaged articles written here, each
 * producing exactly the expected findings at the words that are wrong, and
 * look-alikes that are right producing none.
 */
import { describe, expect, it } from 'vitest';
import { lintInput } from '../src/lint/lint-text.js';
import { FACTS_RULES, FROM_EXTRACTION } from '../src/lint/rules/facts.js';
import { rules } from './support/rules.js';

const lint = (input: string) => lintInput(input, rules, { path: 'test.txt', rules: FACTS_RULES });

/** Line and column (1-based) where `needle` starts in `input` (its `nth` occurrence). */
function place(input: string, needle: string, nth = 1): { line: number; column: number } {
  let i = -1;
  for (let k = 0; k < nth; k++) {
    i = input.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`"${needle}" not in the input`);
  }
  const before = input.slice(0, i).split(/\r\n?|\n/);
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

const findings = (input: string) => lint(input).findings.map(({ ruleId, severity, line, column }) => ({ ruleId, severity, line, column }));

const DATELINE = 'Thứ Hai, 12/10/2020, 08:30 (GMT+7)\n';

describe('consistency/term-order', () => {
  it('a term whose years run backwards is an error at its years', () => {
    const input = 'Đại hội đại biểu Đảng bộ huyện Tân Phú lần thứ XII, nhiệm kỳ 2025-2020 khai mạc sáng nay.';
    expect(findings(input)).toEqual([{ ruleId: 'consistency/term-order', severity: 'error', ...place(input, '2025-2020') }]);
    expect(lint(input).findings[0].message).toBe('nhiệm kỳ runs backwards: 2025-2020 (write the earlier year first: 2020-2025)');
  });
  it('also a plan period, spaced or in parentheses, and a span of one year', () => {
    const input = [
      'Mục tiêu giai đoạn 2030 - 2021 là xây dựng tỉnh phát triển khá.',
      'Báo cáo chính trị nhiệm kỳ (2020 - 2015) được thông qua.',
      'Trong nhiệm kỳ 2020 - 2020, Đảng bộ kết nạp 300 đảng viên.',
    ].join('\n');
    expect(findings(input)).toEqual([
      { ruleId: 'consistency/term-order', severity: 'error', ...place(input, '2030 - 2021') },
      { ruleId: 'consistency/term-order', severity: 'error', ...place(input, '2020 - 2015') },
      { ruleId: 'consistency/term-order', severity: 'error', ...place(input, '2020 - 2020') },
    ]);
    expect(lint(input).findings[2].message).toContain('starts and ends in the same year');
  });
});

describe('consistency/term-length', () => {
  it('a Party term of 6 years is a warning', () => {
    const input = 'Đại hội Đảng bộ xã An Bình lần thứ III, nhiệm kỳ 2020-2026 đã bầu Ban Chấp hành gồm 15 đồng chí.';
    expect(findings(input)).toEqual([{ ruleId: 'consistency/term-length', severity: 'warning', ...place(input, '2020-2026') }]);
    expect(lint(input).findings[0].message).toBe('term 2020-2026 is 6 years, not 5: check its years (2020-2025 or 2021-2026?)');
  });
  it('says nothing of plans, histories, several terms, or the terms of other bodies', () => {
    const input = [
      'Đại hội Đảng bộ tỉnh xác định mục tiêu giai đoạn 2021-2030 và tầm nhìn đến năm 2045.',
      'Cuốn Lịch sử Đảng bộ huyện (1930-2020) được ra mắt trước Đại hội.',
      'Qua hai nhiệm kỳ 2010-2020, Đảng bộ huyện luôn hoàn thành nhiệm vụ.',
      'Đại hội Chi bộ thôn Đông nhiệm kỳ 2022-2025 bầu Bí thư chi bộ.',
      'Đại hội Đoàn TNCS Hồ Chí Minh trường THPT nhiệm kỳ 2022-2024 được tổ chức trang trọng.',
      'Đại hội đồng cổ đông bầu Hội đồng quản trị nhiệm kỳ 2021-2023.',
      'Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 - 2025 thành công tốt đẹp.',
    ].join('\n');
    expect(findings(input)).toEqual([]);
  });
});

describe('consistency/range-order', () => {
  it('a range written backwards is an error where it is written, whatever the reading kept', () => {
    const input = [
      'Đại hội diễn ra từ ngày 17 - 15/10/2020 tại Hội trường tỉnh.',
      'Đợt tiếp xúc cử tri kéo dài từ 20/10/2020 đến 18/10/2020.',
      'Hội nghị học tập Nghị quyết tổ chức từ ngày 25/9 đến ngày 23/9/2025.',
      'Các chi bộ tổ chức đại hội từ tháng 11/2020 đến tháng 9/2020.',
    ].join('\n');
    const out = lint(input);
    // What the reading makes of them today: one day, two days, …: no backwards range among the facts.
    expect(out.article.dates.map((d) => d.value)).toContain('2020-10-15');
    expect(findings(input)).toEqual([
      { ruleId: 'consistency/range-order', severity: 'error', ...place(input, '17 - 15/10/2020') },
      { ruleId: 'consistency/range-order', severity: 'error', ...place(input, '20/10/2020 đến') },
      { ruleId: 'consistency/range-order', severity: 'error', ...place(input, '25/9 đến') },
      { ruleId: 'consistency/range-order', severity: 'error', ...place(input, 'tháng 11/2020') },
    ]);
    expect(out.findings[0].message).toBe(
      'date range runs backwards: 17 - 15/10/2020 reads 2020-10-17 to 2020-10-15 (write the earlier date first, or correct the day, month or year)',
    );
    expect(out.findings[0]).toMatchObject({ endLine: 1, endColumn: place(input, ' tại').column });
  });
  it('says nothing of ranges that run forwards, across New Year, over a year, nor of fractions and percentages', () => {
    const input = [
      'Đại hội diễn ra từ ngày 15 - 17/10/2020 tại Hội trường tỉnh.',
      'Cao điểm từ ngày 30/12 đến ngày 2/1/2021, lực lượng chức năng tăng cường tuần tra.',
      'Năm tài chính tính từ ngày 1/10 đến ngày 30/9 năm sau.',
      'Từ tháng 11/2019 đến ngày 14/10/2020, toàn tỉnh kết nạp 2.000 đảng viên.',
      'Tỷ lệ đạt từ 7.5 - 6.5% tùy địa bàn.',
      'Kết quả đạt 9/10 - 7/10 chỉ tiêu.',
      'Nhân dịp ngày 30 - 4, tỉnh tổ chức nhiều hoạt động.',
    ].join('\n');
    expect(findings(input).filter((f) => f.ruleId === 'consistency/range-order')).toEqual([]);
  });
});

describe('consistency/target-range-order', () => {
  it('a range of percentages with the larger first, in a goal, is an error', () => {
    const input = [
      'Phấn đấu đến năm 2025, tỷ lệ hộ nghèo giảm còn 12 - 10%.',
      'Tỷ lệ che phủ rừng đạt từ 55 - 50%, tỷ lệ đô thị hóa đạt 45%.',
    ].join('\n');
    expect(findings(input)).toEqual([
      { ruleId: 'consistency/target-range-order', severity: 'error', ...place(input, '12 - 10%') },
      { ruleId: 'consistency/target-range-order', severity: 'error', ...place(input, '55 - 50%') },
    ]);
    expect(lint(input).findings[0].message).toBe('target range runs backwards: 12 - 10% (write the smaller number first: 10 - 12%)');
  });
  it('says nothing of rising ranges, nor of a dash between numbers outside a goal', () => {
    const input = [
      'Phấn đấu đến năm 2025, tốc độ tăng trưởng kinh tế bình quân đạt 7,5 - 8%/năm.',
      'Tỷ lệ lao động qua đào tạo đạt 70% - 75%.',
      'Bảng 3 - 1% mẫu được chọn ngẫu nhiên.',
      'Nhiệm kỳ qua, tỷ lệ hộ nghèo giảm từ 4,5% - 2,1%.',
    ].join('\n');
    expect(findings(input)).toEqual([]);
  });
});

describe('consistency/congress-after-dateline', () => {
  it('a congress dated more than a month after the dateline, not announced as future, is a warning', () => {
    const input = DATELINE + 'Sáng 15/10/2021, Đại hội đại biểu Đảng bộ tỉnh Bến Tre lần thứ XI, nhiệm kỳ 2020-2025 khai mạc trọng thể.';
    expect(findings(input)).toEqual([{ ruleId: 'consistency/congress-after-dateline', severity: 'warning', ...place(input, 'Sáng 15/10/2021') }]);
    expect(lint(input).findings[0].message).toContain("congress date 2021-10-15 is 368 days after the article's dateline 2020-10-12");
  });
  it('says nothing of announcements, deadlines, yearless dates, nor dates without a congress', () => {
    const input = [
      DATELINE.trim(),
      'Đại hội đại biểu Đảng bộ tỉnh lần thứ XI dự kiến diễn ra từ ngày 15 - 17/12/2020.',
      'Đại hội đại biểu toàn quốc lần thứ XIII của Đảng sẽ khai mạc ngày 25/1/2021.',
      'Đại hội giao các cấp ủy hoàn thành việc kiện toàn tổ chức trước ngày 31/3/2021.',
      'Đại hội Đảng bộ huyện lần thứ XX khai mạc ngày 20/10.',
      'Luật có hiệu lực từ ngày 1/7/2021.',
    ].join('\n');
    expect(findings(input)).toEqual([]);
  });
});

describe('consistency/congress-ordinals', () => {
  it("two ordinals of one body's congress that are not consecutive are a warning at the later mention", () => {
    const input = [
      'Đại hội đại biểu Đảng bộ tỉnh Bến Tre lần thứ XI, nhiệm kỳ 2020-2025 khai mạc.',
      'Phát biểu tại Đại hội đại biểu Đảng bộ tỉnh Bến Tre lần thứ XIII, đồng chí Bí thư nhấn mạnh nhiệm vụ.',
    ].join('\n');
    expect(findings(input)).toEqual([{ ruleId: 'consistency/congress-ordinals', severity: 'warning', ...place(input, 'Đại hội đại biểu Đảng bộ tỉnh Bến Tre lần thứ XIII') }]);
    expect(lint(input).findings[0].message).toBe(
      'the congress of tỉnh Bến Tre is numbered XIII (13) here and XI (11) at line 1: correct the ordinal that is wrong',
    );
  });
  it('says nothing of the previous congress, a founding congress, another district, or national congresses', () => {
    const input = [
      'Đại hội đại biểu Đảng bộ huyện Tân Phú lần thứ XXI, nhiệm kỳ 2025-2030 đánh giá việc thực hiện Nghị quyết Đại hội Đảng bộ huyện Tân Phú lần thứ XX.',
      'Từ Đại hội Đảng bộ huyện Tân Phú lần thứ I năm 1947 đến nay, Đảng bộ không ngừng lớn mạnh.',
      'Sáng 28/5, Đảng bộ huyện Can Lộc tổ chức Đại hội đại biểu Đảng bộ huyện lần thứ XXXVI.',
      'Đường lối đổi mới từ Đại hội VI của Đảng được cụ thể hóa tại Đại hội XIII của Đảng.',
    ].join('\n');
    expect(findings(input).filter((f) => f.ruleId === 'consistency/congress-ordinals')).toEqual([]);
  });
});

describe('consistency/breakthrough-count', () => {
  it('a number of breakthroughs that differs from the numbered list after it is a warning at the statement', () => {
    const input =
      'Đại hội xác định 4 khâu đột phá: Thứ nhất, đẩy mạnh cải cách hành chính; Thứ hai, phát triển hạ tầng giao thông; Thứ ba, phát triển nguồn nhân lực chất lượng cao.';
    expect(findings(input)).toEqual([{ ruleId: 'consistency/breakthrough-count', severity: 'warning', ...place(input, '4 khâu đột phá') }]);
    expect(lint(input).findings[0].message).toBe(
      '4 breakthroughs stated, 3 numbered in the list that follows (Thứ nhất … Thứ ba): restore the missing item or correct the number',
    );
  });
  it('says nothing when the list has the stated number, or when the next numbered list is another', () => {
    const input = [
      'Đại hội xác định 3 khâu đột phá: (1) cải cách hành chính; (2) phát triển hạ tầng; (3) phát triển nguồn nhân lực.',
      'Nghị quyết nêu 3 khâu đột phá: cải cách hành chính; phát triển hạ tầng; phát triển nhân lực. Về nhiệm vụ, thứ nhất, xây dựng Đảng; thứ hai, phát triển kinh tế.',
      'Đại hội đề ra 2 đột phá chiến lược: Một là, chuyển đổi số; hai là, phát triển đô thị. Về nhiệm vụ, thứ nhất, xây dựng Đảng; thứ hai, phát triển kinh tế; thứ ba, bảo đảm quốc phòng.',
    ].join('\n\n');
    expect(findings(input)).toEqual([]);
  });
});

describe('the checks that run during extraction: each reported once, by its rule, at its place', () => {
  it('consistency/delegates-members: at the members count, with what to do', () => {
    const input = 'Đại hội Đảng bộ huyện lần thứ XX.\r\nDự đại hội có 350 đại biểu, đại diện cho 300 đảng viên trong toàn Đảng bộ.';
    const out = lint(input);
    const m = out.article.messages.find((x) => x.ruleId === 'consistency/delegates-members')!;
    expect(m.reason).toBe('350 delegates stand for only 300 members: check both numbers against the source (a digit lost from the members, or a subgroup read as their total)');
    expect(findings(input)).toEqual([{ ruleId: 'consistency/delegates-members', severity: 'error', ...place(input, '300 đảng viên') }]);
    expect(out.findings[0]).toMatchObject({ message: m.reason, line: m.line, column: m.column, endColumn: place(input, ' trong toàn').column });
  });
  it('consistency/congress-terms: at the mention with the other term', () => {
    const input = [
      'Đại hội đại biểu Đảng bộ tỉnh Bến Tre lần thứ XI, nhiệm kỳ 2020-2025 khai mạc.',
      'Đại hội đại biểu Đảng bộ tỉnh Bến Tre lần thứ XI, nhiệm kỳ 2015-2020 bế mạc.',
    ].join('\n');
    expect(findings(input)).toEqual([{ ruleId: 'consistency/congress-terms', severity: 'warning', ...place(input, 'Đại hội đại biểu Đảng bộ tỉnh Bến Tre lần thứ XI', 2) }]);
    expect(lint(input).findings[0].message).toBe('congress 11 is given two terms: 2020-2025 and 2015-2020 (correct the one that is wrong: a congress has one term)');
  });
  it('every id of the extraction checks has its rule', () => {
    expect(FROM_EXTRACTION.every((id) => FACTS_RULES.some((r) => r.id === id))).toBe(true);
  });
});

describe('the rules', () => {
  it('have stable consistency/ ids, one each, with a meaning and a fix', () => {
    const ids = FACTS_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of FACTS_RULES) {
      expect(r.id).toMatch(/^consistency\/[a-z-]+$/);
      expect(r.meaning.length).toBeGreaterThan(10);
      expect(r.fix.length).toBeGreaterThan(10);
    }
  });
  it('say nothing of a consistent congress report', () => {
    const input = [
      DATELINE.trim(),
      'Sáng 12/10/2020, Đại hội đại biểu Đảng bộ tỉnh Bến Tre lần thứ XI, nhiệm kỳ 2020 - 2025 khai mạc, diễn ra từ ngày 12 - 14/10/2020.',
      'Dự Đại hội có 350 đại biểu, đại diện cho hơn 42.000 đảng viên.',
      'Đại hội đánh giá kết quả thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Bến Tre lần thứ X, nhiệm kỳ 2015 - 2020.',
      'Đại hội xác định 3 khâu đột phá: Thứ nhất, cải cách hành chính; Thứ hai, phát triển hạ tầng; Thứ ba, phát triển nguồn nhân lực.',
      'Phấn đấu đến năm 2025, tốc độ tăng trưởng kinh tế bình quân đạt 7 - 7,5%/năm; tầm nhìn giai đoạn 2021 - 2030.',
    ].join('\n');
    expect(findings(input)).toEqual([]);
  });
});
