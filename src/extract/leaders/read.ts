/**
 * One sentence read as a sequence of items: positions (a title with its
 * body, and the name right after it when there is one), names (after an
 * honorific, or a capitalised run starting with a family name), cues (an
 * election, a career history) and list openers (`là`, `gồm` after a title).
 * What lies between two items (only commas and `và`, or other words) is
 * kept as a gap, so `link.ts` can tell a chain from two separate mentions.
 */
import type { Span } from '../../types.js';
import type { PhraseTable, Token } from './tokens.js';
import type { LeaderWords } from './words.js';

export interface Name extends Span {
  text: string;
  /** Where the mention starts: its honorific, else the name. */
  from: number;
}

export interface Position extends Span {
  /** The title with its body, as written, without a term qualifier. */
  text: string;
  /** Canonical title code (`deputy-secretary`). */
  title: string;
  /** The body the title names, as written, or null. */
  body: string | null;
  /** A past post (`nguyên Bí thư …`). */
  former: boolean;
  /** A post just taken (`Tân Bí thư …`). */
  fresh: boolean;
  /** Preceded by a plural word (`Hai Phó Bí thư`): a list of holders may follow. */
  plural: boolean;
  /** The holder named right after the title (`Bí thư Tỉnh ủy Nguyễn Văn A`). */
  name: Name | null;
}

export type CueKind = 'elected' | 'history';

export type Item =
  | { kind: 'position'; pos: Position; first: number; last: number }
  | { kind: 'name'; name: Name; first: number; last: number }
  | { kind: 'cue'; cue: CueKind; first: number; last: number }
  | { kind: 'list'; first: number; last: number };

/** What lies between two items. */
export interface Gap {
  /** Only separators, link words and term qualifiers. */
  linked: boolean;
  /** A semicolon among them: the end of one person's chain. */
  semicolon: boolean;
  /** Only separators, qualifiers and the words that may stand between a person and an election (`được Bộ Chính trị`). */
  beforeCue: boolean;
  /** Only separators and the words between an election and its title (`làm`, `giữ chức`). */
  beforeTarget: boolean;
  /** `beforeTarget`, with one of those words among the separators (`, làm`, not `,` alone). */
  targetWord: boolean;
}

const SEPARATORS = new Set([',', ';', ':', '-', '(', ')', '–', '—']);
const DASHES = new Set(['-', '–', '—']);
const isRoman = (t: Token) => /^[IVXLC]+$/.test(t.text);
const isDigits = (t: Token) => /^\d+$/.test(t.text);
/** A syllable of a name: a capitalised word that is not an acronym. */
const nameSyllable = (t: Token | undefined): boolean => t?.word === true && t.cap && !t.acronym;

/** The part of a word a family name or an ethnic prefix is looked up by: K'Mák, H'Yim, the prefix before the apostrophe. */
function namePrefix(t: Token): string {
  const k = t.key;
  // Most words hold no apostrophe: no split, no new string.
  const a = k.indexOf("'");
  const b = k.indexOf('’');
  const cut = a < 0 ? b : b < 0 ? a : Math.min(a, b);
  return cut < 0 ? k : k.slice(0, cut);
}

/**
 * Whether any word of the sentence may start a name: an honorific, or a
 * capitalised family name or ethnic prefix (what `nameAt` and `validName`
 * start from). A sentence without one names no one, whatever its titles, so
 * it need not be read: a third of the sentences with a title are such.
 */
export function mayNameSomeone(t: readonly Token[], w: LeaderWords, mask: number[] = tableMasks(t, w)): boolean {
  const hon = w.honorific.bit;
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (nameSyllable(x) && (w.family.has(namePrefix(x)) || w.ethnic.has(namePrefix(x)))) return true;
    if ((mask[i] & hon) !== 0 && w.honorific.match(t, i) !== null) return true;
  }
  return false;
}

/**
 * For each token, the bits of the tables with a phrase starting with it
 * (`LeaderWords.starts`): one lookup per word, made once for the check
 * above and the reader.
 */
export function tableMasks(t: readonly Token[], w: LeaderWords): number[] {
  // A plain array: a small typed array costs more to make than it saves.
  const mask = new Array<number>(t.length);
  for (let i = 0; i < t.length; i++) mask[i] = w.starts.get(t[i].key) ?? 0;
  return mask;
}

