import { plural } from '../format';

/** "1 член", "2 члена", "5 членов", by the Russian plural rules. */
export const members = (n: number) => `${n} ${plural(n, 'ru', { one: 'член', few: 'члена', many: 'членов', other: 'члена' })}`;
