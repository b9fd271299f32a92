/**
 * English titles and descriptions of the dated events in src/data/events.json, keyed by event id.
 * Written neutrally in our own words; each event's source is cited in events.json.
 */
/** An event's title and text. */
export interface EventText {
  title: string;
  text: string;
}

export const eventTexts = {
  'treaty-signed': {
    title: 'North Atlantic Treaty signed',
    text: 'Twelve states of Western Europe and North America sign the North Atlantic Treaty in Washington. Under Article 5 they agree to treat an armed attack on one of them in Europe or North America as an attack on all.',
  },
  'round-1949': {
    title: 'North Atlantic Treaty enters into force',
    text: 'The treaty takes effect once the required ratifications have been deposited with the United States government, and its twelve signatories become the founding members.',
  },
  'round-1952': {
    title: 'Greece and Turkey join',
    text: 'Greece and Turkey deposit their instruments of accession in the alliance’s first enlargement. Turkey’s membership gives NATO a land border with the Soviet Union in the Caucasus.',
  },
  'round-1955': {
    title: 'West Germany joins',
    text: 'The Federal Republic of Germany becomes the fifteenth member, a day after the Paris Agreements end its status as an occupied country. East Germany is not covered.',
  },
  'warsaw-pact-signed': {
    title: 'Warsaw Pact signed',
    text: 'The Soviet Union and seven states of Central and Eastern Europe sign a treaty of friendship, cooperation and mutual assistance in Warsaw, creating a military alliance with a unified command.',
  },
  'saar-joins': {
    title: 'The Saar joins West Germany',
    text: 'After its voters rejected a European statute for the territory in 1955 and France and West Germany signed the Saar Treaty in 1956, the Saar, until then a French protectorate, becomes a state of the Federal Republic and so part of NATO’s treaty area.',
  },
  'france-leaves-command': {
    title: 'France to leave NATO’s integrated command',
    text: 'President de Gaulle writes to President Johnson that France intends to “recover the entire exercise of her sovereignty over her territory” and to end its participation in NATO’s integrated commands. France remains a party to the treaty.',
  },
  'czechoslovakia-invaded': {
    title: 'Warsaw Pact forces invade Czechoslovakia',
    text: 'Troops of the Soviet Union, Poland, Hungary and Bulgaria enter Czechoslovakia on the night of 20 to 21 August and end the reforms of the Prague Spring. Czechoslovakia’s representative protests at the UN Security Council, which takes up the question on 21 August over Soviet objections. Albania, which condemns the invasion, formally leaves the Pact weeks later.',
  },
  'albania-leaves-pact': {
    title: 'Albania leaves the Warsaw Pact',
    text: 'Albania, which had stopped taking part in the Pact’s work in the early 1960s, formally withdraws from it after the invasion of Czechoslovakia.',
  },
  'greece-leaves-command': {
    title: 'Greece leaves NATO’s military structure',
    text: 'During the Cyprus crisis Greece withdraws its forces from assignment to NATO’s integrated military structure. It remains a member of the alliance.',
  },
  'greece-returns': {
    title: 'Greece returns to NATO’s military structure',
    text: 'Greece accepts arrangements worked out by NATO’s Supreme Allied Commander Europe, after Turkey lifts its objection, and rejoins the integrated military structure.',
  },
  'round-1982': {
    title: 'Spain joins',
    text: 'Spain becomes the sixteenth member, a few years after its return to democracy.',
  },
  'spain-referendum': {
    title: 'Spain votes to stay in NATO',
    text: 'A majority of voters in a national referendum back Spain’s continued membership of the alliance.',
  },
  'two-plus-four': {
    title: 'Two Plus Four Treaty signed',
    text: 'The two German states, France, the Soviet Union, the United Kingdom and the United States sign the final settlement on Germany in Moscow. It lets a united Germany belong to alliances and bars foreign forces and nuclear weapons from the former East German territory.',
  },
  'ddr-leaves-pact': {
    title: 'East Germany leaves the Warsaw Pact',
    text: 'East Germany’s defence minister and the Pact’s supreme commander sign a protocol in East Berlin ending the country’s membership, nine days before reunification.',
  },
  'german-reunification': {
    title: 'Germany reunifies',
    text: 'The German Democratic Republic joins the Federal Republic of Germany, and Berlin is united; the Western powers’ rights in West Berlin end. The former East German territory becomes part of NATO’s treaty area, subject to the Two Plus Four restrictions.',
  },
  'slovenia-croatia-independence': {
    title: 'Slovenia and Croatia declare independence',
    text: 'The parliaments of Slovenia and Croatia declare independence from Yugoslavia. Armed clashes with the Yugoslav army follow.',
  },
  'warsaw-pact-dissolved': {
    title: 'Warsaw Pact dissolved',
    text: 'The remaining members sign a protocol in Prague formally ending the alliance, whose joint military structures had already been wound up.',
  },
  'baltic-independence': {
    title: 'USSR recognises Baltic independence',
    text: 'The Soviet State Council recognises the independence of Estonia, Latvia and Lithuania, which the USSR had annexed in 1940.',
  },
  'nacc-first-meeting': {
    title: 'North Atlantic Cooperation Council meets',
    text: 'NATO foreign ministers meet their counterparts from Central and Eastern Europe in a new consultation forum. During the meeting the Soviet ambassador announces that the USSR has dissolved and that he now represents Russia.',
  },
  'ussr-ends': {
    title: 'The Soviet Union ends',
    text: 'A chamber of the Soviet parliament declares that the USSR has ceased to exist, a day after President Gorbachev’s resignation. Its former republics continue as independent states.',
  },
  'czechoslovakia-split': {
    title: 'Czechoslovakia splits in two',
    text: 'Czechoslovakia divides peacefully into the Czech Republic and Slovakia.',
  },
  'pfp-launched': {
    title: 'Partnership for Peace launched',
    text: 'At their Brussels summit NATO leaders invite former Warsaw Pact states, former Soviet republics and other European countries to a programme of practical military cooperation. It does not include a defence guarantee.',
  },
  'ukraine-pfp': {
    title: 'Ukraine joins Partnership for Peace',
    text: 'Ukraine’s foreign minister signs the Partnership for Peace framework document at NATO headquarters.',
  },
  'russia-pfp': {
    title: 'Russia joins Partnership for Peace',
    text: 'Russia signs the framework document, and NATO and Russia agree to develop a wider dialogue alongside the programme.',
  },
  'founding-act': {
    title: 'NATO–Russia Founding Act signed',
    text: 'NATO leaders and President Yeltsin sign a document in Paris stating that they do not consider each other adversaries and setting up a Permanent Joint Council for consultation.',
  },
  'madrid-summit-1997': {
    title: 'Madrid Summit invites three states',
    text: 'Allied leaders invite the Czech Republic, Hungary and Poland to begin accession talks, the first invitation to former Warsaw Pact members, and state that the alliance remains open to further members.',
  },
  'round-1999': {
    title: 'Poland, the Czech Republic and Hungary join',
    text: 'Three former Warsaw Pact states become members at a ceremony in Independence, Missouri, the first enlargement after the Cold War.',
  },
  'map-launched': {
    title: 'Membership Action Plan launched',
    text: 'At the Washington Summit, marking NATO’s 50th anniversary, allied leaders set up a Membership Action Plan of advice and assessment for states preparing to join. Albania, Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia, Slovenia and the former Yugoslav Republic of Macedonia take part.',
  },
  'allied-force': {
    title: 'NATO air campaign against FR Yugoslavia',
    text: 'NATO carries out air strikes against the Federal Republic of Yugoslavia over the conflict in Kosovo, without a UN Security Council mandate. The campaign ends after Yugoslav forces agree to withdraw from Kosovo.',
  },
  'nato-russia-council': {
    title: 'NATO–Russia Council created',
    text: 'At Pratica di Mare near Rome, NATO members and Russia sign the Rome Declaration, replacing the Permanent Joint Council with a council of twenty in which all sit as equals.',
  },
  'prague-summit': {
    title: 'Prague Summit invites seven states',
    text: 'Allied leaders invite Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia to begin accession talks.',
  },
  'round-2004': {
    title: 'Seven states join',
    text: 'Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia become members.',
  },
  'montenegro-independence': {
    title: 'Montenegro becomes independent',
    text: 'Montenegro’s parliament declares independence after a referendum, ending the state union with Serbia.',
  },
  'western-balkans-pfp': {
    title: 'Bosnia, Montenegro and Serbia join PfP',
    text: 'Bosnia and Herzegovina, Montenegro and Serbia sign the Partnership for Peace framework document after invitations issued at the Riga summit.',
  },
  'munich-speech': {
    title: 'Putin’s speech in Munich',
    text: 'At the Munich Security Conference President Putin criticises what he calls a unipolar world order and says NATO enlargement lowers mutual trust. NATO’s position is that every state may choose its own security arrangements.',
  },
  'kosovo-independence': {
    title: 'Kosovo declares independence',
    text: 'Kosovo’s assembly declares independence from Serbia. Serbia and Russia reject the declaration, the United States and many EU states move to recognise Kosovo, and the UN Security Council is divided.',
  },
  'bucharest-summit': {
    title: 'Bucharest Summit',
    text: 'Allied leaders meet in Bucharest from 2 to 4 April. Their declaration of 3 April invites Albania and Croatia to join, defers the invitation of the former Yugoslav Republic of Macedonia until the dispute over its name is settled, and states that Ukraine and Georgia will become members, without granting them a Membership Action Plan.',
  },
  'afghan-transit': {
    title: 'Russia allows transit to Afghanistan',
    text: 'NATO and Russia exchange letters allowing non-lethal supplies for the NATO-led force in Afghanistan, including some non-lethal military equipment, to cross Russian territory by land.',
  },
  'georgia-war': {
    title: 'War between Russia and Georgia',
    text: 'Fighting over South Ossetia escalates into a war between Georgia and Russia. A ceasefire mediated by the French EU presidency is agreed on 12 August.',
  },
  'nrc-suspended': {
    title: 'NATO–Russia Council put on hold',
    text: 'After the war in Georgia, NATO foreign ministers decide that relations with Russia cannot continue as usual; formal meetings of the NATO–Russia Council are suspended.',
  },
  'abkhazia-south-ossetia-recognition': {
    title: 'Russia recognises Abkhazia and South Ossetia',
    text: 'Russia recognises the two Georgian regions as independent states. NATO rejects the decision as contrary to UN Security Council resolutions on Georgia’s territorial integrity.',
  },
  'france-returns': {
    title: 'France to rejoin the integrated command',
    text: 'President Sarkozy announces that France will return to NATO’s integrated military command, a step formalised at the Strasbourg–Kehl summit in April.',
  },
  'nrc-resumed': {
    title: 'NATO–Russia Council to resume',
    text: 'NATO foreign ministers agree to resume formal meetings of the NATO–Russia Council, suspended since August 2008.',
  },
  'round-2009': {
    title: 'Albania and Croatia join',
    text: 'Albania and Croatia become the 27th and 28th members, shortly before NATO’s 60th anniversary summit.',
  },
  'vigilant-skies': {
    title: 'Joint NATO–Russia air exercise',
    text: 'Vigilant Skies 2011 is the first joint NATO–Russia counter-terrorism exercise, practising a shared response to a hijacked civilian aircraft.',
  },
  'crimea-annexation': {
    title: 'Russia declares Crimea annexed',
    text: 'After a referendum held on 16 March under Russian military control, Russia signs a treaty declaring Crimea and Sevastopol part of its territory. UN General Assembly resolution 68/262 calls the referendum invalid and calls on states not to recognise any change in Crimea’s status; later resolutions speak of its temporary occupation and attempted annexation.',
  },
  'cooperation-suspended': {
    title: 'NATO suspends cooperation with Russia',
    text: 'NATO foreign ministers suspend all practical civilian and military cooperation with Russia over Crimea, while keeping channels for political dialogue open.',
  },
  'nrc-meets-again': {
    title: 'NATO–Russia Council meets again',
    text: 'The council meets at ambassador level for the first time since 2014 and discusses Ukraine and military transparency; both sides report continuing disagreement.',
  },
  'montenegro-protests': {
    title: 'Protests in Montenegro',
    text: 'Thousands join opposition-led protests in Podgorica demanding the government’s resignation and early elections; police use tear gas. Parts of the opposition also call for a referendum on joining NATO, and protests continue into 2016.',
  },
  'montenegro-invited': {
    title: 'Montenegro invited to join',
    text: 'NATO foreign ministers invite Montenegro to begin accession talks to become the alliance’s 29th member.',
  },
  'round-2017': {
    title: 'Montenegro joins',
    text: 'Montenegro becomes the 29th member.',
  },
  'brussels-summit-2018': {
    title: 'Brussels Summit',
    text: 'Allied leaders meet in Brussels, discuss defence spending and invite the country then known as the former Yugoslav Republic of Macedonia to begin accession talks.',
  },
  'helsinki-summit': {
    title: 'Trump–Putin summit in Helsinki',
    text: 'Presidents Trump and Putin hold their first full bilateral summit, in Helsinki.',
  },
  'north-macedonia-renamed': {
    title: 'The former Yugoslav Republic of Macedonia becomes North Macedonia',
    text: 'The Prespa Agreement with Greece enters into force and the country takes the name Republic of North Macedonia, ending a dispute over its name that had blocked its NATO accession.',
  },
  'round-2020': {
    title: 'North Macedonia joins',
    text: 'North Macedonia becomes the 30th member.',
  },
  'russia-draft-treaties': {
    title: 'Russia publishes draft treaties',
    text: 'Russia’s foreign ministry publishes draft agreements with the United States and with NATO members that would rule out further enlargement of NATO, including Ukraine’s accession, and limit military deployments and activity in Eastern Europe.',
  },
  'russia-invades-ukraine': {
    title: 'Russia invades Ukraine',
    text: 'Russia begins a full-scale invasion of Ukraine, which President Putin calls a special military operation. A week later the UN General Assembly demands that Russia withdraw its forces.',
  },
  'finland-sweden-apply': {
    title: 'Finland and Sweden apply to join',
    text: 'Finland and Sweden, long militarily non-aligned, hand in their applications for membership at NATO headquarters.',
  },
  'madrid-summit-2022': {
    title: 'Madrid Summit invites Finland and Sweden',
    text: 'Allied leaders invite Finland and Sweden to join, after a memorandum between Türkiye, Finland and Sweden signed the day before.',
  },
  'accession-protocols-2022': {
    title: 'Accession protocols for Finland and Sweden signed',
    text: 'Allied ambassadors sign the accession protocols of Finland and Sweden, which each member then has to ratify.',
  },
  'ukraine-applies': {
    title: 'Ukraine applies for accelerated accession',
    text: 'Ukraine’s president, prime minister and parliament speaker sign an application for accelerated membership, on the day Russia proclaims the annexation of four partly occupied Ukrainian regions, which most UN members reject.',
  },
  'round-2023': {
    title: 'Finland joins',
    text: 'Finland becomes the 31st member, roughly doubling the length of NATO’s land border with Russia.',
  },
  'round-2024': {
    title: 'Sweden joins',
    text: 'Sweden becomes the 32nd member, ending a long policy of military non-alignment.',
  },
} satisfies Record<string, EventText>;
