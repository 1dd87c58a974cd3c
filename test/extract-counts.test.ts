/**
 * Counts: behaviour the rule examples cannot show on their own — the party
 * context gate, one fact per stated count with the qualified statement
 * preferred, the first rule claiming a number, and whole-article readings.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { compileRuleDirs } from '../src/rules/compile.js';
import { builtinRulesDir, ruleSetFrom } from '../src/rules/load.js';
import { rules } from './support/rules.js';

async function countsOf(text: string) {
  const article = await extract(text, { rules });
  return article.counts.map(({ count, role, qualifier }) => ({ count, role, qualifier }));
}

describe('counts', () => {
  it('reads a congress report: delegates, subgroups, members, committees and the delegation', async () => {
    const text = [
      'Đại hội đại biểu Đảng bộ huyện Tân Phú lần thứ XII, nhiệm kỳ 2025-2030 khai mạc sáng 20/8.',
      'Dự Đại hội có 268 đại biểu chính thức, trong đó 31 đại biểu đương nhiên và 237 đại biểu được bầu, đại diện cho hơn 6.200 đảng viên trong toàn Đảng bộ.',
      'Đại hội đã bầu Ban Chấp hành Đảng bộ huyện khóa XII gồm 39 đồng chí. Ban Thường vụ Huyện ủy gồm 11 đồng chí.',
      'Đại hội cũng bầu Đoàn đại biểu đi dự Đại hội Đảng bộ tỉnh gồm 24 đồng chí.',
    ].join('\n');
    expect(await countsOf(text)).toEqual([
      { count: 268, role: 'delegates', qualifier: 'exact' },
      { count: 31, role: 'delegates', qualifier: 'exact' },
      { count: 237, role: 'delegates', qualifier: 'exact' },
      { count: 6200, role: 'members', qualifier: 'more_than' },
      { count: 39, role: 'committee', qualifier: 'exact' },
      { count: 11, role: 'committee', qualifier: 'exact' },
      { count: 24, role: 'delegates', qualifier: 'exact' },
    ]);
  });

  it('keeps one fact per count, with the qualifier the body states', async () => {
    const text = [
      'Quán triệt Nghị quyết Đại hội Đảng bộ tỉnh tới 18.000 đảng viên',
      'Hội nghị được tổ chức trực tuyến với trên 18.000 đảng viên trong toàn Đảng bộ tỉnh tham gia.',
    ].join('\n');
    expect(await countsOf(text)).toEqual([{ count: 18000, role: 'members', qualifier: 'more_than' }]);
  });

  it('reads đảng viên standing for the membership as delegates', async () => {
    const text = 'Đại hội Đảng bộ thị xã diễn ra với sự tham dự của 180 đảng viên ưu tú, thay mặt cho gần 9.000 đảng viên.';
    expect(await countsOf(text)).toEqual([
      { count: 180, role: 'delegates', qualifier: 'exact' },
      { count: 9000, role: 'members', qualifier: 'approx' },
    ]);
  });

  it('reads nothing where no party organisation is named', async () => {
    const text = [
      'Đại hội Thể thao toàn quốc có hơn 12.000 vận động viên, 300 đại biểu khách mời.',
      'Ban Chấp hành Liên đoàn Bóng đá khóa mới gồm 21 thành viên.',
    ].join('\n');
    expect(await countsOf(text)).toEqual([]);
  });

  it('leaves out admission targets, discipline, votes and state deputies', async () => {
    const text = [
      'Đại hội Đảng bộ xã đề ra mục tiêu mỗi năm kết nạp từ 25 đảng viên mới trở lên.',
      'Năm qua, Ủy ban Kiểm tra đã thi hành kỷ luật 6 đảng viên.',
      'Nghị quyết được 198/200 đại biểu có mặt biểu quyết tán thành.',
      'Đồng chí Bí thư Đảng ủy là một trong 9 đại biểu HĐND tỉnh của đơn vị.',
    ].join('\n');
    expect(await countsOf(text)).toEqual([]);
  });

  it('reads numbers written in words before every role noun, but not vague amounts', async () => {
    const text = [
      'Đại hội Chi bộ thôn Đông có hai mươi mốt đại biểu chính thức, đại diện cho gần ba trăm đảng viên.',
      'Đại hội bầu mười một đồng chí vào Ban Chấp hành; hàng trăm đại biểu khách mời và vài nghìn đảng viên theo dõi trực tuyến.',
      'Trong phần thảo luận, một đại biểu đề nghị quan tâm kinh tế tập thể.',
    ].join('\n');
    expect(await countsOf(text)).toEqual([
      { count: 21, role: 'delegates', qualifier: 'exact' },
      { count: 300, role: 'members', qualifier: 'approx' },
      { count: 11, role: 'committee', qualifier: 'exact' },
    ]);
  });

  it('reads a list of people at an event held for the congress, not in a paragraph with no party topic', async () => {
    const text = [
      'Đại hội đại biểu Đảng bộ thành phố lần thứ XVI diễn ra từ ngày 14 đến 16/10.',
      'Chào mừng Đại hội, thành phố tổ chức lễ diễu hành với khoảng 2.500 cán bộ, hội viên phụ nữ, học sinh, sinh viên và người dân các phường tham gia; các tuyến phố rực rỡ cờ hoa.',
      'Cũng trong tuần, giải bóng đá thiếu niên có hơn 400 học sinh tham gia.',
    ].join('\n');
    expect(await countsOf(text)).toEqual([{ count: 2500, role: 'participants', qualifier: 'approx' }]);
  });

  it('reads participants of a study conference on a party resolution', async () => {
    const text =
      'Đảng ủy phường tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội, với sự tham gia của gần 700 cán bộ, đảng viên tại 12 điểm cầu.';
    expect(await countsOf(text)).toEqual([{ count: 700, role: 'participants', qualifier: 'approx' }]);
  });

  it('reads the size right after each body of a list, and no delegates or members as a body', async () => {
    const text = [
      'Phiên trù bị Đại hội Đảng bộ xã bầu Đoàn Chủ tịch 7 đồng chí, Đoàn Thư ký 3 đồng chí và Ban Thẩm tra tư cách đại biểu 5 đồng chí.',
      'Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ xã khóa mới bầu Ban Thường vụ 9 đồng chí; Ủy ban Kiểm tra: 6 đồng chí.',
      'Ban Chấp hành Đảng bộ xã 142 đại biểu chính thức, đại diện cho 1.050 đảng viên, đã thảo luận văn kiện.',
    ].join('\n');
    expect(await countsOf(text)).toEqual([
      { count: 7, role: 'committee', qualifier: 'exact' },
      { count: 3, role: 'committee', qualifier: 'exact' },
      { count: 5, role: 'committee', qualifier: 'exact' },
      { count: 9, role: 'committee', qualifier: 'exact' },
      { count: 6, role: 'committee', qualifier: 'exact' },
      { count: 142, role: 'delegates', qualifier: 'exact' },
      { count: 1050, role: 'members', qualifier: 'exact' },
    ]);
  });

  it('reads people elected to attend a higher congress as delegates, never as participants', async () => {
    const text = [
      'Đại hội Đảng bộ Công an huyện bầu 3 đồng chí đi dự Đại hội Đảng bộ Công an tỉnh lần thứ IX.',
      'Đảng bộ phường tổ chức hội nghị quán triệt Nghị quyết; Đại hội Chi bộ bầu ra 2 đồng chí dự hội nghị đại biểu Đảng bộ phường.',
      'Tham dự hội nghị quán triệt Nghị quyết có 120 đồng chí là bí thư chi bộ.',
    ].join('\n');
    expect(await countsOf(text)).toEqual([
      { count: 3, role: 'delegates', qualifier: 'exact' },
      { count: 120, role: 'participants', qualifier: 'exact' },
    ]);
  });

  it("runs a user's count rule only over the paragraphs holding one of its `requires:` words", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vnextract-counts-'));
    writeFileSync(
      join(dir, 'veterans.yaml'),
      [
        'type: counts',
        'rules:',
        '  - name: veterans-association-members',
        "    requires: ['Hội Cựu chiến binh']",
        "    pattern: '(?<n>{{int}}) hội viên'",
        '    set: { role: participants }',
        '    examples:',
        "      - text: 'Hội Cựu chiến binh xã có 120 hội viên, phần lớn là đảng viên.'",
        '',
      ].join('\n'),
    );
    const withUserRule = ruleSetFrom(compileRuleDirs([builtinRulesDir(), dir]).bundle);
    const text = [
      'Hội Cựu chiến binh xã có 120 hội viên, phần lớn là đảng viên.',
      'Chi bộ thôn Đông có 80 hội viên nông dân sinh hoạt thường xuyên.',
    ].join('\n');
    const article = await extract(text, { rules: withUserRule });
    expect(article.counts.map(({ count, role }) => ({ count, role }))).toEqual([{ count: 120, role: 'participants' }]);
  });

  it('reads each of two delegations elected in one sentence as delegates', async () => {
    const text =
      'Đảng bộ Công an huyện có 240 đảng viên. Đại hội bầu đoàn đại biểu gồm 9 đồng chí đi dự Đại hội Đảng bộ huyện và 2 đồng chí dự Đại hội Đảng bộ Công an tỉnh.';
    const article = await extract(text);
    expect(article.counts.map(({ count, role }) => `${role} ${count}`).sort()).toEqual(['delegates 2', 'delegates 9', 'members 240']);
  });
});
