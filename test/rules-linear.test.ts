/**
 * Every built-in rule runs in time linear in the text it scans (issue 6:
 * "no input may cost more than linear time"). Rules run over whole
 * paragraphs and merged windows that may be megabytes long, so each rule's
 * compiled pattern is scanned (globally, as the extractors do, without the
 * `requires:` pre-check) over adversarial texts at two sizes, and the time
 * must grow like the size: ×10 input, well under ×25 time (a quadratic
 * pattern takes ~×100). Times are the best of a few runs, in CPU time,
 * compared within the same run, so the test does not depend on the
 * machine's speed or load.
 *
 * The shapes are the ones that made rules super-linear: runs of digits,
 * spaces, number words, punctuation; a number or a label followed by a long
 * gap (the two cases of the issue); and the attack strings the pattern
 * checker (`npm run check:patterns`) found, in general form.
 */
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { extractSync } from '../src/index.js';
import type { CompiledRule } from '../src/rules/compiled.js';
import { cpuMs } from './support/cpu-time.js';
import { rules } from './support/rules.js';

const allRules = [...rules.byType.values()].flat();

/** Repeat `unit` to about `n` characters. */
const rep = (unit: string, n: number) => unit.repeat(Math.max(1, Math.round(n / unit.length)));

/** Adversarial texts of about `n` characters. */
const shapes: Record<string, (n: number) => string> = {
  digits: (n) => rep('1', n),
  'digits then letter': (n) => rep('0', n) + 'Ừ',
  spaces: (n) => 'a' + rep(' ', n) + 'b',
  'spaces at line start': (n) => ' ' + rep(' ', n) + '\n',
  'spaces then newline': (n) => rep(' \n', n),
  newlines: (n) => rep('\n', n),
  dots: (n) => rep('.', n),
  bangs: (n) => rep('!', n),
  letters: (n) => rep('a', n),
  syllables: (n) => 'có 3 ' + rep('ab ', n),
  // The first case: a count, a long run of number words, the counted noun.
  'count, number words, noun': (n) => 'Đại hội có 343 ' + rep('hai ', n) + 'đảng viên',
  'number words, no noun': (n) => 'Đại hội có 343 ' + rep('hai ', n) + 'x',
  'number words, double spaces': (n) => 'lẻ ' + rep('bẩy  ', n) + 'lẻ',
  'number words, mixed': (n) => 'tư' + rep(' linh', n / 2) + rep(' ba lẻ', n / 2) + '\x00',
  'number words, glued': (n) => 'lẻ lẻ' + rep('ba lẻ ', n / 2) + 'lẻ' + rep('lăm', n / 2),
  'number words in capitals': (n) => 'TƯ' + rep(' LINH', n) + ' ĐẠI BIỂU',
  // The second case: a dateline label then a long gap.
  'label then spaces': (n) => 'date cập nhật' + rep(' ', n) + 't',
  'labelled date gap': (n) => 'Cập nhật ' + rep(' ', n) + ': ( 12/10/2020',
  'ngày then spaces': (n) => 'ngày' + rep(' ', n) + '\x00',
  'number then gap': (n) => 'có 12' + rep(' ', n) + 'x',
  'number then gap then unit': (n) => 'gấp 00' + rep(' ', n) + '%',
  'verb, number, gap': (n) => 'có 03' + rep(' ', n) + 'Ừ',
  'body then gap': (n) => 'chi bộ ' + rep(' ', n) + '\n',
  'goal word then gap': (n) => 'chỉ tiêu ' + rep(' ', n) + '\n',
  'stated total, gap, digits': (n) => 'số đại biểu là ' + rep(' ', n / 2) + 'là ' + rep('0', n / 2),
  'meeting, gap, digits': (n) => 'lớp học có 0' + rep(' ', n / 2) + ' có 0' + rep('0', n / 2) + '\n',
  'thousands by spaces': (n) => '0 000' + rep(' 000', n) + 'Ừ',
  'thousands by spaces, wide': (n) => '0 000' + rep('  ', n) + '-0 phần trăm0 ',
  'ranges of amounts': (n) => '0' + rep(' -0.000', n) + '%',
  'dotted groups': (n) => rep('1.000', n),
  'digit pairs': (n) => rep('1 ', n),
  slashes: (n) => rep('1/', n),
  percents: (n) => rep('1%', n),
  commas: (n) => rep(', 2 ', n / 2) + 'a' + rep(' ', n / 2),
  'scale words': (n) => rep('ừ0tỷđ', n) + 'k',
  'currency words': (n) => rep('ừ0đồng', n) + '/',
  'range then digits': (n) => '0-0' + rep('0', n) + 'Ừ',
  'unit letters': (n) => '0m' + rep('yệ', n) + ' ',
  'unit then spaces': (n) => '0myp' + rep(' ', n),
  'decision words': (n) => rep('ơthống nhất', n) + 'ủi\n',
  'decision words, cased': (n) => rep('nxác định non sô', n / 2) + 'ơ' + rep('Xnxác định hai mi', n / 2) + 'ềơ',
  'year spans': (n) => rep('02023-2', n),
  'dash runs': (n) => '2-3' + rep('-12', n / 2) + rep('4-0', n / 2) + '%độ',
  'day month words': (n) => rep('2 tháng ', n) + 'áng1ù',
  'day runs': (n) => 'lễ ' + rep('1  ,', n) + ' .',
  'day span words': (n) => 'ngày ' + rep('1-ngày ', n) + 'ùtừ',
  'day words': (n) => 'lễà' + rep(' hôm', n) + 'sáu44',
  'body name words': (n) => 'Đại hội Đảng bộ Đ U Ộ K K Y' + rep(' M,TP Ó X Ấ X', n) + '\t',
  'party ratio gap': (n) => 'chi bộ ' + rep(' ', n) + ' hoàn thành',
  'qualifier, number words': (n) => 'gần ' + rep('lẻ ', n) + 'Ừ',
  'meeting, number words': (n) => 'lớp học có ' + rep('lẻ ', n / 2) + rep('ba ', n / 2) + '\n',
  'thousands groups': (n) => ',' + rep('0 000 000', n) + 'Ừ',
  'people at a meeting': (n) => '0,000000' + rep('0 ngàn người dự tại 0', n) + '\n',
  'list of numbers': (n) => '0-33030002003302' + rep(',33222', n) + '%',
  parentheses: (n) => 'ch(' + rep('t(', n) + '\x00t',
  'day words run': (n) => 'hômhôm' + rep(' hôm', n) + 't',
  'decision words, long': (n) => rep('ơxác định phư', n / 2) + 'n' + rep('xh', n / 2) + 'ủyhống nhấtủ',
};

