import type { Strings } from '../strings';

/** German strings of the timeline: see src/i18n/en/timeline.ts. */
export const timeline: Strings['timeline'] = {
  controls: 'Steuerung der Zeitleiste',
  play: 'Abspielen',
  pause: 'Pause',
  previousRound: (year?: number) => (year === undefined ? 'Vorige Runde' : `Vorige Runde: ${year}`),
  nextRound: (year?: number) => (year === undefined ? 'Nächste Runde' : `Nächste Runde: ${year}`),
  markers: 'Ereignisse auf der Zeitleiste',
  key: { accession: 'Erweiterung', conflict: 'Konflikt', other: 'Sonstiges' },
  marker: (date: string, title: string) => `${date}: ${title}`,
  wholeCaption: 'Ganzen Satz anzeigen',
  caption: {
    joined: (year: number, names: string, members: string) => `${year}: Beitritt zur NATO: ${names} — ${members}`,
    founded: (year: number, names: string, members: string) => `${year}: Gründung des Bündnisses: ${names} — ${members}`,
    grew: (year: number, former: string, member: string, members: string) =>
      `${year}: ehemals ${former}, nun NATO-Gebiet als Teil von ${member} — ${members}`,
    none: (year: number, members: string) => `${year}: keine Änderung — ${members}`,
  },
  border: {
    label: (neighbour: string) => `Landgrenze NATO–${neighbour}`,
    km: (km: string) => `${km} km`,
    chart: 'Länge der Landgrenze der NATO mit Russland (bis 1991 mit der Sowjetunion), nach Jahr',
    sources: 'Quellen:',
  },
  membersRange: (from: string, to: string) => `${from} → ${to} Mitglieder`,
  sparkline: (first: number, from: number, last: number, to: number) =>
    `Mitglieder nach Jahr: ${from} im Jahr ${first}, ${to} im Jahr ${last}`,
};
