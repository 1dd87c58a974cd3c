/**
 * The order fact types run in, derived from what each needs: every type runs
 * after the types it reads, and otherwise in list order (a depth-first walk,
 * so the order is stable). A need that names no listed type, a cycle or a key
 * listed twice is an error naming the types, raised when the pipeline is made.
 */
import type { AnyFactType } from './fact-type.js';

export class FactTypeError extends Error {
  override name = 'FactTypeError';
}

export function runOrder(types: readonly AnyFactType[]): AnyFactType[] {
  const byKey = new Map<string, AnyFactType>();
  for (const t of types) {
    if (byKey.has(t.key)) throw new FactTypeError(`fact type "${t.key}" is listed twice`);
    byKey.set(t.key, t);
  }
  const order: AnyFactType[] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (t: AnyFactType): void => {
    if (done.has(t.key)) return;
    const at = path.indexOf(t.key);
    if (at >= 0) throw new FactTypeError(`fact types need each other in a cycle: ${[...path.slice(at), t.key].join(' → ')}`);
    path.push(t.key);
    for (const need of t.needs) {
      const dep = byKey.get(need);
      if (!dep) throw new FactTypeError(`fact type "${t.key}" needs "${need}", which is not a listed fact type`);
      visit(dep);
    }
    path.pop();
    done.add(t.key);
    order.push(t);
  };
  for (const t of types) visit(t);
  return order;
}
