/**
 * No input may cost more than linear time (issue 6). Each shape below is an
 * input that once took quadratic, cubic or exponential time somewhere in the
 * pipeline: a pattern tried again from every position of a run, a loop that
 * rescanned a sentence or paragraph for every match in it, a window or list
 * without bound. The whole pipeline (`extractSync`) runs on the shape at
 * about 100 K and 1 M characters, and the second may take at most RATIO
 * times as long as the first: linear work gives about 10, quadratic about
 * 100. Only the ratio of two times measured in this process is asserted,
 * each the best of a few runs and in CPU time, so a slow or busy machine
 * does not matter (the large input is run again only while the ratio is
 * too high).
 *
 * `npm test` runs the shapes at 50 K and 500 K characters (half the time);
 * CI (`.ci/run`) at 100 K and 1 M, where a small quadratic term next to a
 * large linear one shows more.
 *
 *   LINEAR_TIME_REPORT=1 npx vitest run test/linear-time.test.ts   print the times
 *   LINEAR_SIZE=1000000 npx vitest run test/linear-time.test.ts    the large size (the small one is a tenth)
 */
import { afterAll, describe, expect, it } from 'vitest';
import { extractSync } from '../src/index.js';
import { lintInput } from '../src/lint/lint-text.js';
import { cpuMs } from './support/cpu-time.js';
import { rules } from './support/rules.js';

