// assets/README.md is written from the registries, so it lists every file and can never drift from them.
import {
  DOCUMENTS,
  ICONS,
  PEOPLE,
  PORTRAITS,
  ROOMS,
  SOUNDS,
  type ImageAsset,
  type SoundAsset,
} from '../../src/core/assets';

const HOW: Readonly<Record<string, string>> = {
  rooms: '`scripts/assets/rooms/<pièce>.ts` (décor commun `shell.ts`, mobilier `furniture.ts`)',
  portraits: '`scripts/assets/portraits.ts` (buste paramétré : peau, coiffure, vêtements, accessoire)',
  people:
    '`scripts/assets/people.ts` (le buste du portrait sur un corps debout, même palette ; une pose par expression : calme, parle, satisfait, inquiet, contrarié ; visage de `faces.ts`)',
  documents: '`scripts/assets/documents.ts` (papier, fibres, filets ; blason dessiné)',
  icons: '`scripts/assets/icons.ts` (pictogrammes 64 × 64)',
};

const CHANNELS: Readonly<Record<SoundAsset['channel'], string>> = {
  ambience: 'ambiance',
  ui: 'interface',
  cues: 'signaux',
};

const SYNTH: Readonly<Record<string, string>> = {
  clic: 'sinus 1 900 Hz à décroissance de 12 ms + souffle bref',
  courriel: 'deux notes (mi 6, la 6) à partiels harmoniques',
  telephone: 'cloche 880/1 320/2 210 Hz hachée à 22 Hz (marteau), 1,1 s puis silence',
  tampon: 'sinus glissant 160 → 70 Hz + bruit filtré grave',
  papier: 'cinq bouffées de bruit filtré (froissement)',
  reussite: 'arpège do–mi–sol–do en timbre de cloche',
  alerte: 'deux notes descendantes (fa♯ 5, do♯ 5) à partiels impairs',
  decompte: 'tic sec 1 250 Hz + transitoire de bruit',
  'ambiance-bureau':
    'boucle de 3 s : souffle de ventilation (bruit filtré, raccord en fondu), ronronnement 100 Hz, tic d’horloge',
};

function imageRows(registry: Readonly<Record<string, ImageAsset>>): string[] {
  return Object.entries(registry).map(
    ([key, asset]) => `| \`${key}\` | \`${asset.file}\` | ${asset.width} × ${asset.height} | ${asset.alt} |`,
  );
}

function imageSection(title: string, kind: string, registry: Readonly<Record<string, ImageAsset>>): string {
  return [
    `## ${title}`,
    '',
    `Fabriqué par ${HOW[kind] ?? ''}.`,
    '',
    '| clé | fichier | taille | ce que montre l’image |',
    '| --- | --- | --- | --- |',
    ...imageRows(registry),
    '',
  ].join('\n');
}

export function assetsReadme(): string {
  const sounds = Object.entries(SOUNDS).map(
    ([key, sound]) =>
      `| \`${key}\` | \`${sound.file}\` | ${CHANNELS[sound.channel]}${sound.loop ? ', en boucle' : ''} | ${sound.subtitle} | ${SYNTH[key] ?? ''} |`,
  );
  return [
    '# Images et sons',
    '',
    'Tout ce dossier est **généré par le code du dépôt** : rien n’est téléchargé, rien n’est dessiné à la main.',
    'Pour tout refaire : `npm run assets` (ou `npx tsx scripts/make-assets.ts`). Le résultat est déterministe',
    '(le bruit vient du générateur pseudo-aléatoire seedé de `src/core/random/rng.ts`) : relancer le script ne',
    'change aucun octet tant que le code ne change pas. Ce fichier est lui-même écrit par le script, à partir',
    'des registres de `src/core/assets/`, qui sont la seule source des clés.',
    '',
    'Style : aplats vectoriels (SVG), palette commune (`scripts/assets/palette.ts`) — plâtre chaud, bois miel,',
    'bleu et rouge de la République, verts de jardin. Les scènes sont dessinées à la taille de la scène du jeu',
    '(1 280 × 720). Le texte lisible du jeu est dans l’interface HTML, jamais dans les images : les quelques',
    'inscriptions des décors (« ACCUEIL », « MAIRIE ») sont décoratives.',
    '',
    imageSection('Pièces (clés de scène des scénarios)', 'rooms', ROOMS),
    imageSection('Portraits (clés des interlocuteurs)', 'portraits', PORTRAITS),
    imageSection(
      'Personnages debout (clés `<portrait>-<expression>`, dessinés sur la scène)',
      'people',
      PEOPLE,
    ),
    imageSection('Papiers des documents (une famille de document chacun)', 'documents', DOCUMENTS),
    imageSection('Icônes', 'icons', ICONS),
    '## Sons',
    '',
    'Synthétisés par `scripts/assets/synth.ts` (sinus, bruit seedé, enveloppes, filtre passe-bas à un pôle) et',
    'écrits par `scripts/assets/wav.ts` en WAV PCM 16 bits mono à 22 050 Hz. Chaque son porte son sous-titre',
    'français (affiché si les sous-titres sont activés ; le clic d’interface n’en affiche pas).',
    '',
    '| clé | fichier | canal | sous-titre | synthèse |',
    '| --- | --- | --- | --- | --- |',
    ...sounds,
    '',
    '## Polices',
    '',
    'Atkinson Hyperlegible (police de l’interface) et OpenDyslexic (option « Police adaptée à la dyslexie ») sont',
    'livrées par les paquets npm `@fontsource/*` et intégrées au build par Vite : aucune police n’est chargée',
    'depuis un CDN.',
    '',
  ].join('\n');
}