const SMALL = 5_000;
const LARGE = 50_000;
/** A linear pattern takes ~×10 for ×10 input; a quadratic one ~×100. */
const MAX_RATIO = 25;
/** Times below this (ms) are noise, not growth. */
const FLOOR_MS = 1;
/** Only a guard against hanging forever on a super-linear pattern, not a measure. */
const HANG_MS = 4000;

interface Growth {
  shape: string;
  small: number;
  large: number;
  ratio: number;
}

/** Best time (ms) of `runs` global scans of `s` with `re`. */
function bestTime(re: RegExp, s: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = cpuMs();
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) if (m[0] === '') re.lastIndex++;
    best = Math.min(best, cpuMs() - t0);
  }
  return best;
}

/**
 * How the time of `re` grows from SMALL to LARGE on each shape. One run each;
 * a shape that looks super-linear is measured again, best of three.
 */
function growthOf(re: RegExp, progress: { shape: string }): Growth[] {
  bestTime(re, shapes.digits(SMALL), 1); // warm up: the first scan compiles the pattern
  return Object.entries(shapes).map(([shape, make]) => {
    progress.shape = shape;
    const small = make(SMALL);
    const large = make(LARGE);
    let ts = bestTime(re, small, 1);
    let tl = bestTime(re, large, 1);
    if (tl / Math.max(ts, FLOOR_MS) >= MAX_RATIO / 2) {
      ts = Math.min(ts, bestTime(re, small, 3));
      tl = Math.min(tl, bestTime(re, large, 3));
    }
    return { shape, small: ts, large: tl, ratio: tl / Math.max(ts, FLOOR_MS) };
  });
}

