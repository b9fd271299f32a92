/**
 * Where the data's sources are: the data files' keys that hold sourced records, in a fixed order.
 * Not borders.json's: the border figure names its sources after their publishers in every year's
 * view, at once (src/core/view/borderFigure.ts), and they are few.
 * The browser build leaves the sources out of these records (build/dataSources.ts) and the app
 * fills them in once it runs (src/data/sources.ts); both walk them in this order, so the n-th
 * source of one walk is the n-th of the other.
 */
export const SOURCED: readonly (readonly [file: string, key: string])[] = [
  ['members', 'members'],
  ['events', 'events'],
  ['disputes', 'disputes'],
  ['blocs', 'warsawPact'],
  ['blocs', 'partners'],
  ['blocs', 'actionPlans'],
  ['blocs', 'invitations'],
  ['blocs', 'aspirants'],
  ['eu', 'enlargements'],
  ['eu', 'exits'],
];

/** A source's place: the object that holds it and its key there (`source`, `dissolvedSource`, `toSource`…). */
export type SourceSlot = [holder: Record<string, unknown>, key: string];

/** Every place in `roots` (walked depth-first, keys in their order) whose key ends in "source" and holds an object. */
export function sourceSlots(roots: readonly unknown[]): SourceSlot[] {
  const slots: SourceSlot[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') {
      const holder = value as Record<string, unknown>;
      for (const [key, v] of Object.entries(holder)) {
        if (/source$/i.test(key) && v !== null && typeof v === 'object' && !Array.isArray(v)) slots.push([holder, key]);
        else walk(v);
      }
    }
  };
  roots.forEach(walk);
  return slots;
}
