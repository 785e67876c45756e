/**
 * Registry of the images made by `scripts/make-assets.ts` (flat-vector SVG). Scenarios reference rooms and
 * portraits by key; the shell maps a key to its built file. `file` is relative to `assets/`.
 */
export interface ImageAsset {
  readonly file: string;
  readonly width: number;
  readonly height: number;
  /** French text alternative: what the image shows. */
  readonly alt: string;
}

/** Room illustrations, drawn at the stage size (1280×720). */
export const ROOM_KEYS = {
  facade: 'facade',
  mairie: 'mairie',
  guichet: 'guichet',
  salleDuConseil: 'salle-du-conseil',
  bureauDeVote: 'bureau-de-vote',
  bureau: 'bureau',
} as const;
/** One of {@link ROOM_KEYS}. */
export type RoomKey = (typeof ROOM_KEYS)[keyof typeof ROOM_KEYS];

const room = (name: string, alt: string): ImageAsset => ({
  file: `images/rooms/${name}.svg`,
  width: 1280,
  height: 720,
  alt,
});

/** Room key → file and description (the canvas label while the room is shown). */
export const ROOMS: Readonly<Record<RoomKey, ImageAsset>> = {
  facade: room(
    'facade',
    'La façade de la mairie de Saint-Aubin-sur-Loire : un bâtiment de pierre claire à horloge, ' +
      'drapeaux français et européen au balcon, tilleuls et bords de Loire.',
  ),
  mairie: room(
    'mairie',
    'L’intérieur de la mairie : à gauche le guichet d’accueil, au centre la porte de la salle du conseil ' +
      'et le calendrier mural, à droite le bureau avec son ordinateur et le téléphone.',
  ),
  guichet: room(
    'guichet',
    'Le guichet d’accueil vu du côté de l’agent : comptoir, vitre, présentoir de formulaires et file d’attente.',
  ),
  'salle-du-conseil': room(
    'salle-du-conseil',
    'La salle du conseil municipal : grande table en U, quinze sièges, buste de Marianne et drapeau, ' +
      'pupitre du maire au centre.',
  ),
  'bureau-de-vote': room(
    'bureau-de-vote',
    'Le bureau de vote : urne transparente sur la table, isoloirs à rideaux, table de décharge ' +
      'avec bulletins et enveloppes, liste d’émargement.',
  ),
  bureau: room(
    'bureau',
    'Le bureau du secrétariat : table de travail, écran, classeurs alignés sur les étagères, fenêtre sur la place.',
  ),
};

/** Character portraits (bust, square), shown beside dialogue lines. */
export const PORTRAIT_KEYS = {
  maire: 'maire',
  adjointFinances: 'adjoint-finances',
  adjointe: 'adjointe',
  conseillere: 'conseillere',
  sgm: 'sgm',
  habitantRetraite: 'habitant-retraite',
  habitanteParent: 'habitante-parent',
  habitantArtisan: 'habitant-artisan',
  habitanteEtudiante: 'habitante-etudiante',
  agentTechnique: 'agent-technique',
  atsem: 'atsem',
  scrutateur: 'scrutateur',
} as const;
/** One of {@link PORTRAIT_KEYS}. */
export type PortraitKey = (typeof PORTRAIT_KEYS)[keyof typeof PORTRAIT_KEYS];

const portrait = (name: string, alt: string): ImageAsset => ({
  file: `images/portraits/${name}.svg`,
  width: 256,
  height: 256,
  alt,
});

