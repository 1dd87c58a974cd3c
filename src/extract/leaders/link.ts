/**
 * Who holds which title, from the items of one sentence (see `read.ts`):
 * - titles before a name are that name's (`Ủy viên Bộ Chính trị, Bí thư
 *   Thành ủy Hà Nội Đinh Văn A`);
 * - titles after a name, joined by commas or dashes, are that name's
 *   (`đồng chí A, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh`), until a semicolon
 *   or a new name;
 * - an election cue right after a group of people (`A, … và B, … được bầu`)
 *   or right before one (`chỉ định đồng chí A`) marks them elected, and the
 *   title after the cue is theirs (`giữ chức Phó Bí thư`);
 * - a title followed by `là`/`gồm` gives itself to the people listed after it;
 * - after a career-history cue (`từng giữ chức`) titles are not posts.
 * Any other words between two items break the chain.
 */
import type { Span } from '../../types.js';
import type { Item, Name, Position, SentenceReader } from './read.js';

/** One mention of a person in a sentence, with the titles it gives them. */
export interface Mention {
  name: Name;
  positions: Position[];
  elected: boolean;
  /** Where the mention states it: the name, to the end of the last title or cue it took. */
  span: Span;
}

export function link(items: readonly Item[], reader: SentenceReader): Mention[] {
  const people: Mention[] = [];
  let owner: Mention | null = null;
  let run: Position[] = [];
  let group: Mention[] = [];
  let target: Mention[] | null = null;
  let preCue = false;
  /**
   * An election before a name went on to its title (`bầu đồng chí A làm Bí
   * thư`): a name linked after it (`, đồng chí B làm Phó Bí thư`) is elected
   * too, once a title follows it through `làm`/`giữ chức`.
   */
  let series = false;
  let listPos: Position | null = null;
  let history = false;
  let prevLast = -1;

  const take = (m: Mention, ps: readonly Position[]) => {
    for (const p of ps) {
      m.positions.push(p);
      m.span = { start: Math.min(m.span.start, p.start), end: Math.max(m.span.end, p.end) };
    }
  };
  const flush = () => {
    if (owner && run.length) take(owner, run);
    run = [];
  };
  const person = (name: Name, linked: boolean): Mention => {
    const m: Mention = { name, positions: [], elected: false, span: { start: name.from, end: name.end } };
    people.push(m);
    // Added in place, not copied: a list of N people would cost N². A group
    // handed to `target` is never added to afterwards (a cue starts a new one).
    if (linked) group.push(m);
    else group = [m];
    history = false;
    return m;
  };

  for (const item of items) {
    const gap = reader.gap(prevLast + 1, item.first);
    prevLast = item.last;
    if (!gap.linked) {
      flush();
      owner = null;
      if (!(item.kind === 'cue' && gap.beforeCue)) group = [];
      if (!(item.kind === 'position' && gap.beforeTarget)) {
        target = null;
        series = false;
      }
      preCue = false;
      listPos = null;
    }
    if (gap.semicolon) {
      flush();
      owner = null;
    }
    switch (item.kind) {
      case 'cue': {
        if (item.cue === 'history') {
          flush();
          owner = null;
          history = true;
          target = null;
          break;
        }
        if (history) break;
        flush();
        if (group.length && gap.beforeCue) {
          for (const m of group) m.elected = true;
          target = group;
        } else if (!target) {
          preCue = true;
        }
        group = [];
        owner = null;
        break;
      }
      case 'position': {
        const pos = item.pos;
        if (history) break;
        if (target && gap.beforeTarget && !pos.name) {
          for (const m of target) {
            take(m, [pos]);
            if (series && gap.targetWord) m.elected = true;
          }
          // An election that reached its title goes on to the next name linked after it.
          series ||= target.some((m) => m.elected);
          // One person's chain goes on after the title (`được bầu làm Phó Bí thư, Chủ tịch UBND huyện`).
          if (target.length === 1) owner = target[0];
          target = null;
          preCue = false;
          break;
        }
        target = null;
        if (pos.name) {
          const m = person(pos.name, gap.linked);
          take(m, [...run, pos]);
          m.span = { start: Math.min(m.span.start, pos.start), end: Math.max(m.span.end, pos.name.end) };
          run = [];
          if (pos.fresh || preCue) m.elected = true;
          if (listPos) {
            take(m, [listPos]);
            m.elected = true;
          }
          owner = m;
        } else {
          run.push(pos);
        }
        break;
      }
      case 'list': {
        listPos = run.pop() ?? null;
        flush();
        owner = null;
        group = [];
        break;
      }
      case 'name': {
        const m = person(item.name, gap.linked);
        if (run.length) {
          if (owner) flush();
          else {
            take(m, run);
            run = [];
          }
        }
        if (listPos) {
          take(m, [listPos]);
          m.elected = true;
        }
        if (preCue) {
          // `bầu đồng chí A làm Bí thư`: the title after the name is the one A was elected to.
          m.elected = true;
          target = group;
        } else if (series) {
          // `…, đồng chí B làm Phó Bí thư`: elected when its title follows (see `series`).
          target = group;
        }
        owner = m;
        break;
      }
    }
  }
  flush();
  return people.filter((m) => m.positions.length > 0);
}
