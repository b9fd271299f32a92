import type { Keyed } from '../strings';

/** German titles and texts of the dated events: see src/i18n/en/events.ts. */
export const eventTexts: Keyed<'eventTexts'> = {
  'treaty-signed': {
    title: 'Nordatlantikvertrag unterzeichnet',
    text: 'Zwölf Staaten Westeuropas und Nordamerikas unterzeichnen in Washington den Nordatlantikvertrag. Nach Artikel 5 vereinbaren sie, einen bewaffneten Angriff auf einen von ihnen in Europa oder Nordamerika als Angriff auf alle zu betrachten.',
  },
  'round-1949': {
    title: 'Nordatlantikvertrag tritt in Kraft',
    text: 'Der Vertrag wird wirksam, sobald die erforderlichen Ratifikationsurkunden bei der Regierung der Vereinigten Staaten hinterlegt sind, und seine zwölf Unterzeichner werden die Gründungsmitglieder.',
  },
  'round-1952': {
    title: 'Griechenland und die Türkei treten bei',
    text: 'Griechenland und die Türkei hinterlegen ihre Beitrittsurkunden in der ersten Erweiterung des Bündnisses. Mit der Mitgliedschaft der Türkei erhält die NATO im Kaukasus eine Landgrenze mit der Sowjetunion.',
  },
  'round-1955': {
    title: 'Die Bundesrepublik tritt bei',
    text: 'Die Bundesrepublik Deutschland wird das fünfzehnte Mitglied, einen Tag nachdem die Pariser Verträge ihren Status als besetztes Land beendet haben. Die DDR ist nicht erfasst.',
  },
  'warsaw-pact-signed': {
    title: 'Warschauer Pakt unterzeichnet',
    text: 'Die Sowjetunion und sieben Staaten Mittel- und Osteuropas unterzeichnen in Warschau einen Vertrag über Freundschaft, Zusammenarbeit und gegenseitigen Beistand und schaffen damit ein Militärbündnis mit einem Vereinten Oberkommando.',
  },
  'saar-joins': {
    title: 'Das Saarland tritt der Bundesrepublik bei',
    text: 'Nachdem seine Wähler 1955 ein europäisches Statut für das Gebiet abgelehnt und Frankreich und die Bundesrepublik 1956 den Saarvertrag unterzeichnet haben, wird das Saarland, bis dahin ein französisches Protektorat, ein Land der Bundesrepublik und damit Teil des Vertragsgebiets der NATO.',
  },
  'france-leaves-command': {
    title: 'Frankreich verlässt die integrierte Kommandostruktur der NATO',
    text: 'Präsident de Gaulle schreibt Präsident Johnson, Frankreich wolle „die volle Ausübung seiner Souveränität über sein Hoheitsgebiet wiedererlangen“ und seine Beteiligung an den integrierten Kommandos der NATO beenden. Frankreich bleibt Vertragspartei.',
  },
  'czechoslovakia-invaded': {
    title: 'Truppen des Warschauer Pakts marschieren in die Tschechoslowakei ein',
    text: 'Truppen der Sowjetunion, Polens, Ungarns und Bulgariens marschieren in der Nacht vom 20. auf den 21. August in die Tschechoslowakei ein und beenden die Reformen des Prager Frühlings. Der Vertreter der Tschechoslowakei protestiert im UN-Sicherheitsrat, der sich am 21. August gegen sowjetische Einwände mit der Frage befasst. Albanien, das die Invasion verurteilt, tritt wenige Wochen später förmlich aus dem Pakt aus.',
  },
  'albania-leaves-pact': {
    title: 'Albanien verlässt den Warschauer Pakt',
    text: 'Albanien, das sich Anfang der 1960er-Jahre nicht mehr an der Arbeit des Pakts beteiligt hatte, tritt nach der Invasion der Tschechoslowakei förmlich aus.',
  },
  'greece-leaves-command': {
    title: 'Griechenland verlässt die militärische Struktur der NATO',
    text: 'Während der Zypernkrise zieht Griechenland seine Streitkräfte aus der integrierten militärischen Struktur der NATO ab. Es bleibt Mitglied des Bündnisses.',
  },
  'greece-returns': {
    title: 'Griechenland kehrt in die militärische Struktur der NATO zurück',
    text: 'Griechenland nimmt vom Obersten Alliierten Befehlshaber Europa ausgearbeitete Regelungen an, nachdem die Türkei ihren Einwand aufgegeben hat, und kehrt in die integrierte militärische Struktur zurück.',
  },
  'round-1982': {
    title: 'Spanien tritt bei',
    text: 'Spanien wird das sechzehnte Mitglied, einige Jahre nach seiner Rückkehr zur Demokratie.',
  },
  'spain-referendum': {
    title: 'Spanien stimmt für den Verbleib in der NATO',
    text: 'Eine Mehrheit der Wähler spricht sich in einem landesweiten Referendum für den Verbleib Spaniens im Bündnis aus.',
  },
  'two-plus-four': {
    title: 'Zwei-plus-Vier-Vertrag unterzeichnet',
    text: 'Die beiden deutschen Staaten, Frankreich, die Sowjetunion, das Vereinigte Königreich und die Vereinigten Staaten unterzeichnen in Moskau die abschließende Regelung in Bezug auf Deutschland. Sie erlaubt einem vereinten Deutschland, Bündnissen anzugehören, und schließt ausländische Streitkräfte und Atomwaffen auf dem früheren Gebiet der DDR aus.',
  },
  'ddr-leaves-pact': {
    title: 'Die DDR verlässt den Warschauer Pakt',
    text: 'Der Verteidigungsminister der DDR und der Oberkommandierende des Pakts unterzeichnen in Ost-Berlin ein Protokoll, das die Mitgliedschaft des Landes beendet, neun Tage vor der Wiedervereinigung.',
  },
  'german-reunification': {
    title: 'Deutschland wird wiedervereinigt',
    text: 'Die Deutsche Demokratische Republik tritt der Bundesrepublik Deutschland bei, und Berlin wird vereint; die Rechte der Westmächte in West-Berlin enden. Das frühere Gebiet der DDR wird Teil des Vertragsgebiets der NATO, mit den Einschränkungen des Zwei-plus-Vier-Vertrags.',
  },
  'slovenia-croatia-independence': {
    title: 'Slowenien und Kroatien erklären ihre Unabhängigkeit',
    text: 'Die Parlamente Sloweniens und Kroatiens erklären die Unabhängigkeit von Jugoslawien. Es folgen bewaffnete Zusammenstöße mit der jugoslawischen Armee.',
  },
  'warsaw-pact-dissolved': {
    title: 'Warschauer Pakt aufgelöst',
    text: 'Die verbliebenen Mitglieder unterzeichnen in Prag ein Protokoll, das das Bündnis förmlich beendet; seine gemeinsamen militärischen Strukturen waren bereits aufgelöst.',
  },
  'baltic-independence': {
    title: 'Die UdSSR erkennt die Unabhängigkeit der baltischen Staaten an',
    text: 'Der sowjetische Staatsrat erkennt die Unabhängigkeit Estlands, Lettlands und Litauens an, die die UdSSR 1940 annektiert hatte.',
  },
  'nacc-first-meeting': {
    title: 'Der Nordatlantische Kooperationsrat tagt',
    text: 'Die Außenminister der NATO treffen ihre Amtskollegen aus Mittel- und Osteuropa in einem neuen Konsultationsforum. Während des Treffens teilt der sowjetische Botschafter mit, dass die UdSSR aufgelöst ist und er nun Russland vertritt.',
  },
  'ussr-ends': {
    title: 'Das Ende der Sowjetunion',
    text: 'Eine Kammer des sowjetischen Parlaments erklärt, dass die UdSSR aufgehört hat zu bestehen, einen Tag nach dem Rücktritt von Präsident Gorbatschow. Ihre früheren Republiken bestehen als unabhängige Staaten fort.',
  },
  'czechoslovakia-split': {
    title: 'Die Tschechoslowakei teilt sich',
    text: 'Die Tschechoslowakei teilt sich friedlich in die Tschechische Republik und die Slowakei.',
  },
  'pfp-launched': {
    title: 'Partnerschaft für den Frieden ins Leben gerufen',
    text: 'Auf ihrem Gipfel in Brüssel laden die Staats- und Regierungschefs der NATO frühere Staaten des Warschauer Pakts, frühere Sowjetrepubliken und andere europäische Länder zu einem Programm praktischer militärischer Zusammenarbeit ein. Es enthält keine Verteidigungsgarantie.',
  },
  'ukraine-pfp': {
    title: 'Die Ukraine tritt der Partnerschaft für den Frieden bei',
    text: 'Der ukrainische Außenminister unterzeichnet im NATO-Hauptquartier das Rahmendokument der Partnerschaft für den Frieden.',
  },
  'russia-pfp': {
    title: 'Russland tritt der Partnerschaft für den Frieden bei',
    text: 'Russland unterzeichnet das Rahmendokument, und die NATO und Russland vereinbaren, neben dem Programm einen umfassenderen Dialog zu entwickeln.',
  },
  'founding-act': {
    title: 'NATO-Russland-Grundakte unterzeichnet',
    text: 'Die Staats- und Regierungschefs der NATO und Präsident Jelzin unterzeichnen in Paris ein Dokument, in dem sie erklären, einander nicht als Gegner zu betrachten, und einen Ständigen Gemeinsamen Rat für Konsultationen einrichten.',
  },
  'madrid-summit-1997': {
    title: 'Madrider Gipfel lädt drei Staaten ein',
    text: 'Die Staats- und Regierungschefs der Verbündeten laden die Tschechische Republik, Ungarn und Polen zu Beitrittsgesprächen ein, die erste Einladung an frühere Mitglieder des Warschauer Pakts, und erklären, dass das Bündnis für weitere Mitglieder offen bleibt.',
  },
  'round-1999': {
    title: 'Polen, die Tschechische Republik und Ungarn treten bei',
    text: 'Drei frühere Staaten des Warschauer Pakts werden bei einer Zeremonie in Independence, Missouri, Mitglieder: die erste Erweiterung nach dem Kalten Krieg.',
  },
  'map-launched': {
    title: 'Aktionsplan zur Mitgliedschaft eingeführt',
    text: 'Auf dem Washingtoner Gipfel zum 50. Jahrestag der NATO richten die Staats- und Regierungschefs der Verbündeten einen Aktionsplan zur Mitgliedschaft mit Beratung und Bewertung für beitrittswillige Staaten ein. Albanien, Bulgarien, Estland, Lettland, Litauen, Rumänien, die Slowakei, Slowenien und die ehemalige jugoslawische Republik Mazedonien nehmen teil.',
  },
  'allied-force': {
    title: 'Luftangriffe der NATO gegen die BR Jugoslawien',
    text: 'Die NATO fliegt wegen des Konflikts im Kosovo Luftangriffe gegen die Bundesrepublik Jugoslawien, ohne Mandat des UN-Sicherheitsrats. Der Einsatz endet, nachdem die jugoslawischen Streitkräfte dem Abzug aus dem Kosovo zugestimmt haben.',
  },
  'nato-russia-council': {
    title: 'NATO-Russland-Rat gegründet',
    text: 'In Pratica di Mare bei Rom unterzeichnen die NATO-Mitglieder und Russland die Erklärung von Rom, die den Ständigen Gemeinsamen Rat durch einen Rat der Zwanzig ersetzt, in dem alle gleichberechtigt sitzen.',
  },
  'prague-summit': {
    title: 'Prager Gipfel lädt sieben Staaten ein',
    text: 'Die Staats- und Regierungschefs der Verbündeten laden Bulgarien, Estland, Lettland, Litauen, Rumänien, die Slowakei und Slowenien zu Beitrittsgesprächen ein.',
  },
  'round-2004': {
    title: 'Sieben Staaten treten bei',
    text: 'Bulgarien, Estland, Lettland, Litauen, Rumänien, die Slowakei und Slowenien werden Mitglieder.',
  },
  'montenegro-independence': {
    title: 'Montenegro wird unabhängig',
    text: 'Das Parlament Montenegros erklärt nach einem Referendum die Unabhängigkeit und beendet die Staatenunion mit Serbien.',
  },
  'western-balkans-pfp': {
    title: 'Bosnien, Montenegro und Serbien treten der PfP bei',
    text: 'Bosnien und Herzegowina, Montenegro und Serbien unterzeichnen das Rahmendokument der Partnerschaft für den Frieden nach den auf dem Gipfel von Riga ausgesprochenen Einladungen.',
  },
  'munich-speech': {
    title: 'Putins Rede in München',
    text: 'Auf der Münchner Sicherheitskonferenz kritisiert Präsident Putin, was er eine unipolare Weltordnung nennt, und sagt, die NATO-Erweiterung verringere das gegenseitige Vertrauen. Die Position der NATO ist, dass jeder Staat seine Sicherheitsvereinbarungen selbst wählen kann.',
  },
  'kosovo-independence': {
    title: 'Kosovo erklärt seine Unabhängigkeit',
    text: 'Die Versammlung des Kosovo erklärt die Unabhängigkeit von Serbien. Serbien und Russland lehnen die Erklärung ab, die Vereinigten Staaten und viele EU-Staaten schicken sich an, Kosovo anzuerkennen, und der UN-Sicherheitsrat ist gespalten.',
  },
  'bucharest-summit': {
    title: 'Gipfel von Bukarest',
    text: 'Die Staats- und Regierungschefs der Verbündeten treffen sich vom 2. bis 4. April in Bukarest. Ihre Erklärung vom 3. April lädt Albanien und Kroatien zum Beitritt ein, stellt die Einladung der ehemaligen jugoslawischen Republik Mazedonien zurück, bis der Streit um ihren Namen beigelegt ist, und erklärt, dass die Ukraine und Georgien Mitglieder werden, ohne ihnen einen Aktionsplan zur Mitgliedschaft zu gewähren.',
  },
  'afghan-transit': {
    title: 'Russland erlaubt den Transit nach Afghanistan',
    text: 'Die NATO und Russland tauschen Briefe aus, die nicht tödliche Versorgungsgüter für die NATO-geführte Truppe in Afghanistan, darunter einige nicht tödliche militärische Ausrüstung, auf dem Landweg über russisches Gebiet zulassen.',
  },
  'georgia-war': {
    title: 'Krieg zwischen Russland und Georgien',
    text: 'Kämpfe um Südossetien eskalieren zu einem Krieg zwischen Georgien und Russland. Am 12. August wird eine von der französischen EU-Ratspräsidentschaft vermittelte Waffenruhe vereinbart.',
  },
  'nrc-suspended': {
    title: 'NATO-Russland-Rat auf Eis gelegt',
    text: 'Nach dem Krieg in Georgien beschließen die Außenminister der NATO, dass die Beziehungen zu Russland nicht wie gewohnt weitergehen können; förmliche Sitzungen des NATO-Russland-Rats werden ausgesetzt.',
  },
  'abkhazia-south-ossetia-recognition': {
    title: 'Russland erkennt Abchasien und Südossetien an',
    text: 'Russland erkennt die beiden georgischen Regionen als unabhängige Staaten an. Die NATO weist die Entscheidung als unvereinbar mit den Resolutionen des UN-Sicherheitsrats zur territorialen Unversehrtheit Georgiens zurück.',
  },
  'france-returns': {
    title: 'Frankreich kehrt in die integrierte Kommandostruktur zurück',
    text: 'Präsident Sarkozy kündigt an, dass Frankreich in die integrierte militärische Kommandostruktur der NATO zurückkehrt, ein Schritt, der auf dem Gipfel von Straßburg und Kehl im April förmlich vollzogen wird.',
  },
  'nrc-resumed': {
    title: 'NATO-Russland-Rat soll wieder tagen',
    text: 'Die Außenminister der NATO vereinbaren, die förmlichen Sitzungen des NATO-Russland-Rats wieder aufzunehmen, die seit August 2008 ausgesetzt waren.',
  },
  'round-2009': {
    title: 'Albanien und Kroatien treten bei',
    text: 'Albanien und Kroatien werden das 27. und 28. Mitglied, kurz vor dem Gipfel zum 60. Jahrestag der NATO.',
  },
  'vigilant-skies': {
    title: 'Gemeinsame Luftübung von NATO und Russland',
    text: 'Vigilant Skies 2011 ist die erste gemeinsame Übung der NATO und Russlands zur Terrorabwehr, in der eine gemeinsame Reaktion auf ein entführtes Zivilflugzeug geübt wird.',
  },
  'crimea-annexation': {
    title: 'Russland erklärt die Krim für annektiert',
    text: 'Nach einem am 16. März unter russischer militärischer Kontrolle abgehaltenen Referendum unterzeichnet Russland einen Vertrag, der die Krim und Sewastopol zu Teilen seines Gebiets erklärt. Die Resolution 68/262 der UN-Generalversammlung erklärt das Referendum für ungültig und fordert die Staaten auf, keine Änderung des Status der Krim anzuerkennen; spätere Resolutionen sprechen von ihrer vorübergehenden Besetzung und versuchten Annexion.',
  },
  'cooperation-suspended': {
    title: 'Die NATO setzt die Zusammenarbeit mit Russland aus',
    text: 'Die Außenminister der NATO setzen wegen der Krim jede praktische zivile und militärische Zusammenarbeit mit Russland aus, halten aber Kanäle für den politischen Dialog offen.',
  },
  'nrc-meets-again': {
    title: 'Der NATO-Russland-Rat tagt wieder',
    text: 'Der Rat tagt zum ersten Mal seit 2014 auf Botschafterebene und erörtert die Ukraine und militärische Transparenz; beide Seiten berichten von fortbestehenden Meinungsverschiedenheiten.',
  },
  'montenegro-protests': {
    title: 'Proteste in Montenegro',
    text: 'Tausende beteiligen sich in Podgorica an Protesten unter Führung der Opposition, die den Rücktritt der Regierung und vorgezogene Wahlen fordern; die Polizei setzt Tränengas ein. Teile der Opposition fordern auch ein Referendum über den NATO-Beitritt, und die Proteste dauern bis 2016 an.',
  },
  'montenegro-invited': {
    title: 'Montenegro zum Beitritt eingeladen',
    text: 'Die Außenminister der NATO laden Montenegro zu Beitrittsgesprächen ein, um das 29. Mitglied des Bündnisses zu werden.',
  },
  'round-2017': {
    title: 'Montenegro tritt bei',
    text: 'Montenegro wird das 29. Mitglied.',
  },
  'brussels-summit-2018': {
    title: 'Gipfel von Brüssel',
    text: 'Die Staats- und Regierungschefs der Verbündeten treffen sich in Brüssel, erörtern die Verteidigungsausgaben und laden das damals als ehemalige jugoslawische Republik Mazedonien bezeichnete Land zu Beitrittsgesprächen ein.',
  },
  'helsinki-summit': {
    title: 'Gipfel Trump–Putin in Helsinki',
    text: 'Die Präsidenten Trump und Putin halten in Helsinki ihr erstes vollständiges bilaterales Gipfeltreffen ab.',
  },
  'north-macedonia-renamed': {
    title: 'Die ehemalige jugoslawische Republik Mazedonien wird zu Nordmazedonien',
    text: 'Das Prespa-Abkommen mit Griechenland tritt in Kraft, und das Land nimmt den Namen Republik Nordmazedonien an; damit endet ein Streit um seinen Namen, der seinen NATO-Beitritt blockiert hatte.',
  },
  'round-2020': {
    title: 'Nordmazedonien tritt bei',
    text: 'Nordmazedonien wird das 30. Mitglied.',
  },
  'russia-draft-treaties': {
    title: 'Russland veröffentlicht Vertragsentwürfe',
    text: 'Das russische Außenministerium veröffentlicht Entwürfe für Abkommen mit den Vereinigten Staaten und mit den NATO-Mitgliedern, die eine weitere Erweiterung der NATO, auch den Beitritt der Ukraine, ausschließen und militärische Stationierungen und Aktivitäten in Osteuropa begrenzen würden.',
  },
  'russia-invades-ukraine': {
    title: 'Russland überfällt die Ukraine',
    text: 'Russland beginnt eine groß angelegte Invasion der Ukraine, die Präsident Putin eine militärische Spezialoperation nennt. Eine Woche später fordert die UN-Generalversammlung Russland auf, seine Truppen abzuziehen.',
  },
  'finland-sweden-apply': {
    title: 'Finnland und Schweden beantragen den Beitritt',
    text: 'Finnland und Schweden, lange militärisch bündnisfrei, übergeben im NATO-Hauptquartier ihre Mitgliedschaftsanträge.',
  },
  'madrid-summit-2022': {
    title: 'Madrider Gipfel lädt Finnland und Schweden ein',
    text: 'Die Staats- und Regierungschefs der Verbündeten laden Finnland und Schweden zum Beitritt ein, nach einem am Vortag unterzeichneten Memorandum zwischen der Türkei, Finnland und Schweden.',
  },
  'accession-protocols-2022': {
    title: 'Beitrittsprotokolle für Finnland und Schweden unterzeichnet',
    text: 'Die Botschafter der Verbündeten unterzeichnen die Beitrittsprotokolle Finnlands und Schwedens, die anschließend jedes Mitglied ratifizieren muss.',
  },
  'ukraine-applies': {
    title: 'Die Ukraine beantragt einen beschleunigten Beitritt',
    text: 'Der Präsident, der Ministerpräsident und der Parlamentspräsident der Ukraine unterzeichnen einen Antrag auf beschleunigte Mitgliedschaft, an dem Tag, an dem Russland die Annexion von vier teilweise besetzten ukrainischen Gebieten ausruft, was die meisten UN-Mitglieder zurückweisen.',
  },
  'round-2023': {
    title: 'Finnland tritt bei',
    text: 'Finnland wird das 31. Mitglied und verdoppelt damit ungefähr die Länge der Landgrenze der NATO mit Russland.',
  },
  'round-2024': {
    title: 'Schweden tritt bei',
    text: 'Schweden wird das 32. Mitglied und beendet eine lange Politik der militärischen Bündnisfreiheit.',
  },
};
