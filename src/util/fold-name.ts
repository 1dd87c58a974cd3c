/**
 * Names compare loosely. `withoutMarks` is the shared step: lower case,
 * no diacritics (so tone placement, `Hoà`/`Hòa`, and local spellings,
 * `Đăk Lăk`/`Đắk Lắk`, agree), `đ` as `d`. Each kind of name then decides
 * what its spacing is worth.
 */
export function withoutMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/**
 * A place name's key: also without spaces, hyphens, dots or apostrophes
 * (`TP.HCM`/`TP HCM`, `Bà Rịa - Vũng Tàu`/`Bà Rịa-Vũng Tàu`).
 */
export function foldName(name: string): string {
  return withoutMarks(name).replace(/[\s\-.'’]+/g, '');
}
