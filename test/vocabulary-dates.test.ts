/**
 * Date windows open at the anchor words of the rule files (`date_anchor`),
 * not at a list in the TypeScript: a `--rules` folder that adds an anchor
 * word (here the old spelling `quí` of `quý`) makes its dates readable.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { ruleSetFrom } from '../src/rules/load.js';
import { TextDoc } from '../src/tokenize/doc.js';
import { dateWindows } from '../src/extract/dates.js';
import { builtinCompiled, userRuleDir, withUserRules } from './support/rules.js';

const builtin = ruleSetFrom(builtinCompiled().bundle);

const values = async (text: string, rules = builtin) => (await extract(text, { rules })).dates.map((d) => [d.value, d.rule]);

describe('a date rule on a new anchor word', () => {
  // `của năm` after the quarter: a phrasing the built-in quarter rule does not read.
  const text = 'Công trình dự kiến hoàn thành trong quí III của năm 2026, sớm hơn kế hoạch.';
  const file = `type: dates
tables:
  date_anchor:
    quarter: [quí]
rules:
  - name: quarter-old-spelling
    pattern: '{{b}}quí (?<quarter>IV|III|II|I) của năm (?<year>{{year}})'
    set: { form: quarter }
    examples:
      - text: 'Nhà máy đi vào hoạt động từ quí II của năm 2027.'
        expect: [{ value: '2027-Q2', kind: quarter }]
`;

  it('yields nothing with the built-in rules', async () => {
    expect(await values(text)).toEqual([]);
  });

  it('takes effect when its file names the anchor word', async () => {
    expect(await values(text, withUserRules(userRuleDir({ 'old-spelling.yaml': file })))).toEqual([['2026-Q3', 'old-spelling/quarter-old-spelling']]);
  });

  it('the anchor word alone lets the built-in quarter rule read it', async () => {
    const rules = withUserRules(userRuleDir({ 'anchor.yaml': 'type: fragments\ntables:\n  date_anchor:\n    quarter: [quí]\n' }));
    expect(await values(text.replace(' của năm ', '/'), rules)).toEqual([['2026-Q3', 'dates/quarter-year']]);
    expect(await values('Công trình hoàn thành trong QUÍ 4 NĂM 2026.', rules)).toEqual([['2026-Q4', 'dates/quarter-year']]);
  });
});

describe('date windows', () => {
  const filler = ' lời'.repeat(100);
  const windows = (pieces: string[], rules = builtin) => {
    const doc = new TextDoc(pieces.join(filler));
    return dateWindows(doc, rules.vocabulary).map((w) => doc.text.slice(w.start, w.end).trim());
  };

  it('open at each anchor word in lower case, sentence case and capitals, before a number', () => {
    const anchored = ['tháng 10', 'Tháng  11', 'THÁNG 12', 'quý I', 'Quý 2', 'QUÝ IV'];
    const opened = windows(['Mở đầu', ...anchored, 'tháng này', 'quý báu', 'Kết thúc']);
    expect(opened).toHaveLength(anchored.length);
    for (const [i, a] of anchored.entries()) expect(opened[i]).toContain(a);
  });

  it('open at a word a rule file adds', () => {
    expect(windows(['Mở đầu', 'quí III', 'Kết thúc'])).toEqual([]);
    const rules = withUserRules(userRuleDir({ 'anchor.yaml': 'type: fragments\ntables:\n  date_anchor:\n    quarter: [quí]\n' }));
    expect(windows(['Mở đầu', 'quí III', 'Quí 2', 'Kết thúc'], rules).map((w) => /[Qq]uí \w+/.exec(w)?.[0])).toEqual(['quí III', 'Quí 2']);
  });
});

describe('the words that join two dates', () => {
  const connector = withUserRules(userRuleDir({ 'connector.yaml': 'type: fragments\ntables:\n  date_connector:\n    range: [cho tới]\n' }));

  it('a range connector added to date_connector joins two dates into a range', async () => {
    const text = 'Đợt kiểm tra diễn ra từ ngày 3/8 cho tới ngày 6/8/2025 tại các xã.';
    expect((await values(text)).map(([v]) => v)).toEqual(['--08-03', '2025-08-06']);
    expect((await values(text, connector)).map(([v]) => v)).toEqual(['2025-08-03/2025-08-06']);
  });

  it('the months of a span are read with it too', async () => {
    const text = 'Các chi bộ tổ chức Đại hội từ tháng 4 cho tới tháng 6/2025.';
    expect((await values(text)).map(([v]) => v)).toEqual(['2025-06']);
    expect((await values(text, connector)).map(([v]) => v)).toEqual(['2025-04/2025-06']);
  });

  it('a time word added to date_gap_word may stand between a range and its end', async () => {
    const text = 'Phiên họp kéo dài từ ngày 1/10 đến khuya ngày 2/10.';
    expect((await values(text, builtin)).map(([v]) => v)).not.toContain('2025-10-01/2025-10-02');
    const rules = withUserRules(userRuleDir({ 'gap.yaml': 'type: fragments\ntables:\n  date_gap_word:\n    word: [khuya]\n' }));
    const reference = '2025-09-28';
    expect((await extract(text, { rules, reference })).dates.map((d) => d.value)).toEqual(['2025-10-01/2025-10-02']);
  });
});

describe('the dateline reads its words from the tables', () => {
  const text = '# doc_id = tin-001\n# published = 20201101\nĐại hội Đảng bộ phường thành công tốt đẹp';

  it('a label added to metadata_label makes a scraper line a dateline', async () => {
    expect((await extract(text, { rules: builtin })).published).toBeNull();
    const rules = withUserRules(userRuleDir({ 'label.yaml': 'type: fragments\ntables:\n  metadata_label:\n    date: [published]\n' }));
    expect((await extract(text, { rules })).published).toMatchObject({ value: '2020-11-01', rule: 'published/scraper-date-line' });
  });

  it('a month word added to date_anchor makes a header line date-like', async () => {
    const header = 'Tin tức\nThứ Hai, ngày 2 th. 11 năm 2020\nĐại hội Đảng bộ phường thành công tốt đẹp.';
    expect((await extract(header, { rules: builtin })).published).toBeNull();
    const rules = withUserRules(userRuleDir({ 'month.yaml': "type: fragments\ntables:\n  date_anchor:\n    month: ['th.']\n" }));
    expect((await extract(header, { rules })).published).toMatchObject({ value: '2020-11-02', rule: 'published/weekday-date' });
  });
});