const LARGE = Number(process.env.LINEAR_SIZE ?? 500_000);
if (!Number.isInteger(LARGE) || LARGE < 100_000) {
  throw new Error(`LINEAR_SIZE must be a whole number of characters, at least 100000, not ${JSON.stringify(process.env.LINEAR_SIZE)}`);
}
const SMALL = LARGE / 10;
/** Sizes as the messages write them (100 K, 1 M). */
const size = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000} M` : `${n / 1000} K`);
const RATIO = 25;
/** Times under this are read as this: a ratio of two tiny times is noise. */
const FLOOR_MS = 5;

interface Shape {
  head?: string;
  /** Repeated until the text reaches the size; a function gets the repetition's number. */
  unit: string | ((i: number) => string);
  tail?: string;
}

/** The shape at about `size` characters. */
function build({ head = '', unit, tail = '' }: Shape, size: number): string {
  if (typeof unit === 'string') return head + unit.repeat(Math.max(1, Math.ceil((size - head.length - tail.length) / unit.length))) + tail;
  const parts = [head];
  for (let i = 0, length = head.length + tail.length; length < size; i++) {
    const u = unit(i);
    parts.push(u);
    length += u.length;
  }
  parts.push(tail);
  return parts.join('');
}

type Work = (text: string) => unknown;
const extractWork: Work = (text) => extractSync(text, rules);
/** `vnextract check`'s work on one article: extraction, every check rule, the duplicate signature. */
const checkWork: Work = (text) => lintInput(text, rules, { signature: true });

function bestTime(text: string, runs: number, work: Work = extractWork): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = cpuMs();
    work(text);
    best = Math.min(best, cpuMs() - t0);
  }
  return best;
}

const report: string[] = [];
afterAll(() => {
  if (process.env.LINEAR_TIME_REPORT) console.log([`shape | ${size(SMALL)} ms | ${size(LARGE)} ms | ratio`, ...report].join('\n'));
});

function expectLinear(name: string, shape: Shape, work: Work = extractWork): void {
  bestTime(build(shape, SMALL / 10), 1, work); // warm up this shape's code paths
  const small = bestTime(build(shape, SMALL), 2, work);
  // The large input is run again (three times at most) only while its best time is too long.
  const largeText = build(shape, LARGE);
  let large = Infinity;
  let ratio = Infinity;
  for (let run = 0; run < 3 && ratio >= RATIO; run++) {
    large = Math.min(large, bestTime(largeText, 1, work));
    ratio = Math.max(large, FLOOR_MS) / Math.max(small, FLOOR_MS);
  }
  report.push(`${name} | ${small.toFixed(0)} | ${large.toFixed(0)} | ${ratio.toFixed(1)}`);
  expect(ratio, `${name}: ${small.toFixed(0)} ms at ${size(SMALL)}, ${large.toFixed(0)} ms at ${size(LARGE)} characters`).toBeLessThan(RATIO);
}

/** Words between the goals of a shape. */
const FILLER = 'ở các thôn bản vùng cao biên giới của tỉnh';

/** Shapes whose time was spent in this project's code (src/): each took far more than linear time before. */
const SHAPES: Record<string, Shape> = {
  // The shapes the issue reports.
  'weekdays and dates on the title line': { unit: 'Thứ 12/10/2020 ', tail: 'Tin' },
  'digits and one letter': { unit: '1', tail: 'x' },
  // Once 6 s on a 500 K line: work grew with the square of the line's length.
  'a line of years and dashes without spaces': { unit: '2020-' },
  'clock times between two dates': { head: 'Đại hội diễn ra ngày 15/10/2020 - 0:00', unit: ' 0: phút 0:00', tail: 'ê ngày 17/10/2020.' },
  'a run of exclamation marks': { head: 'Đảng bộ tỉnh ', unit: '!', tail: 'x' },
  'a run of full stops in a breakthrough list': { head: 'Đại hội Đảng bộ xác định 3 khâu đột phá: thể chế, hạ tầng và nhân lực', unit: '.', tail: ' .' },
  'a run of spaces in a breakthrough item': { head: 'Tỉnh xác định 3 khâu đột phá: thể chế', unit: ' ', tail: 'x; hạ tầng; nhân lực.' },
  'a run of spaces before an enumerated item': { head: 'Tỉnh xác định 3 khâu đột phá gồm thể chế,', unit: ' ', tail: 'x hạ tầng và nhân lực.' },
  'a dateline label and a run of spaces': { head: 'date cập nhật', unit: ' ', tail: 'x' },
  // Loops that read a whole sentence, paragraph or list again for each match in it.
  'breakthrough statements in one paragraph': { unit: 'Tỉnh xác định 3 khâu đột phá: thể chế; hạ tầng; nhân lực; ' },
  'numbered breakthrough lists in one paragraph': { unit: 'Đảng bộ xác định 3 khâu đột phá. Thứ nhất, thể chế. Thứ hai, hạ tầng. Thứ ba, nhân lực. ' },
  'counted statements each ending a paragraph': { unit: 'Tỉnh xác định 3 khâu đột phá.\nPhát triển hạ tầng.\n' },
  'singular breakthrough statements': { unit: 'Khâu đột phá của tỉnh là phát triển hạ tầng. ' },
  'statements whose next sentence opens a list': { unit: 'Tỉnh xác định 3 khâu đột phá. Đó là, hạ tầng và phát triển. ' },
  'a list cut at task verbs without end': { head: 'Đại hội Đảng bộ xác định 3 khâu đột phá, trong đó nhấn mạnh ', unit: 'phát triển hạ tầng, thu hút đầu tư và ' },
  'distinct breakthrough sets': { unit: (i) => `Tỉnh xác định 3 khâu đột phá: ngành ${i}; vùng ${i}; xã ${i}. ` },
  'congresses in one sentence': { unit: 'Đại hội Đảng bộ tỉnh Bến Tre lần thứ XI, ' },
  'congresses of distinct bodies, two ordinals': { unit: (i) => `Đại hội Đảng bộ xã Tân ${i} lần thứ ${i % 2 ? 'XII' : 'XI'}, ` },
  'congresses of distinct bodies': { unit: (i) => `Đại hội Đảng bộ xã Tân ${i} lần thứ XI, ` },
  'congresses and free terms of office': { unit: (i) => `Đại hội Đảng bộ xã Phú ${i} lần thứ XI. Nhiệm kỳ ${2000 + (i % 20)}-${2005 + (i % 20)}, ` },
  // Places: every congress asks where it is; the article's provinces are tallied once.
  'congresses of distinct bodies among province names': { unit: (i) => `Đại hội Đảng bộ xã Tân ${i} lần thứ XI, tỉnh Bến Tre, gần Tiền Giang, ` },
  'a run of capitalised words and province names': { head: 'Tại ', unit: 'Hà Nội Kiên Giang Thái Bình Dương TP.HCM BR-VT ', tail: 'x.' },
  // Leaders: a sentence is read once, whatever the number of people and titles in it.
  'people listed before one election cue': { head: 'Các đồng chí ', unit: 'Nguyễn Văn An, Trần Thị Bình, ', tail: 'được bầu giữ chức Phó Bí thư Tỉnh ủy.' },
  'titles and names in one sentence': { unit: 'Bí thư Tỉnh ủy Nguyễn Văn An, ' },
  'distinct people with titles in one sentence': { unit: (i) => `Phó Chủ tịch UBND huyện ${'Tân Phú Hòa Bình'.split(' ')[i % 4]} Nguyễn Văn ${'An Bình Cường Dũng Em'.split(' ')[i % 5]}${'abcdefghik'[Math.floor(i / 5) % 10]}, ` },
  'one person named with many distinct titles': { unit: (i) => `Đồng chí Nguyễn Văn An, Bí thư Huyện ủy ${['An', 'Bình', 'Cường', 'Dũng', 'Giang'][i % 5]} ${i.toString(36).toUpperCase()}. ` },
  'a chain of titles after a name': { head: 'Đồng chí Nguyễn Văn An, ', unit: 'Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh, ', tail: 'phát biểu.' },
  'delegations to a congress in one sentence': { head: 'Đảng bộ tỉnh cử ', unit: '3 đồng chí đi dự Đại hội Đảng bộ tỉnh, ', tail: 'x.' },
  // (Goals are spaced out by other words: a dense list is as linear, with more facts to build.)
  'goals in one sentence': { head: 'Nghị quyết Đại hội Đảng bộ đề ra: ', unit: `phấn đấu đến năm 2030 tỷ lệ hộ nghèo đạt 50% ${FILLER}, ` },
  'distinct goals in one sentence': { head: 'Nghị quyết Đại hội Đảng bộ đề ra mục tiêu: ', unit: (i) => `tỷ lệ A${i} đạt ${i}% ${FILLER}; ` },
  'rates in a yearly sentence': { head: 'Hằng năm, Đảng bộ phấn đấu ', unit: `tăng 5% ${FILLER}, `, tail: 'x.' },
  'past years beside a deadline': { head: 'Đảng bộ phấn đấu đến năm 2030 ', unit: `năm 2020 đạt 28% ${FILLER}, `, tail: 'x.' },
  'goals in parentheses': { head: 'Nghị quyết Đại hội Đảng bộ đề ra chỉ tiêu ', unit: `(tăng 5%) ${FILLER} ` },
  // Dense text (issue 10): whole congress articles, one after another in one file, each of another
  // body and province, with every fact type in it — what a scraper's dump of concatenated articles is.
  'congress articles of distinct bodies, one after another': {
    unit: (i) => {
      const place = ['Bến Tre', 'Kiên Giang', 'Thái Bình', 'Lào Cai', 'Quảng Nam'][i % 5];
      const roman = ['XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'][i % 6];
      return (
        `Khai mạc Đại hội đại biểu Đảng bộ huyện Tân ${i} lần thứ ${roman}\n` +
        `Sáng ${1 + (i % 28)}/10/2020, tại Trung tâm Hội nghị huyện, Đại hội đại biểu Đảng bộ huyện Tân ${i}, tỉnh ${place} lần thứ ${roman}, nhiệm kỳ 2020 - 2025 khai mạc với ${200 + (i % 90)} đại biểu chính thức, thay mặt cho ${4000 + i} đảng viên.\n` +
        `Nhiệm kỳ qua, tốc độ tăng trưởng kinh tế bình quân đạt ${6 + (i % 4)},${i % 10}%/năm. Đại hội xác định 3 khâu đột phá: hạ tầng giao thông; cải cách hành chính; nguồn nhân lực.\n` +
        `Phấn đấu đến năm 2025, tỷ lệ hộ nghèo giảm còn dưới ${1 + (i % 3)}%, thu ngân sách đạt ${300 + i} tỷ đồng.\n` +
        `Đại hội đã bầu ${35 + (i % 10)} đồng chí vào Ban Chấp hành Đảng bộ huyện khóa ${roman}. Đồng chí Nguyễn Văn ${'An Bình Cường Dũng Giang'.split(' ')[i % 5]} được bầu giữ chức Bí thư Huyện ủy.\n\n`
      );
    },
  },
  'an HTML page of many paragraphs': { head: '<html><body>', unit: '<p>Đại hội Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020-2025.</p>', tail: '</body></html>' },
  // Patterns tried again from every position of a run.
  'words that end an indicator, then one that does not': { head: 'Nghị quyết Đại hội Đảng bộ đề ra chỉ tiêu tỷ lệ', unit: ' đạt', tail: ' x 50%.' },
  '`bình quân` without `tăng` before a rate': { head: 'Nghị quyết Đại hội Đảng bộ đề ra chỉ tiêu ', unit: 'bình quân ', tail: 'đạt 7%.' },
  'unclosed styles in a page too deep to parse': { head: `<html><body>${'<div>'.repeat(6000)}`, unit: '<STYLE M' },
  'unclosed comments in a page too deep to parse': { head: `<html><body>${'<div>'.repeat(6000)}`, unit: '<!-- x' },
  'unclosed tags in a page too deep to parse': { head: `<html><body>${'<div>'.repeat(6000)}`, unit: '<x' },
  // Attack strings the pattern checker gave for patterns rewritten since; V8 ran
  // these in linear time already (or on bounded lines), and they must stay so.
  'separators on the first lines': { head: '\n>\tD> DH', unit: '\t ', tail: 'Ả' },
  'meeting words far from a party name': { unit: 'Đại hội ', tail: ' Đảng Cộng sản Trung Quốc.' },
  'a deciding body repeated': { head: 'Đảng. ', unit: 'ủy 0', tail: ' 1:' },
  'numbering words after a breakthrough statement': { head: 'Tỉnh xác định 3 khâu đột phá: B', unit: ' Nhiệm vụ' },
  'lines in capitals in a goal list': { head: 'Nghị quyết Đại hội Đảng bộ đề ra mục tiêu đến năm 2030:\n', unit: `${'-AA'.repeat(60)}\n` },
  'photo credits padded with spaces': { head: 'Nghị quyết Đại hội Đảng bộ đề ra mục tiêu đến năm 2030:\n', unit: `Ảnh:${' '.repeat(150)}x)\n` },
};

/**
 * Shapes that were slow because of a rule pattern (rules/*.yaml): the
 * lookbehind `(?<=(?:[,;]|và)[ ]*)` of targets/counted-noun-continued read
 * back over a run of spaces from every position in it, and the counts rules
 * let a number of `hai` words be read in many ways.
 */
const RULE_SHAPES: Record<string, Shape> = {
  'many `hai` between a number and its noun': { head: 'Đảng bộ có 5 ', unit: 'hai ', tail: 'đảng viên.' },
  'a run of spaces in a breakthrough item of a party text': { head: 'Đại hội Đảng bộ xác định 3 khâu đột phá: thể chế', unit: ' ', tail: 'x; hạ tầng; nhân lực.' },
  'a run of spaces between two goals': { head: 'Nghị quyết Đại hội Đảng bộ đề ra chỉ tiêu tỷ lệ A đạt 50%', unit: ' ', tail: 'x, tỷ lệ B đạt 60%.' },
};

describe('time grows linearly with the input', () => {
  for (const [name, shape] of Object.entries(SHAPES)) it(name, () => expectLinear(name, shape), 60_000);
  for (const [name, shape] of Object.entries(RULE_SHAPES)) it(name, () => expectLinear(name, shape), 60_000);
});

/** Shapes aimed at the check rules (`src/lint/`): what each reads in the written text, repeated without end. */
const CHECK_SHAPES: Record<string, Shape> = {
  'unclosed tags and entities in a text file': { unit: '<p <br &nbsp &amp x<' },
  'combining marks and control characters': { unit: 'e\u0301\u0302 \u0008a\u0300' },
  'mojibake leads without their bytes': { unit: 'Ã Ä á â' },
  // Every paragraph as long as the others, none the same: each once compared with all before it.
  'paragraphs of one length, all different': { unit: (i) => `Đoạn ${String(i).padStart(7, '0')} kể về đại hội đảng bộ của tỉnh với các đại biểu và đảng viên trong toàn tỉnh.\n` },
  'the same paragraph again and again': { unit: 'Đại hội đã thảo luận và thông qua báo cáo chính trị của Ban Chấp hành Đảng bộ tỉnh khóa trước.\n' },
  'year spans after period words': { unit: 'nhiệm kỳ 2025-2020 giai đoạn 2021 - ' },
  'date ranges that never end': { unit: 'từ ngày 17 - 15/10 đến ' },
  'percentage ranges in a goal': { head: 'Đại hội đặt mục tiêu tỷ lệ ', unit: '12 - 10% - ' },
  'words that end no sentence, at the end': { unit: 'của các và ', tail: 'của' },
  'breakthroughs numbered without end': { head: 'Đại hội xác định 3 khâu đột phá: ', unit: 'Thứ nhất, hạ tầng; ' },
  'congresses of one body under many ordinals': { unit: (i) => `Đại hội Đảng bộ huyện Tân An lần thứ ${['XX', 'XXII', 'XXV', 'XXVIII'][i % 4]}. ` },
};

describe('vnextract check: time grows linearly with the input', () => {
  for (const [name, shape] of Object.entries(CHECK_SHAPES)) it(name, () => expectLinear(`check: ${name}`, shape, checkWork), 60_000);
  // Two of the extraction's shapes, through the check as well.
  for (const name of ['digits and one letter', 'a run of spaces between two goals']) it(name, () => expectLinear(`check: ${name}`, { ...SHAPES, ...RULE_SHAPES }[name], checkWork), 60_000);
});
