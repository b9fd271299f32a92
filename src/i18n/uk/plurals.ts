import { plural } from '../format';

/** "1 член", "2 члени", "5 членів", by the Ukrainian plural rules. */
export const members = (n: number) => `${n} ${plural(n, 'uk', { one: 'член', few: 'члени', many: 'членів', other: 'члена' })}`;
