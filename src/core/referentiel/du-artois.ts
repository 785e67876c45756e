import type { Bloc, Certification } from './types';

/** Builds a DU bloc; the DU lists topics, not competences. */
function duBloc(rank: number, title: string, hours: number, topics: readonly string[]): Bloc {
  return {
    id: `DU-ARTOIS-B${rank}`,
    certification: 'DU',
    code: `B${rank}`,
    title,
    competences: [],
    topics,
    hours,
  };
}

/**
 * The Diplôme universitaire « secrétaire général(e) de mairie » of the Université d’Artois (seed 000): five blocs
 * of topics, evaluated by two mises en situation marked /20, awarded at 10/20. Note its order differs from
 * RNCP41781: its bloc 2 manages the services, its bloc 3 serves the population.
 */
export const DU_ARTOIS: Certification = {
  id: 'DU',
  title: 'Diplôme universitaire de secrétaire général(e) de mairie (Université d’Artois)',
  certifier: 'Université d’Artois',
  level: null,
  blocs: [
    duBloc(1, 'Assister et conseiller les élus de la commune', 60, [
      "L'environnement territorial",
      'La place et le rôle du «SGM»',
      'Le fonctionnement et le suivi du conseil municipal',
      'La rédaction des actes et délibérations relatifs à la gestion de la commune',
      'Les pouvoirs de police du maire',
      'La veille juridique et réglementaire',
      'La gestion des archives dans la commune',
    ]),
    duBloc(2, 'Gérer les services de la commune', 120, [
      'Les bases des finances publiques locales',
      "L'élaboration et l'exécution du budget (dont découverte de logiciels de comptabilité)",
      'Evaluer la santé financière de la collectivité',
      'Les fondamentaux des marchés publics',
      "L'exécution administrative et financière des marchés publics",
      'Les fondamentaux des ressources humaines',
      'Paye',
      'Gérer les infrastructures communales',
    ]),
    duBloc(3, 'Assurer les services à la population', 54, [
      'La fonction accueil en collectivité territoriale',
      "Les fondamentaux de l'état civil",
      'Les bases des opérations funéraires et de la gestion des cimetières',
      'La gestion de la liste électorale et du répertoire électoral unique',
      "Sensibilisation au droit de l'urbanisme",
      "L'action sociale",
    ]),
    duBloc(4, 'Organiser son travail dans la commune', 30, [
      'Les écrits professionnels',
      "L'organisation, la gestion de son temps, les outils de gestion et de suivi d'activité",
      'Les fondamentaux de la sécurité informatique',
      'Les logiciels bureautique (+ autonomie sur PIX)',
      'Communication interne',
      'Communication externe',
      'Le réseau professionnel',
    ]),
    duBloc(5, 'Préparation au concours', 24, ['Préparation aux écrits du concours de rédacteur']),
  ],
};
