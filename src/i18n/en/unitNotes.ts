/** Notes shown in the details of units whose story needs a sentence more than the data gives. */
export const unitNotes: Record<string, string> = {
  DEU: 'West Germany joined in 1955. With reunification on 3 October 1990 the territory of the former East Germany became NATO territory too; under the Two Plus Four Treaty no foreign forces or nuclear weapons are stationed there.',
  DDR: 'East Germany belonged to the Warsaw Pact. It joined the Federal Republic of Germany on 3 October 1990, and from that day its territory was part of NATO as part of united Germany.',
  XKX: 'Kosovo declared independence from Serbia on 17 February 2008. Its independence is recognised by many states but not by Serbia and several others, including NATO members Spain, Greece, Romania and Slovakia. A NATO-led force, KFOR, has been present since 1999.',
  UKR: 'Crimea is shown as part of Ukraine, as affirmed by UN General Assembly resolution 68/262, and marked as occupied by Russia since 2014.',
  CYP: 'The north of the island has been outside the control of the Republic of Cyprus since 1974; UN Security Council resolution 541 (1983) deems the declaration of a separate state there invalid.',
};