/** One cue found by a cue rule, in token indices. */
export interface CueAt {
  cue: CueKind;
  first: number;
  last: number;
}

export class SentenceReader {
  /** Tokens that belong to a term qualifier or a link word: gap filler that keeps a chain. */
  private readonly linkToken: boolean[];
  private readonly fillerToken: boolean[];
  private readonly targetToken: boolean[];

  constructor(
    private readonly t: readonly Token[],
    private readonly w: LeaderWords,
    private readonly text: (s: Span) => string,
    /** `tableMasks(t, w)`, when the caller has it already. */
    private readonly mask: number[] = tableMasks(t, w),
  ) {
    const n = t.length;
    this.linkToken = new Array<boolean>(n);
    for (let i = 0; i < n; i++) this.linkToken[i] = !t[i].word && SEPARATORS.has(t[i].text);
    this.fillerToken = this.linkToken.slice();
    this.targetToken = this.linkToken.slice();
    for (let i = 0; i < t.length; i++) {
      if (t[i].cap) this.fillerToken[i] = true;
      // Most words start no phrase of any table: one test passes them by.
      if (this.mask[i] === 0) continue;
      const q = this.qualifierEnd(i);
      if (q > i) for (let k = i; k < q; k++) this.linkToken[k] = this.fillerToken[k] = true;
      const l = this.on(this.w.link, i);
      if (l) for (let k = i; k < l.end; k++) this.linkToken[k] = this.fillerToken[k] = true;
      const f = this.on(this.w.cueFiller, i);
      if (f) for (let k = i; k < f.end; k++) this.fillerToken[k] = true;
      const g = this.on(this.w.cueTarget, i);
      if (g) for (let k = i; k < g.end; k++) this.targetToken[k] = true;
    }
  }

  /** The longest phrase of `table` at token `i`; one bit test when no phrase of it starts there. */
  private on(table: PhraseTable, i: number): { end: number; cls: string } | null {
    return i >= 0 && i < this.t.length && (this.mask[i] & table.bit) !== 0 ? table.match(this.t, i) : null;
  }

  private hasAt(table: PhraseTable, i: number): boolean {
    return this.on(table, i) !== null;
  }

  /** The end of a term qualifier at `i` (`khóa XIX`, `nhiệm kỳ 2015 - 2020`, `nhiệm kỳ này`), or `i`. */
  qualifierEnd(i: number): number {
    const t = this.t;
    const q = this.on(this.w.qualifier, i);
    if (!q) return i;
    const k = q.end;
    const x = t[k];
    if (!x) return k;
    if (isRoman(x)) return k + 1;
    if (isDigits(x)) return DASHES.has(t[k + 1]?.text ?? '') && t[k + 2] && isDigits(t[k + 2]) ? k + 3 : k + 1;
    // A short word of time: nhiệm kỳ này, khóa mới.
    if (x.word && !x.cap && x.text.length <= 5 && !this.hasAt(this.w.title, k) && !this.hasAt(this.w.listIntro, k)) return k + 1;
    return k;
  }

  gap(from: number, to: number): Gap {
    let linked = true;
    let semicolon = false;
    let beforeCue = true;
    let beforeTarget = true;
    let targetWord = false;
    let others = 0;
    for (let k = from; k < to; k++) {
      if (this.t[k].text === ';') semicolon = true;
      if (!this.linkToken[k]) linked = false;
      if (!this.fillerToken[k]) beforeCue = false;
      else if (!this.linkToken[k]) others++;
      if (!this.targetToken[k]) beforeTarget = false;
      else if (this.t[k].word) targetWord = true;
    }
    return { linked, semicolon, beforeCue: beforeCue && others <= 5, beforeTarget, targetWord: beforeTarget && targetWord };
  }

