import type { Keyed } from '../strings';

/** Polish titles and texts of the dated events: see src/i18n/en/events.ts. */
export const eventTexts: Keyed<'eventTexts'> = {
  'treaty-signed': {
    title: 'Podpisanie Traktatu Północnoatlantyckiego',
    text: 'Dwanaście państw Europy Zachodniej i Ameryki Północnej podpisuje w Waszyngtonie Traktat Północnoatlantycki. Na mocy artykułu 5 zgadzają się uznać zbrojną napaść na jedno z nich w Europie lub Ameryce Północnej za napaść na wszystkie.',
  },
  'round-1949': {
    title: 'Wejście w życie Traktatu Północnoatlantyckiego',
    text: 'Traktat wchodzi w życie po złożeniu wymaganych dokumentów ratyfikacyjnych rządowi Stanów Zjednoczonych, a dwunastu sygnatariuszy staje się członkami założycielami.',
  },
  'round-1952': {
    title: 'Przystąpienie Grecji i Turcji',
    text: 'Grecja i Turcja składają dokumenty przystąpienia w pierwszym rozszerzeniu sojuszu. Członkostwo Turcji daje NATO granicę lądową ze Związkiem Radzieckim na Kaukazie.',
  },
  'round-1955': {
    title: 'Przystąpienie RFN',
    text: 'Republika Federalna Niemiec staje się piętnastym członkiem, dzień po tym, jak układy paryskie kończą jej status kraju okupowanego. NRD nie jest objęta.',
  },
  'warsaw-pact-signed': {
    title: 'Podpisanie Układu Warszawskiego',
    text: 'Związek Radziecki i siedem państw Europy Środkowej i Wschodniej podpisują w Warszawie układ o przyjaźni, współpracy i pomocy wzajemnej, tworząc sojusz wojskowy ze zjednoczonym dowództwem.',
  },
  'saar-joins': {
    title: 'Saara przyłącza się do RFN',
    text: 'Po odrzuceniu przez wyborców w 1955 roku europejskiego statutu dla tego terytorium i podpisaniu przez Francję i RFN traktatu saarskiego w 1956 roku Saara, dotąd francuski protektorat, staje się krajem związkowym Republiki Federalnej, a tym samym częścią obszaru traktatowego NATO.',
  },
  'france-leaves-command': {
    title: 'Francja opuszcza zintegrowane dowództwo NATO',
    text: 'Prezydent de Gaulle pisze do prezydenta Johnsona, że Francja zamierza „odzyskać pełne wykonywanie swojej suwerenności na swoim terytorium” i zakończyć udział w zintegrowanych dowództwach NATO. Francja pozostaje stroną traktatu.',
  },
  'czechoslovakia-invaded': {
    title: 'Wojska Układu Warszawskiego wkraczają do Czechosłowacji',
    text: 'Wojska Związku Radzieckiego, Polski, Węgier i Bułgarii wkraczają do Czechosłowacji w nocy z 20 na 21 sierpnia i kładą kres reformom Praskiej Wiosny. Przedstawiciel Czechosłowacji protestuje w Radzie Bezpieczeństwa ONZ, która 21 sierpnia podejmuje sprawę mimo sprzeciwu ZSRR. Albania, która potępia inwazję, kilka tygodni później formalnie opuszcza Układ.',
  },
  'albania-leaves-pact': {
    title: 'Albania opuszcza Układ Warszawski',
    text: 'Albania, która na początku lat 60. przestała uczestniczyć w pracach Układu, formalnie z niego występuje po inwazji na Czechosłowację.',
  },
  'greece-leaves-command': {
    title: 'Grecja opuszcza strukturę wojskową NATO',
    text: 'W czasie kryzysu cypryjskiego Grecja wycofuje swoje siły ze zintegrowanej struktury wojskowej NATO. Pozostaje członkiem sojuszu.',
  },
  'greece-returns': {
    title: 'Grecja wraca do struktury wojskowej NATO',
    text: 'Grecja przyjmuje rozwiązania wypracowane przez Naczelnego Dowódcę Sojuszniczych Sił w Europie, po wycofaniu sprzeciwu przez Turcję, i wraca do zintegrowanej struktury wojskowej.',
  },
  'round-1982': {
    title: 'Przystąpienie Hiszpanii',
    text: 'Hiszpania staje się szesnastym członkiem, kilka lat po powrocie do demokracji.',
  },
  'spain-referendum': {
    title: 'Hiszpania głosuje za pozostaniem w NATO',
    text: 'Większość wyborców w ogólnokrajowym referendum popiera dalsze członkostwo Hiszpanii w sojuszu.',
  },
  'two-plus-four': {
    title: 'Podpisanie traktatu „2+4”',
    text: 'Oba państwa niemieckie, Francja, Związek Radziecki, Wielka Brytania i Stany Zjednoczone podpisują w Moskwie traktat o ostatecznej regulacji w odniesieniu do Niemiec. Pozwala on zjednoczonym Niemcom należeć do sojuszy i wyklucza obce wojska oraz broń jądrową z terytorium dawnej NRD.',
  },
  'ddr-leaves-pact': {
    title: 'NRD opuszcza Układ Warszawski',
    text: 'Minister obrony NRD i naczelny dowódca Układu podpisują w Berlinie Wschodnim protokół kończący członkostwo kraju, dziewięć dni przed zjednoczeniem.',
  },
  'german-reunification': {
    title: 'Zjednoczenie Niemiec',
    text: 'Niemiecka Republika Demokratyczna przyłącza się do Republiki Federalnej Niemiec, a Berlin zostaje zjednoczony; prawa mocarstw zachodnich w Berlinie Zachodnim wygasają. Terytorium dawnej NRD staje się częścią obszaru traktatowego NATO, z ograniczeniami traktatu „2+4”.',
  },
  'slovenia-croatia-independence': {
    title: 'Słowenia i Chorwacja ogłaszają niepodległość',
    text: 'Parlamenty Słowenii i Chorwacji ogłaszają niepodległość od Jugosławii. Następują starcia zbrojne z armią jugosłowiańską.',
  },
  'warsaw-pact-dissolved': {
    title: 'Rozwiązanie Układu Warszawskiego',
    text: 'Pozostali członkowie podpisują w Pradze protokół formalnie kończący istnienie sojuszu, którego wspólne struktury wojskowe zostały już zlikwidowane.',
  },
  'baltic-independence': {
    title: 'ZSRR uznaje niepodległość państw bałtyckich',
    text: 'Radziecka Rada Państwa uznaje niepodległość Estonii, Łotwy i Litwy, które ZSRR zaanektował w 1940 roku.',
  },
  'nacc-first-meeting': {
    title: 'Posiedzenie Północnoatlantyckiej Rady Współpracy',
    text: 'Ministrowie spraw zagranicznych NATO spotykają się z odpowiednikami z Europy Środkowej i Wschodniej na nowym forum konsultacyjnym. W trakcie spotkania ambasador radziecki ogłasza, że ZSRR został rozwiązany i że reprezentuje on teraz Rosję.',
  },
  'ussr-ends': {
    title: 'Koniec Związku Radzieckiego',
    text: 'Jedna z izb radzieckiego parlamentu stwierdza, że ZSRR przestał istnieć, dzień po rezygnacji prezydenta Gorbaczowa. Jego dawne republiki istnieją dalej jako niepodległe państwa.',
  },
  'czechoslovakia-split': {
    title: 'Podział Czechosłowacji',
    text: 'Czechosłowacja pokojowo dzieli się na Republikę Czeską i Słowację.',
  },
  'pfp-launched': {
    title: 'Inauguracja Partnerstwa dla Pokoju',
    text: 'Na szczycie w Brukseli przywódcy NATO zapraszają dawne państwa Układu Warszawskiego, byłe republiki radzieckie i inne kraje europejskie do programu praktycznej współpracy wojskowej. Nie obejmuje on gwarancji obronnych.',
  },
  'ukraine-pfp': {
    title: 'Ukraina przystępuje do Partnerstwa dla Pokoju',
    text: 'Minister spraw zagranicznych Ukrainy podpisuje w kwaterze głównej NATO dokument ramowy Partnerstwa dla Pokoju.',
  },
  'russia-pfp': {
    title: 'Rosja przystępuje do Partnerstwa dla Pokoju',
    text: 'Rosja podpisuje dokument ramowy, a NATO i Rosja uzgadniają rozwijanie szerszego dialogu równolegle z programem.',
  },
  'founding-act': {
    title: 'Podpisanie Aktu stanowiącego NATO–Rosja',
    text: 'Przywódcy NATO i prezydent Jelcyn podpisują w Paryżu dokument stwierdzający, że nie uważają się nawzajem za przeciwników, i powołujący Stałą Wspólną Radę do konsultacji.',
  },
  'madrid-summit-1997': {
    title: 'Szczyt w Madrycie zaprasza trzy państwa',
    text: 'Przywódcy sojuszu zapraszają Republikę Czeską, Węgry i Polskę do rozmów akcesyjnych, po raz pierwszy zapraszając byłych członków Układu Warszawskiego, i stwierdzają, że sojusz pozostaje otwarty na kolejnych członków.',
  },
  'round-1999': {
    title: 'Przystąpienie Polski, Republiki Czeskiej i Węgier',
    text: 'Trzy dawne państwa Układu Warszawskiego stają się członkami podczas ceremonii w Independence w stanie Missouri; to pierwsze rozszerzenie po zimnej wojnie.',
  },
  'map-launched': {
    title: 'Inauguracja Planu działań na rzecz członkostwa',
    text: 'Na szczycie w Waszyngtonie, z okazji 50-lecia NATO, przywódcy sojuszu ustanawiają Plan działań na rzecz członkostwa, obejmujący doradztwo i ocenę dla państw przygotowujących się do przystąpienia. Uczestniczą w nim Albania, Bułgaria, Estonia, Łotwa, Litwa, Rumunia, Słowacja, Słowenia i Była Jugosłowiańska Republika Macedonii.',
  },
  'allied-force': {
    title: 'Kampania lotnicza NATO przeciwko FR Jugosławii',
    text: 'NATO przeprowadza naloty na Federalną Republikę Jugosławii w związku z konfliktem w Kosowie, bez mandatu Rady Bezpieczeństwa ONZ. Kampania kończy się, gdy siły jugosłowiańskie zgadzają się wycofać z Kosowa.',
  },
  'nato-russia-council': {
    title: 'Utworzenie Rady NATO–Rosja',
    text: 'W Pratica di Mare pod Rzymem członkowie NATO i Rosja podpisują deklarację rzymską, która zastępuje Stałą Wspólną Radę radą dwudziestu państw, w której wszystkie zasiadają na równych prawach.',
  },
  'prague-summit': {
    title: 'Szczyt w Pradze zaprasza siedem państw',
    text: 'Przywódcy sojuszu zapraszają Bułgarię, Estonię, Łotwę, Litwę, Rumunię, Słowację i Słowenię do rozmów akcesyjnych.',
  },
  'round-2004': {
    title: 'Przystąpienie siedmiu państw',
    text: 'Bułgaria, Estonia, Łotwa, Litwa, Rumunia, Słowacja i Słowenia stają się członkami.',
  },
  'montenegro-independence': {
    title: 'Czarnogóra staje się niepodległa',
    text: 'Parlament Czarnogóry ogłasza niepodległość po referendum, kończąc państwowy związek z Serbią.',
  },
  'western-balkans-pfp': {
    title: 'Bośnia, Czarnogóra i Serbia przystępują do PdP',
    text: 'Bośnia i Hercegowina, Czarnogóra i Serbia podpisują dokument ramowy Partnerstwa dla Pokoju po zaproszeniach wystosowanych na szczycie w Rydze.',
  },
  'munich-speech': {
    title: 'Przemówienie Putina w Monachium',
    text: 'Na Monachijskiej Konferencji Bezpieczeństwa prezydent Putin krytykuje to, co nazywa jednobiegunowym porządkiem świata, i mówi, że rozszerzenie NATO osłabia wzajemne zaufanie. Stanowisko NATO jest takie, że każde państwo może samo wybierać swoje rozwiązania w dziedzinie bezpieczeństwa.',
  },
  'kosovo-independence': {
    title: 'Kosowo ogłasza niepodległość',
    text: 'Zgromadzenie Kosowa ogłasza niepodległość od Serbii. Serbia i Rosja odrzucają deklarację, Stany Zjednoczone i wiele państw UE przystępuje do uznania Kosowa, a Rada Bezpieczeństwa ONZ jest podzielona.',
  },
  'bucharest-summit': {
    title: 'Szczyt w Bukareszcie',
    text: 'Przywódcy sojuszu spotykają się w Bukareszcie od 2 do 4 kwietnia. Ich deklaracja z 3 kwietnia zaprasza Albanię i Chorwację do przystąpienia, odkłada zaproszenie Byłej Jugosłowiańskiej Republiki Macedonii do czasu rozstrzygnięcia sporu o jej nazwę i stwierdza, że Ukraina i Gruzja zostaną członkami, nie przyznając im Planu działań na rzecz członkostwa.',
  },
  'afghan-transit': {
    title: 'Rosja zezwala na tranzyt do Afganistanu',
    text: 'NATO i Rosja wymieniają listy zezwalające na przewóz lądem przez terytorium Rosji nieśmiercionośnych dostaw dla sił pod dowództwem NATO w Afganistanie, w tym części nieśmiercionośnego sprzętu wojskowego.',
  },
  'georgia-war': {
    title: 'Wojna między Rosją a Gruzją',
    text: 'Walki o Osetię Południową przeradzają się w wojnę między Gruzją a Rosją. Zawieszenie broni wynegocjowane przez francuską prezydencję w UE zostaje uzgodnione 12 sierpnia.',
  },
  'nrc-suspended': {
    title: 'Zawieszenie Rady NATO–Rosja',
    text: 'Po wojnie w Gruzji ministrowie spraw zagranicznych NATO postanawiają, że stosunki z Rosją nie mogą toczyć się jak dotąd; formalne posiedzenia Rady NATO–Rosja zostają zawieszone.',
  },
  'abkhazia-south-ossetia-recognition': {
    title: 'Rosja uznaje Abchazję i Osetię Południową',
    text: 'Rosja uznaje oba gruzińskie regiony za niepodległe państwa. NATO odrzuca tę decyzję jako sprzeczną z rezolucjami Rady Bezpieczeństwa ONZ w sprawie integralności terytorialnej Gruzji.',
  },
  'france-returns': {
    title: 'Francja wraca do zintegrowanego dowództwa',
    text: 'Prezydent Sarkozy ogłasza, że Francja powróci do zintegrowanej struktury dowodzenia NATO; krok ten zostaje sformalizowany na szczycie w Strasburgu i Kehl w kwietniu.',
  },
  'nrc-resumed': {
    title: 'Wznowienie Rady NATO–Rosja',
    text: 'Ministrowie spraw zagranicznych NATO uzgadniają wznowienie formalnych posiedzeń Rady NATO–Rosja, zawieszonych od sierpnia 2008 roku.',
  },
  'round-2009': {
    title: 'Przystąpienie Albanii i Chorwacji',
    text: 'Albania i Chorwacja stają się 27. i 28. członkiem, krótko przed szczytem z okazji 60-lecia NATO.',
  },
  'vigilant-skies': {
    title: 'Wspólne ćwiczenia lotnicze NATO i Rosji',
    text: 'Vigilant Skies 2011 to pierwsze wspólne ćwiczenia antyterrorystyczne NATO i Rosji, w których ćwiczona jest wspólna reakcja na porwanie samolotu cywilnego.',
  },
  'crimea-annexation': {
    title: 'Rosja ogłasza aneksję Krymu',
    text: 'Po referendum przeprowadzonym 16 marca pod rosyjską kontrolą wojskową Rosja podpisuje traktat uznający Krym i Sewastopol za część swojego terytorium. Rezolucja Zgromadzenia Ogólnego ONZ 68/262 uznaje referendum za nieważne i wzywa państwa do nieuznawania żadnej zmiany statusu Krymu; późniejsze rezolucje mówią o jego tymczasowej okupacji i próbie aneksji.',
  },
  'cooperation-suspended': {
    title: 'NATO zawiesza współpracę z Rosją',
    text: 'Ministrowie spraw zagranicznych NATO zawieszają wszelką praktyczną współpracę cywilną i wojskową z Rosją z powodu Krymu, pozostawiając otwarte kanały dialogu politycznego.',
  },
  'nrc-meets-again': {
    title: 'Rada NATO–Rosja ponownie obraduje',
    text: 'Rada zbiera się na szczeblu ambasadorów po raz pierwszy od 2014 roku i omawia Ukrainę oraz przejrzystość wojskową; obie strony informują o utrzymujących się różnicach zdań.',
  },
  'montenegro-protests': {
    title: 'Protesty w Czarnogórze',
    text: 'Tysiące osób biorą udział w Podgoricy w protestach prowadzonych przez opozycję, żądając dymisji rządu i przedterminowych wyborów; policja używa gazu łzawiącego. Część opozycji domaga się też referendum w sprawie przystąpienia do NATO, a protesty trwają do 2016 roku.',
  },
  'montenegro-invited': {
    title: 'Czarnogóra zaproszona do przystąpienia',
    text: 'Ministrowie spraw zagranicznych NATO zapraszają Czarnogórę do rozmów akcesyjnych, aby stała się 29. członkiem sojuszu.',
  },
  'round-2017': {
    title: 'Przystąpienie Czarnogóry',
    text: 'Czarnogóra staje się 29. członkiem.',
  },
  'brussels-summit-2018': {
    title: 'Szczyt w Brukseli',
    text: 'Przywódcy sojuszu spotykają się w Brukseli, omawiają wydatki na obronę i zapraszają państwo znane wówczas jako Była Jugosłowiańska Republika Macedonii do rozmów akcesyjnych.',
  },
  'helsinki-summit': {
    title: 'Szczyt Trump–Putin w Helsinkach',
    text: 'Prezydenci Trump i Putin odbywają w Helsinkach swój pierwszy pełny dwustronny szczyt.',
  },
  'north-macedonia-renamed': {
    title: 'Była Jugosłowiańska Republika Macedonii staje się Macedonią Północną',
    text: 'Porozumienie znad Prespy z Grecją wchodzi w życie, a państwo przyjmuje nazwę Republika Macedonii Północnej, kończąc spór o nazwę, który blokował jego przystąpienie do NATO.',
  },
  'round-2020': {
    title: 'Przystąpienie Macedonii Północnej',
    text: 'Macedonia Północna staje się 30. członkiem.',
  },
  'russia-draft-treaties': {
    title: 'Rosja publikuje projekty traktatów',
    text: 'Rosyjskie Ministerstwo Spraw Zagranicznych publikuje projekty porozumień ze Stanami Zjednoczonymi i z członkami NATO, które wykluczałyby dalsze rozszerzenie NATO, w tym przystąpienie Ukrainy, oraz ograniczały rozmieszczenie wojsk i działalność wojskową w Europie Wschodniej.',
  },
  'russia-invades-ukraine': {
    title: 'Rosja napada na Ukrainę',
    text: 'Rosja rozpoczyna pełnoskalową inwazję na Ukrainę, którą prezydent Putin nazywa specjalną operacją wojskową. Tydzień później Zgromadzenie Ogólne ONZ żąda od Rosji wycofania wojsk.',
  },
  'finland-sweden-apply': {
    title: 'Finlandia i Szwecja składają wnioski o członkostwo',
    text: 'Finlandia i Szwecja, długo niezaangażowane militarnie, składają w kwaterze głównej NATO wnioski o członkostwo.',
  },
  'madrid-summit-2022': {
    title: 'Szczyt w Madrycie zaprasza Finlandię i Szwecję',
    text: 'Przywódcy sojuszu zapraszają Finlandię i Szwecję do przystąpienia, po memorandum między Turcją, Finlandią i Szwecją podpisanym dzień wcześniej.',
  },
  'accession-protocols-2022': {
    title: 'Podpisanie protokołów akcesyjnych Finlandii i Szwecji',
    text: 'Ambasadorowie państw sojuszu podpisują protokoły akcesyjne Finlandii i Szwecji, które następnie musi ratyfikować każdy członek.',
  },
  'ukraine-applies': {
    title: 'Ukraina wnioskuje o przyspieszone przystąpienie',
    text: 'Prezydent, premier i przewodniczący parlamentu Ukrainy podpisują wniosek o przyspieszone członkostwo w dniu, w którym Rosja ogłasza aneksję czterech częściowo okupowanych obwodów Ukrainy, czego większość członków ONZ nie uznaje.',
  },
  'round-2023': {
    title: 'Przystąpienie Finlandii',
    text: 'Finlandia staje się 31. członkiem, co mniej więcej podwaja długość granicy lądowej NATO z Rosją.',
  },
  'round-2024': {
    title: 'Przystąpienie Szwecji',
    text: 'Szwecja staje się 32. członkiem, kończąc długą politykę niezaangażowania militarnego.',
  },
};