function extractTimed(text: string): { ms: number; fatal: string[] } {
  const t0 = cpuMs();
  const article = extractSync(text, rules);
  return { ms: cpuMs() - t0, fatal: article.messages.filter((m) => m.fatal).map((m) => m.reason) };
}

// The measures run in a script with a timeout, so that a super-linear pattern
// fails the test instead of hanging it (V8 interrupts a running regular expression).
const sandbox = vm.createContext({ growthOf, extractTimed, re: /x/g, progress: { shape: '' }, text: '' });
const guardedGrowth = new vm.Script('growthOf(re, progress)');
const extractGuarded = new vm.Script('extractTimed(text)');

function growth(rule: CompiledRule): Growth[] {
  sandbox.re = new RegExp(rule.re.source, rule.re.flags);
  sandbox.progress = { shape: '' };
  try {
    return guardedGrowth.runInContext(sandbox, { timeout: HANG_MS }) as Growth[];
  } catch (e) {
    if ((e as { code?: string }).code !== 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw e;
    return [{ shape: (sandbox.progress as { shape: string }).shape, small: NaN, large: Infinity, ratio: Infinity }];
  }
}

describe('every rule pattern runs in linear time', () => {
  for (const rule of allRules) {
    it(rule.id, () => {
      const slow = growth(rule)
        .filter((g) => g.ratio >= MAX_RATIO)
        .map((g) =>
          g.large === Infinity
            ? `${g.shape}: did not finish in ${HANG_MS / 1000} s`
            : `${g.shape}: ×${(LARGE / SMALL).toFixed(0)} input took ×${g.ratio.toFixed(0)} time (${g.small.toFixed(2)} → ${g.large.toFixed(2)} ms)`,
        );
      expect(slow.length, `${rule.id} grows faster than its input:\n${slow.join('\n')}`).toBe(0);
    });
  }
});

describe('the two cases of issue 6, end to end', () => {
  const cases: Record<string, (n: number) => string> = {
    // Once 76 s for 40,000 words.
    'a count, a long run of number words, then đảng viên': (n) => 'Đại hội có 343 ' + 'hai '.repeat(n) + 'đảng viên\n',
    // Once 38 s for 3,000 spaces (published/labelled-date, tried on the first lines).
    'a dateline label followed by spaces': (n) => 'date cập nhật' + ' '.repeat(n) + 't\n',
  };
  for (const [name, make] of Object.entries(cases)) {
    it(name, () => {
      const time = (n: number) => {
        sandbox.text = make(n);
        let best = Infinity;
        for (let i = 0; i < 2; i++) {
          let result: { ms: number; fatal: string[] };
          try {
            result = extractGuarded.runInContext(sandbox, { timeout: HANG_MS * 2 }) as typeof result;
          } catch (e) {
            if ((e as { code?: string }).code !== 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw e;
            throw new Error(`${n} units did not finish in ${(HANG_MS * 2) / 1000} s`);
          }
          const { ms, fatal } = result;
          expect(fatal).toEqual([]);
          best = Math.min(best, ms);
        }
        return best;
      };
      time(1_000); // warm up
      const small = time(4_000);
      const large = time(40_000);
      expect(large / Math.max(small, FLOOR_MS), `${small.toFixed(1)} → ${large.toFixed(1)} ms`).toBeLessThan(MAX_RATIO);
    });
  }
});
