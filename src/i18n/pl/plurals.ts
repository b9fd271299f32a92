import { plural } from '../format';

/** "32 członków", "2 członkowie", "1 członek", by the Polish plural rules. */
export const members = (n: number) => `${n} ${plural(n, 'pl', { one: 'członek', few: 'członkowie', many: 'członków', other: 'członka' })}`;