  /** The items of the sentence, in order; `cues` are the matches of the cue rules. */
  items(cues: readonly CueAt[]): Item[] {
    const t = this.t;
    const out: Item[] = [];
    const cueAt = new Map(cues.map((c) => [c.first, c]));
    let i = 0;
    while (i < t.length) {
      // A word that starts no phrase of a table, in lower case, starts no item.
      if (this.mask[i] === 0 && !t[i].cap && !cueAt.has(i)) {
        i++;
        continue;
      }
      const cue = cueAt.get(i);
      if (cue) {
        out.push({ kind: 'cue', cue: cue.cue, first: i, last: cue.last });
        i = cue.last + 1;
        continue;
      }
      const q = this.qualifierEnd(i);
      if (q > i) {
        i = q;
        continue;
      }
      const pos = this.position(i);
      if (pos) {
        out.push(pos.item);
        i = pos.next;
        continue;
      }
      const prev = out[out.length - 1];
      if (prev?.kind === 'position' && !prev.pos.name) {
        const list = this.on(this.w.listIntro, i);
        if (list && this.gap(prev.last + 1, i).linked) {
          out.push({ kind: 'list', first: i, last: list.end - 1 });
          i = list.end;
          continue;
        }
      }
      const name = this.nameAt(i);
      if (name) {
        if (name.item) out.push(name.item);
        i = name.next;
        continue;
      }
      i++;
    }
    return out;
  }

  /** A title (with `nguyên` or `Tân` before it) at `i`, its body, and the name after it. */
  private position(i: number): { item: Item; next: number } | null {
    const t = this.t;
    let at = i;
    const former = this.on(this.w.former, at);
    const fresh = former ? null : this.on(this.w.fresh, at);
    if (former) at = former.end;
    else if (fresh) at = fresh.end;
    const listed = former || fresh ? null : this.on(this.w.listBody, at);
    const title = listed ?? this.on(this.w.title, at);
    if (!title) return null;
    if (at > 0 && this.on(this.w.notBefore, at - 1)?.end === at) return null;
    // The body: capitalised words, acronyms and the lower-case words of a body, up to a new title.
    let k = title.end;
    while (k < t.length) {
      if (this.hasAt(this.w.title, k) && !(this.on(this.w.notBefore, k - 1)?.end === k)) break;
      if (this.hasAt(this.w.qualifier, k)) break;
      const bw = this.on(this.w.bodyWord, k);
      if (bw) {
        k = bw.end;
        continue;
      }
      if (t[k].word && (t[k].cap || t[k].acronym)) {
        k++;
        continue;
      }
      // `và` inside a body's name, before a capitalised word of a body (Bộ Tài nguyên
      // và Môi trường, Học viện Báo chí và Tuyên truyền); not before a name or a title.
      const join = k > title.end ? this.on(this.w.bodyJoin, k) : null;
      if (join && t[join.end]?.cap) {
        const part = this.on(this.w.bodyWord, join.end);
        if (part && !this.hasAt(this.w.title, join.end)) {
          k = part.end;
          continue;
        }
      }
      // A unit's number after a lower-case body word: Quân khu 2, Sư đoàn 9.
      if (isDigits(t[k]) && t[k].text.length <= 3 && k > title.end && !t[k - 1].cap && t[k - 1].word) {
        k++;
        continue;
      }
      break;
    }
    // Words no leading post is named after (a company, a bank).
    if (title.end < k && this.on(this.w.notBody, title.end)) return null;
    // A body whose members follow (Ban Thường vụ … gồm: A, B): only before its list.
    if (listed) {
      let intro = k;
      for (let n = 0; n < 4; n++) intro = t[intro]?.text === ',' ? intro + 1 : this.qualifierEnd(intro);
      if (!this.hasAt(this.w.listIntro, intro)) return null;
    }
    const name = listed ? null : this.trailingName(title.end, k);
    const bodyEnd = name ? name.first : k;
    const head = this.on(this.w.head, at);
    const bodyStart = head && head.end <= bodyEnd ? head.end : Math.min(title.end, bodyEnd);
    const end = t[bodyEnd - 1].end;
    const before = t[i - 1];
    // A title in lower case with no body is a common noun (`trưởng ban nghiên cứu`), not a post.
    if (!t[at].cap && title.end >= bodyEnd) return null;
    // `Tân` (new) is no part of the title; `nguyên` (former) is.
    const textStart = fresh ? t[at].start : t[i].start;
    const pos: Position = {
      text: this.text({ start: textStart, end }),
      title: title.cls.replace(/_/g, '-'),
      body: bodyStart < bodyEnd ? this.text({ start: t[bodyStart].start, end: t[bodyEnd - 1].end }) : null,
      former: former !== null,
      fresh: fresh !== null,
      plural: before !== undefined && this.on(this.w.plural, i - 1)?.end === i,
      name: name?.name ?? null,
      start: t[i].start,
      end,
    };
    return { item: { kind: 'position', pos, first: i, last: k - 1 }, next: k };
  }

