import { expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { eventTexts, type EventText } from '../../../src/i18n/en/events';
import { unitNames } from '../../../src/i18n/en/units';

/** Names a unit took after `year`, leaving out those inside the name it had then ("Germany" in "West Germany"). */
function laterNames(year: number): string[] {
  return Object.values(unitNames).flatMap((names) => {
    if (typeof names === 'string') return [];
    const current = names.find((n) => n.until === undefined || n.until >= year)?.name ?? '';
    // Each name holds until the end of its `until` year; the next starts the year after.
    const startsAfter = (i: number) => i > 0 && names[i - 1]!.until! + 1 > year;
    return names.filter((n, i) => startsAfter(i) && !current.includes(n.name)).map((n) => n.name);
  });
}

it('names each country in an event as it was named in the event’s year (Turkey in 1952, not Türkiye)', () => {
  for (const event of dataset.events) {
    const year = Number(event.date.slice(0, 4));
    const { title, text } = (eventTexts as Record<string, EventText>)[event.id]!;
    for (const name of laterNames(year)) expect(`${title} ${text}`, `${event.id} (${year})`).not.toContain(name);
  }
});
