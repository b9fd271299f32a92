import type { Keyed } from '../strings';

/** French titles and texts of the dated events: see src/i18n/en/events.ts. */
export const eventTexts: Keyed<'eventTexts'> = {
  'treaty-signed': {
    title: 'Signature du traité de l’Atlantique Nord',
    text: 'Douze États d’Europe occidentale et d’Amérique du Nord signent le traité de l’Atlantique Nord à Washington. En vertu de l’article 5, ils conviennent de considérer une attaque armée contre l’un d’eux en Europe ou en Amérique du Nord comme une attaque contre tous.',
  },
  'round-1949': {
    title: 'Entrée en vigueur du traité de l’Atlantique Nord',
    text: 'Le traité prend effet une fois les ratifications requises déposées auprès du gouvernement des États-Unis, et ses douze signataires deviennent les membres fondateurs.',
  },
  'round-1952': {
    title: 'Adhésion de la Grèce et de la Turquie',
    text: 'La Grèce et la Turquie déposent leurs instruments d’adhésion lors du premier élargissement de l’Alliance. L’adhésion de la Turquie donne à l’OTAN une frontière terrestre avec l’Union soviétique dans le Caucase.',
  },
  'round-1955': {
    title: 'Adhésion de l’Allemagne de l’Ouest',
    text: 'La République fédérale d’Allemagne devient le quinzième membre, au lendemain de l’entrée en vigueur des accords de Paris qui mettent fin à son statut de pays occupé. L’Allemagne de l’Est n’est pas couverte.',
  },
  'warsaw-pact-signed': {
    title: 'Signature du pacte de Varsovie',
    text: 'L’Union soviétique et sept États d’Europe centrale et orientale signent à Varsovie un traité d’amitié, de coopération et d’assistance mutuelle, créant une alliance militaire dotée d’un commandement unifié.',
  },
  'saar-joins': {
    title: 'La Sarre rejoint l’Allemagne de l’Ouest',
    text: 'Après le rejet par ses électeurs, en 1955, d’un statut européen pour le territoire, et la signature du traité de la Sarre par la France et l’Allemagne de l’Ouest en 1956, la Sarre, jusque-là protectorat français, devient un Land de la République fédérale et entre ainsi dans la zone couverte par le traité de l’OTAN.',
  },
  'france-leaves-command': {
    title: 'La France quitte le commandement intégré de l’OTAN',
    text: 'Le président de Gaulle écrit au président Johnson que la France entend « recouvrer sur son territoire l’entier exercice de sa souveraineté » et mettre fin à sa participation aux commandements intégrés de l’OTAN. La France reste partie au traité.',
  },
  'czechoslovakia-invaded': {
    title: 'Les forces du pacte de Varsovie envahissent la Tchécoslovaquie',
    text: 'Des troupes de l’Union soviétique, de la Pologne, de la Hongrie et de la Bulgarie entrent en Tchécoslovaquie dans la nuit du 20 au 21 août et mettent fin aux réformes du Printemps de Prague. Le représentant de la Tchécoslovaquie proteste devant le Conseil de sécurité de l’ONU, qui se saisit de la question le 21 août malgré les objections soviétiques. L’Albanie, qui condamne l’invasion, quitte formellement le Pacte quelques semaines plus tard.',
  },
  'albania-leaves-pact': {
    title: 'L’Albanie quitte le pacte de Varsovie',
    text: 'L’Albanie, qui avait cessé de participer aux travaux du Pacte au début des années 1960, s’en retire formellement après l’invasion de la Tchécoslovaquie.',
  },
  'greece-leaves-command': {
    title: 'La Grèce quitte la structure militaire de l’OTAN',
    text: 'Pendant la crise de Chypre, la Grèce retire ses forces de la structure militaire intégrée de l’OTAN. Elle reste membre de l’Alliance.',
  },
  'greece-returns': {
    title: 'La Grèce réintègre la structure militaire de l’OTAN',
    text: 'La Grèce accepte les arrangements élaborés par le commandant suprême des forces alliées en Europe, après la levée de l’objection turque, et réintègre la structure militaire intégrée.',
  },
  'round-1982': {
    title: 'Adhésion de l’Espagne',
    text: 'L’Espagne devient le seizième membre, quelques années après son retour à la démocratie.',
  },
  'spain-referendum': {
    title: 'L’Espagne vote pour rester dans l’OTAN',
    text: 'Une majorité d’électeurs, lors d’un référendum national, approuve le maintien de l’Espagne dans l’Alliance.',
  },
  'two-plus-four': {
    title: 'Signature du traité « 2+4 »',
    text: 'Les deux États allemands, la France, l’Union soviétique, le Royaume-Uni et les États-Unis signent à Moscou le règlement définitif concernant l’Allemagne. Il permet à l’Allemagne unie d’appartenir à des alliances et interdit les forces étrangères et les armes nucléaires sur l’ancien territoire est-allemand.',
  },
  'ddr-leaves-pact': {
    title: 'L’Allemagne de l’Est quitte le pacte de Varsovie',
    text: 'Le ministre est-allemand de la Défense et le commandant suprême du Pacte signent à Berlin-Est un protocole mettant fin à l’appartenance du pays, neuf jours avant la réunification.',
  },
  'german-reunification': {
    title: 'Réunification de l’Allemagne',
    text: 'La République démocratique allemande rejoint la République fédérale d’Allemagne, et Berlin est réunifiée ; les droits des puissances occidentales à Berlin-Ouest prennent fin. L’ancien territoire est-allemand entre dans la zone du traité de l’OTAN, sous réserve des restrictions du traité « 2+4 ».',
  },
  'slovenia-croatia-independence': {
    title: 'La Slovénie et la Croatie proclament leur indépendance',
    text: 'Les parlements de Slovénie et de Croatie proclament leur indépendance vis-à-vis de la Yougoslavie. Des affrontements armés avec l’armée yougoslave suivent.',
  },
  'warsaw-pact-dissolved': {
    title: 'Dissolution du pacte de Varsovie',
    text: 'Les membres restants signent à Prague un protocole mettant formellement fin à l’alliance, dont les structures militaires communes avaient déjà été démantelées.',
  },
  'baltic-independence': {
    title: 'L’URSS reconnaît l’indépendance des États baltes',
    text: 'Le Conseil d’État soviétique reconnaît l’indépendance de l’Estonie, de la Lettonie et de la Lituanie, que l’URSS avait annexées en 1940.',
  },
  'nacc-first-meeting': {
    title: 'Réunion du Conseil de coopération nord-atlantique',
    text: 'Les ministres des Affaires étrangères de l’OTAN rencontrent leurs homologues d’Europe centrale et orientale dans un nouveau forum de consultation. Pendant la réunion, l’ambassadeur soviétique annonce que l’URSS est dissoute et qu’il représente désormais la Russie.',
  },
  'ussr-ends': {
    title: 'Fin de l’Union soviétique',
    text: 'Une chambre du parlement soviétique déclare que l’URSS a cessé d’exister, au lendemain de la démission du président Gorbatchev. Ses anciennes républiques poursuivent leur existence en tant qu’États indépendants.',
  },
  'czechoslovakia-split': {
    title: 'La Tchécoslovaquie se divise en deux',
    text: 'La Tchécoslovaquie se sépare pacifiquement en République tchèque et Slovaquie.',
  },
  'pfp-launched': {
    title: 'Lancement du Partenariat pour la paix',
    text: 'Lors de leur sommet de Bruxelles, les dirigeants de l’OTAN invitent les anciens États du pacte de Varsovie, les anciennes républiques soviétiques et d’autres pays européens à un programme de coopération militaire pratique. Il ne comporte pas de garantie de défense.',
  },
  'ukraine-pfp': {
    title: 'L’Ukraine rejoint le Partenariat pour la paix',
    text: 'Le ministre ukrainien des Affaires étrangères signe le document-cadre du Partenariat pour la paix au siège de l’OTAN.',
  },
  'russia-pfp': {
    title: 'La Russie rejoint le Partenariat pour la paix',
    text: 'La Russie signe le document-cadre, et l’OTAN et la Russie conviennent de développer un dialogue plus large parallèlement au programme.',
  },
  'founding-act': {
    title: 'Signature de l’Acte fondateur OTAN-Russie',
    text: 'Les dirigeants de l’OTAN et le président Eltsine signent à Paris un document affirmant qu’ils ne se considèrent pas comme des adversaires et créant un Conseil conjoint permanent de consultation.',
  },
  'madrid-summit-1997': {
    title: 'Le sommet de Madrid invite trois États',
    text: 'Les dirigeants alliés invitent la République tchèque, la Hongrie et la Pologne à engager des pourparlers d’adhésion, première invitation adressée à d’anciens membres du pacte de Varsovie, et déclarent que l’Alliance reste ouverte à de nouveaux membres.',
  },
  'round-1999': {
    title: 'Adhésion de la Pologne, de la République tchèque et de la Hongrie',
    text: 'Trois anciens États du pacte de Varsovie deviennent membres lors d’une cérémonie à Independence, dans le Missouri : le premier élargissement après la guerre froide.',
  },
  'map-launched': {
    title: 'Lancement du plan d’action pour l’adhésion',
    text: 'Au sommet de Washington, qui marque le 50e anniversaire de l’OTAN, les dirigeants alliés mettent en place un plan d’action pour l’adhésion, fait de conseils et d’évaluations, pour les États qui se préparent à adhérer. L’Albanie, la Bulgarie, l’Estonie, la Lettonie, la Lituanie, la Roumanie, la Slovaquie, la Slovénie et l’ex-République yougoslave de Macédoine y participent.',
  },
  'allied-force': {
    title: 'Campagne aérienne de l’OTAN contre la RF de Yougoslavie',
    text: 'L’OTAN mène des frappes aériennes contre la République fédérale de Yougoslavie en raison du conflit au Kosovo, sans mandat du Conseil de sécurité de l’ONU. La campagne prend fin après que les forces yougoslaves ont accepté de se retirer du Kosovo.',
  },
  'nato-russia-council': {
    title: 'Création du Conseil OTAN-Russie',
    text: 'À Pratica di Mare, près de Rome, les membres de l’OTAN et la Russie signent la déclaration de Rome, qui remplace le Conseil conjoint permanent par un conseil à vingt où tous siègent sur un pied d’égalité.',
  },
  'prague-summit': {
    title: 'Le sommet de Prague invite sept États',
    text: 'Les dirigeants alliés invitent la Bulgarie, l’Estonie, la Lettonie, la Lituanie, la Roumanie, la Slovaquie et la Slovénie à engager des pourparlers d’adhésion.',
  },
  'round-2004': {
    title: 'Adhésion de sept États',
    text: 'La Bulgarie, l’Estonie, la Lettonie, la Lituanie, la Roumanie, la Slovaquie et la Slovénie deviennent membres.',
  },
  'montenegro-independence': {
    title: 'Le Monténégro devient indépendant',
    text: 'Le parlement du Monténégro proclame l’indépendance après un référendum, mettant fin à l’union d’États avec la Serbie.',
  },
  'western-balkans-pfp': {
    title: 'La Bosnie, le Monténégro et la Serbie rejoignent le PPP',
    text: 'La Bosnie-Herzégovine, le Monténégro et la Serbie signent le document-cadre du Partenariat pour la paix après les invitations lancées au sommet de Riga.',
  },
  'munich-speech': {
    title: 'Discours de Poutine à Munich',
    text: 'À la Conférence de Munich sur la sécurité, le président Poutine critique ce qu’il appelle un ordre mondial unipolaire et affirme que l’élargissement de l’OTAN réduit la confiance mutuelle. La position de l’OTAN est que chaque État peut choisir ses propres arrangements de sécurité.',
  },
  'kosovo-independence': {
    title: 'Le Kosovo proclame son indépendance',
    text: 'L’assemblée du Kosovo proclame l’indépendance vis-à-vis de la Serbie. La Serbie et la Russie rejettent la déclaration, les États-Unis et de nombreux États de l’UE s’apprêtent à reconnaître le Kosovo, et le Conseil de sécurité de l’ONU est divisé.',
  },
  'bucharest-summit': {
    title: 'Sommet de Bucarest',
    text: 'Les dirigeants alliés se réunissent à Bucarest du 2 au 4 avril. Leur déclaration du 3 avril invite l’Albanie et la Croatie à adhérer, reporte l’invitation de l’ex-République yougoslave de Macédoine jusqu’au règlement du différend sur son nom, et affirme que l’Ukraine et la Géorgie deviendront membres, sans leur accorder de plan d’action pour l’adhésion.',
  },
  'afghan-transit': {
    title: 'La Russie autorise le transit vers l’Afghanistan',
    text: 'L’OTAN et la Russie échangent des lettres autorisant le passage par voie terrestre sur le territoire russe de fournitures non létales destinées à la force dirigée par l’OTAN en Afghanistan, y compris certains équipements militaires non létaux.',
  },
  'georgia-war': {
    title: 'Guerre entre la Russie et la Géorgie',
    text: 'Les combats autour de l’Ossétie du Sud dégénèrent en guerre entre la Géorgie et la Russie. Un cessez-le-feu négocié par la présidence française de l’UE est conclu le 12 août.',
  },
  'nrc-suspended': {
    title: 'Le Conseil OTAN-Russie suspendu',
    text: 'Après la guerre en Géorgie, les ministres des Affaires étrangères de l’OTAN décident que les relations avec la Russie ne peuvent se poursuivre comme si de rien n’était ; les réunions formelles du Conseil OTAN-Russie sont suspendues.',
  },
  'abkhazia-south-ossetia-recognition': {
    title: 'La Russie reconnaît l’Abkhazie et l’Ossétie du Sud',
    text: 'La Russie reconnaît les deux régions géorgiennes comme États indépendants. L’OTAN rejette cette décision comme contraire aux résolutions du Conseil de sécurité de l’ONU sur l’intégrité territoriale de la Géorgie.',
  },
  'france-returns': {
    title: 'La France va réintégrer le commandement intégré',
    text: 'Le président Sarkozy annonce que la France réintégrera le commandement militaire intégré de l’OTAN, une étape officialisée au sommet de Strasbourg-Kehl en avril.',
  },
  'nrc-resumed': {
    title: 'Reprise du Conseil OTAN-Russie',
    text: 'Les ministres des Affaires étrangères de l’OTAN conviennent de reprendre les réunions formelles du Conseil OTAN-Russie, suspendues depuis août 2008.',
  },
  'round-2009': {
    title: 'Adhésion de l’Albanie et de la Croatie',
    text: 'L’Albanie et la Croatie deviennent les 27e et 28e membres, peu avant le sommet du 60e anniversaire de l’OTAN.',
  },
  'vigilant-skies': {
    title: 'Exercice aérien conjoint OTAN-Russie',
    text: 'Vigilant Skies 2011 est le premier exercice antiterroriste conjoint de l’OTAN et de la Russie, qui entraîne une réponse commune au détournement d’un avion civil.',
  },
  'crimea-annexation': {
    title: 'La Russie déclare la Crimée annexée',
    text: 'Après un référendum tenu le 16 mars sous contrôle militaire russe, la Russie signe un traité déclarant la Crimée et Sébastopol partie de son territoire. La résolution 68/262 de l’Assemblée générale des Nations unies déclare le référendum invalide et demande aux États de ne reconnaître aucune modification du statut de la Crimée ; des résolutions ultérieures parlent de son occupation temporaire et de sa tentative d’annexion.',
  },
  'cooperation-suspended': {
    title: 'L’OTAN suspend sa coopération avec la Russie',
    text: 'Les ministres des Affaires étrangères de l’OTAN suspendent toute coopération pratique civile et militaire avec la Russie en raison de la Crimée, tout en maintenant ouverts des canaux de dialogue politique.',
  },
  'nrc-meets-again': {
    title: 'Le Conseil OTAN-Russie se réunit de nouveau',
    text: 'Le Conseil se réunit au niveau des ambassadeurs pour la première fois depuis 2014 et aborde l’Ukraine et la transparence militaire ; les deux parties font état de désaccords persistants.',
  },
  'montenegro-protests': {
    title: 'Manifestations au Monténégro',
    text: 'Des milliers de personnes participent à Podgorica à des manifestations menées par l’opposition pour exiger la démission du gouvernement et des élections anticipées ; la police utilise des gaz lacrymogènes. Une partie de l’opposition réclame aussi un référendum sur l’adhésion à l’OTAN, et les manifestations se poursuivent en 2016.',
  },
  'montenegro-invited': {
    title: 'Le Monténégro invité à adhérer',
    text: 'Les ministres des Affaires étrangères de l’OTAN invitent le Monténégro à engager des pourparlers d’adhésion pour devenir le 29e membre de l’Alliance.',
  },
  'round-2017': {
    title: 'Adhésion du Monténégro',
    text: 'Le Monténégro devient le 29e membre.',
  },
  'brussels-summit-2018': {
    title: 'Sommet de Bruxelles',
    text: 'Les dirigeants alliés se réunissent à Bruxelles, discutent des dépenses de défense et invitent le pays alors appelé ex-République yougoslave de Macédoine à engager des pourparlers d’adhésion.',
  },
  'helsinki-summit': {
    title: 'Sommet Trump-Poutine à Helsinki',
    text: 'Les présidents Trump et Poutine tiennent leur premier sommet bilatéral à part entière, à Helsinki.',
  },
  'north-macedonia-renamed': {
    title: 'L’ex-République yougoslave de Macédoine devient la Macédoine du Nord',
    text: 'L’accord de Prespa avec la Grèce entre en vigueur et le pays prend le nom de République de Macédoine du Nord, mettant fin à un différend sur son nom qui bloquait son adhésion à l’OTAN.',
  },
  'round-2020': {
    title: 'Adhésion de la Macédoine du Nord',
    text: 'La Macédoine du Nord devient le 30e membre.',
  },
  'russia-draft-treaties': {
    title: 'La Russie publie des projets de traités',
    text: 'Le ministère russe des Affaires étrangères publie des projets d’accords avec les États-Unis et avec les membres de l’OTAN qui excluraient tout nouvel élargissement de l’OTAN, y compris l’adhésion de l’Ukraine, et limiteraient les déploiements et activités militaires en Europe de l’Est.',
  },
  'russia-invades-ukraine': {
    title: 'La Russie envahit l’Ukraine',
    text: 'La Russie lance une invasion à grande échelle de l’Ukraine, que le président Poutine qualifie d’opération militaire spéciale. Une semaine plus tard, l’Assemblée générale des Nations unies exige que la Russie retire ses forces.',
  },
  'finland-sweden-apply': {
    title: 'La Finlande et la Suède demandent à adhérer',
    text: 'La Finlande et la Suède, longtemps militairement non alignées, remettent leurs demandes d’adhésion au siège de l’OTAN.',
  },
  'madrid-summit-2022': {
    title: 'Le sommet de Madrid invite la Finlande et la Suède',
    text: 'Les dirigeants alliés invitent la Finlande et la Suède à adhérer, après un mémorandum entre la Türkiye, la Finlande et la Suède signé la veille.',
  },
  'accession-protocols-2022': {
    title: 'Signature des protocoles d’adhésion de la Finlande et de la Suède',
    text: 'Les ambassadeurs alliés signent les protocoles d’adhésion de la Finlande et de la Suède, que chaque membre doit ensuite ratifier.',
  },
  'ukraine-applies': {
    title: 'L’Ukraine demande une adhésion accélérée',
    text: 'Le président, le Premier ministre et le président du parlement ukrainiens signent une demande d’adhésion accélérée, le jour où la Russie proclame l’annexion de quatre régions ukrainiennes partiellement occupées, ce que la plupart des membres de l’ONU rejettent.',
  },
  'round-2023': {
    title: 'Adhésion de la Finlande',
    text: 'La Finlande devient le 31e membre, ce qui double à peu près la longueur de la frontière terrestre de l’OTAN avec la Russie.',
  },
  'round-2024': {
    title: 'Adhésion de la Suède',
    text: 'La Suède devient le 32e membre, mettant fin à une longue politique de non-alignement militaire.',
  },
};