  /**
   * The name at the end of a title's body (`Bí thư Tỉnh ủy Hà Nội Đinh Văn A`):
   * in the last run of capitalised words, the first syllable that starts a
   * name of 2 to 4 syllables (5 for an ethnic prefix), after a place of two
   * or more syllables or at the start of the run; a place that starts like
   * a family name (`Hà Nội`) is not a name, and two syllables right after a
   * unit word (`Huyện ủy Thạch Hà`) are a place.
   */
  private trailingName(from: number, to: number): { first: number; name: Name } | null {
    const t = this.t;
    let a = to;
    while (a > from && nameSyllable(t[a - 1])) a--;
    for (let s = a; s < to - 1; s++) {
      if (s > a && s - a < 2) continue;
      const n = this.validName(s, to, s === a && this.afterPlaceUnit(a));
      if (n) return { first: s, name: { text: n.text, start: n.start, end: n.end, from: n.start } };
    }
    return null;
  }

  private afterPlaceUnit(a: number): boolean {
    for (const back of [1, 2]) if (a - back >= 0 && this.on(this.w.placeUnit, a - back)?.end === a) return true;
    return false;
  }

  /** Tokens [s, e) as a name starting with a family name or an ethnic prefix, or null. */
  private validName(s: number, e: number, afterUnit: boolean): { text: string; start: number; end: number } | null {
    const t = this.t;
    const key = namePrefix(t[s]);
    const ethnic = this.w.ethnic.has(key);
    if (!ethnic && !this.w.family.has(key)) return null;
    const len = e - s;
    if (len < 2 || len > (ethnic ? 5 : 4)) return null;
    // Two syllables after a unit word are a place (Huyện ủy Thạch Hà), unless they start like an ethnic name (tỉnh H'Yim Kđoh).
    if (afterUnit && len === 2 && !ethnic) return null;
    const place = this.on(this.w.place, s);
    if (place && place.end <= e) return null;
    return { text: this.text({ start: t[s].start, end: t[e - 1].end }), start: t[s].start, end: t[e - 1].end };
  }

  /**
   * A name at `i`: after an honorific (any capitalised run of 2 to 5
   * syllables), or a run starting with a family name. A capitalised run that
   * is no name is passed over whole (`Buôn Ma Thuột` holds no name `Ma Thuột`).
   */
  private nameAt(i: number): { item: Item | null; next: number } | null {
    const t = this.t;
    const hon = this.on(this.w.honorific, i);
    if (!hon && !nameSyllable(t[i])) return null;
    let s = i;
    if (hon) {
      s = hon.end;
      if (t[s]?.text === ':') s++;
    }
    const stops = (e: number) => e > s && (this.hasAt(this.w.title, e) || (this.hasAt(this.w.former, e) && this.hasAt(this.w.title, e + 1)));
    let e = s;
    while (e < t.length && nameSyllable(t[e]) && !stops(e)) e++;
    if (e === s || this.hasAt(this.w.title, s)) return hon ? { item: null, next: hon.end } : null;
    let span: { text: string; start: number; end: number } | null = null;
    if (hon) {
      const len = e - s;
      const apostrophe = len === 1 && t[s].text.includes("'");
      if (((len >= 2 && len <= 5) || apostrophe) && !this.on(this.w.place, s)) {
        span = { text: this.text({ start: t[s].start, end: t[e - 1].end }), start: t[s].start, end: t[e - 1].end };
      }
    } else {
      span = this.validName(s, e, false);
    }
    if (!span) return { item: null, next: e };
    return { item: { kind: 'name', name: { text: span.text, start: span.start, end: span.end, from: t[i].start }, first: i, last: e - 1 }, next: e };
  }
}