/** Portrait key → file and text alternative. */
export const PORTRAITS: Readonly<Record<PortraitKey, ImageAsset>> = {
  maire: portrait('maire', 'La maire, cheveux gris courts, veste bleu marine et écharpe tricolore.'),
  'adjoint-finances': portrait(
    'adjoint-finances',
    'L’adjoint aux finances, lunettes rondes, chemise claire et cravate bordeaux.',
  ),
  adjointe: portrait('adjointe', 'L’adjointe, cheveux bruns attachés, gilet vert.'),
  conseillere: portrait('conseillere', 'Une conseillère municipale, cheveux roux mi-longs, pull moutarde.'),
  sgm: portrait('sgm', 'Vous : le ou la secrétaire général·e de mairie, chemise bleu ciel et badge.'),
  'habitant-retraite': portrait(
    'habitant-retraite',
    'Un habitant retraité, calvitie, moustache blanche, pull gris.',
  ),
  'habitante-parent': portrait(
    'habitante-parent',
    'Une habitante, mère de famille, cheveux bouclés, manteau corail.',
  ),
  'habitant-artisan': portrait(
    'habitant-artisan',
    'Un habitant artisan, barbe, casquette et veste de travail.',
  ),
  'habitante-etudiante': portrait(
    'habitante-etudiante',
    'Une habitante étudiante, cheveux courts, lunettes, sweat violet.',
  ),
  'agent-technique': portrait(
    'agent-technique',
    'L’agent technique, bonnet, veste orange à bandes réfléchissantes.',
  ),
  atsem: portrait('atsem', 'L’ATSEM de l’école, queue de cheval, blouse à motifs.'),
  scrutateur: portrait('scrutateur', 'Un scrutateur, cheveux blancs, gilet et badge « Bureau de vote ».'),
};

/** Paper backgrounds for the document viewer, one per document family of the step views. */
export const DOCUMENT_KEYS = {
  identite: 'identite',
  acte: 'acte',
  courrier: 'courrier',
  formulaire: 'formulaire',
  tableau: 'tableau',
  pv: 'pv',
  note: 'note',
} as const;
/** One of {@link DOCUMENT_KEYS}. */
export type DocumentKey = (typeof DOCUMENT_KEYS)[keyof typeof DOCUMENT_KEYS];

const paper = (name: string, width: number, height: number, alt: string): ImageAsset => ({
  file: `images/documents/${name}.svg`,
  width,
  height,
  alt,
});

/** Document family → paper file. */
export const DOCUMENTS: Readonly<Record<DocumentKey, ImageAsset>> = {
  identite: paper(
    'identite',
    428,
    270,
    'Fond de carte d’identité : carte plastifiée aux reflets bleu et rose.',
  ),
  acte: paper('acte', 600, 800, 'Fond d’acte d’état civil : papier crème, marge et filet bleu.'),
  courrier: paper('courrier', 600, 800, 'Fond de courrier : papier blanc à en-tête de la mairie.'),
  formulaire: paper('formulaire', 600, 800, 'Fond de formulaire : cases et bandeau gris.'),
  tableau: paper('tableau', 800, 600, 'Fond de tableau : papier quadrillé à l’italienne.'),
  pv: paper('pv', 600, 800, 'Fond de procès-verbal : papier ligné avec marge rouge.'),
  note: paper('note', 600, 800, 'Fond de note : feuille jaune pâle.'),
};

/** Small interface icons (64×64). */
export const ICON_KEYS = {
  blason: 'blason',
  courriel: 'courriel',
  agenda: 'agenda',
  telephone: 'telephone',
  calendrier: 'calendrier',
  guichet: 'guichet',
  conseil: 'conseil',
  tampon: 'tampon',
  urne: 'urne',
  budget: 'budget',
  code: 'code',
  alerte: 'alerte',
  valide: 'valide',
} as const;
/** One of {@link ICON_KEYS}. */
export type IconKey = (typeof ICON_KEYS)[keyof typeof ICON_KEYS];

const icon = (name: string, alt: string): ImageAsset => ({
  file: `images/icons/${name}.svg`,
  width: 64,
  height: 64,
  alt,
});

/** Icon key → file and text alternative. */
export const ICONS: Readonly<Record<IconKey, ImageAsset>> = {
  blason: icon('blason', 'Blason de Saint-Aubin-sur-Loire : une tour d’argent sur une onde bleue.'),
  courriel: icon('courriel', 'Enveloppe de courriel.'),
  agenda: icon('agenda', 'Agenda.'),
  telephone: icon('telephone', 'Téléphone.'),
  calendrier: icon('calendrier', 'Calendrier.'),
  guichet: icon('guichet', 'Guichet.'),
  conseil: icon('conseil', 'Salle du conseil.'),
  tampon: icon('tampon', 'Tampon encreur.'),
  urne: icon('urne', 'Urne électorale.'),
  budget: icon('budget', 'Budget.'),
  code: icon('code', 'Code juridique.'),
  alerte: icon('alerte', 'Attention.'),
  valide: icon('valide', 'Validé.'),
};
