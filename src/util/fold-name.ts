/**
 * Place names compare loosely: without case, diacritics (so tone placement,
 * `Hoà`/`Hòa`, and local spellings, `Đăk Lăk`/`Đắk Lắk`, agree), spaces,
 * hyphens, dots or apostrophes (`TP.HCM`/`TP HCM`, `Bà Rịa - Vũng Tàu`/`Bà Rịa-Vũng Tàu`).
 */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s\-.'’]+/g, '');
}
