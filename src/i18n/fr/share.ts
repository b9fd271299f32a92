import { plural } from '../format';
import type { Strings } from '../strings';

/** French strings of sharing, downloads, embedding and printing: see src/i18n/en/share.ts. */
export const share: Strings['share'] = {
  toolbar: 'Partager, télécharger et imprimer',
  copyLink: 'Copier le lien',
  linkCopied: 'Lien copié',
  linkShared: 'Lien partagé',
  linkManual: 'Votre navigateur n’a pas permis la copie. Le lien est sélectionné ci-dessous : copiez-le avec Ctrl+C ou ⌘C.',
  linkField: 'Lien vers cette vue',
  embed: 'Intégrer',
  embedTitle: 'Intégrer cette carte',
  embedIntro:
    'Collez ce code dans votre page web. La carte s’ouvre à l’année et sur le pays affichés maintenant, et les lecteurs peuvent déplacer le curseur.',
  embedCode: 'Code d’intégration',
  copyCode: 'Copier le code',
  codeCopied: 'Code copié',
  codeManual: 'Votre navigateur n’a pas permis la copie. Le code est sélectionné : copiez-le avec Ctrl+C ou ⌘C.',
  close: 'Fermer',
  downloads: 'Télécharger cette vue',
  formats: { svg: 'Image SVG', png: 'Image PNG', csv: 'Données CSV', json: 'Données JSON' },
  preparing: 'Préparation du téléchargement…',
  downloadFailed: 'Le téléchargement n’a pas pu être préparé. Essayez un autre format.',
  print: 'Imprimer',
  openFull: 'Ouvrir la carte complète',
  newTab: '(s’ouvre dans un nouvel onglet)',
  exportTitle: (year: number) => `Les membres de l’OTAN en ${year}`,
  exportSubtitle: (count: number, date: string) =>
    `${plural(count, 'fr', { one: `${count} membre`, other: `${count} membres` })} au ${date}`,
  exportSource: (url: string) => `Carte interactive et source de chaque date : ${url}`,
  frameTitle: (year: number) => `Carte des membres de l’OTAN en ${year}`,
  fileName: (year: number, ext: string) => `membres-otan-${year}.${ext}`,
};
