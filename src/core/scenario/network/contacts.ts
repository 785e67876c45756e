/**
 * The secrétaires de mairie's network (référentiel RNCP41781 BC01-08: « mobiliser le réseau des secrétaires de
 * mairie »): whom a player may ask when unsure, how long the answer takes and what it is worth. A question costs
 * time in the week (the workload meter); the answer arrives after the player has answered `delay` more steps,
 * and only the centre de gestion's legal service gives the whole rule.
 */
export const NETWORK_CONTACTS = ['cdg', 'forum', 'voisin'] as const;

/** One of {@link NETWORK_CONTACTS}. */
export type NetworkContact = (typeof NETWORK_CONTACTS)[number];

/** What asking one contact costs and gives. */
export interface ContactSpec {
  /** French, after « Demander à » (« le service juridique du centre de gestion »). */
  readonly label: string;
  /** French, the contact as a list entry (« Service juridique du centre de gestion »). */
  readonly name: string;
  /** Steps the player answers before the answer arrives (0: at once). */
  readonly delay: number;
  /** French: when the answer comes, as the player reads it before asking. */
  readonly delayText: string;
  /** Points added to the workload meter (chargeDeTravail) by the question. */
  readonly workload: number;
  /** French reason of the workload change, for the « pourquoi ? » panel. */
  readonly workloadReason: string;
}

/** The three contacts of a small commune's SGM. */
export const CONTACTS: Readonly<Record<NetworkContact, ContactSpec>> = {
  cdg: {
    label: 'le service juridique du centre de gestion',
    name: 'Service juridique du centre de gestion',
    delay: 1,
    delayText: 'répond par écrit, après votre prochaine étape ; réponse complète',
    workload: 2,
    workloadReason: 'Question écrite au service juridique du centre de gestion',
  },
  forum: {
    label: 'le forum des secrétaires de mairie du département',
    name: 'Forum des secrétaires de mairie du département',
    delay: 1,
    delayText: 'des collègues répondent après votre prochaine étape ; réponse partielle',
    workload: 1,
    workloadReason: 'Question posée sur le forum des secrétaires de mairie',
  },
  voisin: {
    label: 'la secrétaire de mairie de la commune voisine',
    name: 'Secrétaire de mairie de la commune voisine',
    delay: 0,
    delayText: 'répond tout de suite au téléphone ; son expérience, sans le texte',
    workload: 1,
    workloadReason: 'Appel à la secrétaire de mairie de la commune voisine',
  },
};

/** True when `value` names a contact of the network. */
export function isNetworkContact(value: string): value is NetworkContact {
  return (NETWORK_CONTACTS as readonly string[]).includes(value);
}
