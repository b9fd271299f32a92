/** English strings of the timeline: playback, rounds, event markers, the year's caption and the border figure. */
export const timeline = {
  controls: 'Timeline controls',
  play: 'Play',
  pause: 'Pause',
  previousRound: (year?: number) => (year === undefined ? 'Previous round' : `Previous round: ${year}`),
  nextRound: (year?: number) => (year === undefined ? 'Next round' : `Next round: ${year}`),
  /** Accessible name of the group of event markers on the track. */
  markers: 'Events on the timeline',
  /** The key to the event marks' colours. */
  key: { accession: 'Enlargement', conflict: 'Conflict', other: 'Other' },
  marker: (date: string, title: string) => `${date}: ${title}`,
  /** The button beside the year's caption that shows a sentence its line cuts short. */
  wholeCaption: 'Show the whole sentence',
  caption: {
    joined: (year: number, names: string, members: string) => `${year}: ${names} joined — ${members}`,
    founded: (year: number, names: string, members: string) => `${year}: ${names} founded the alliance — ${members}`,
    grew: (year: number, former: string, member: string, members: string) =>
      `${year}: the former ${former} became NATO territory as part of ${member} — ${members}`,
    none: (year: number, members: string) => `${year}: no change — ${members}`,
  },
  border: {
    label: (neighbour: string) => `NATO–${neighbour} land border`,
    km: (km: string) => `${km} km`,
    chart: 'Length of NATO’s land border with Russia (with the Soviet Union until 1991), by year',
    sources: 'Sources:',
  },
  /** The member chart's visible caption, with the numbers already formatted: "12 → 32 members". */
  membersRange: (from: string, to: string) => `${from} → ${to} members`,
  sparkline: (first: number, from: number, last: number, to: number) => `Members by year: ${from} in ${first}, ${to} in ${last}`,
};
