import { rncpBloc } from './build';
import type { Certification } from './types';

const CERT = 'RNCP41406';

/**
 * RNCP41406 « Responsable d’administration communale » (seed 004): used only to re-express a result through
 * the crosswalk. The bloc tables list the competences without separators; the split follows the fiche’s
 * « Compétences attestées » list, one competence a line, and tests check that the pieces rebuild each bloc.
 */
export const RNCP41406: Certification = {
  id: CERT,
  title: 'Responsable d’administration communale',
  certifier: 'Université de Limoges',
  level: 'Niveau 6',
  blocs: [
    rncpBloc(CERT, 'BC01', 'Accompagner et piloter la mise en oeuvre du projet politique local', [
      {
        id: 'RNCP41406-BC01-01',
        wording: "Reformuler la demande initiale de l'élu et la traduire en projet opérationnel",
      },
      {
        id: 'RNCP41406-BC01-02',
        wording: 'Identifier les parties prenantes du projet politique local et le conduire',
      },
      {
        id: 'RNCP41406-BC01-03',
        wording:
          "Recenser les ressources humaines, financières et/ou juridiques à mobiliser dans le cadre d'un projet",
      },
      {
        id: 'RNCP41406-BC01-04',
        wording:
          'Rechercher auprès des institutions et des ressources pertinentes, les informations nécessaires, les transposer et les traduire pour répondre à la demande des élus',
        summaryWording:
          'Rechercher auprès des institutions et des ressources pertinentes les informations nécessaires, les transposer et les traduire pour répondre à la demande des élus',
      },
      { id: 'RNCP41406-BC01-05', wording: "Formaliser des critères d'évaluation des projets menés" },
      {
        id: 'RNCP41406-BC01-06',
        wording: "Rédiger une note de synthèse pour éclairer la prise de décision de l'élu",
      },
      {
        id: 'RNCP41406-BC01-07',
        wording:
          'Renseigner l’équipe municipale sur les risques d’un projet en s’appuyant sur les services support compétents (internes, externes)',
      },
      {
        id: 'RNCP41406-BC01-08',
        wording: 'Assurer une veille réglementaire pour sécuriser les actions en cours ou prévues',
      },
      {
        id: 'RNCP41406-BC01-09',
        wording:
          'Garantir la légalité des actes juridiques produits par la commune en s’appuyant sur la réglementation en vigueur',
      },
      {
        id: 'RNCP41406-BC01-10',
        wording: 'Accompagner et conseiller le maire dans sa mission de police administrative',
      },
      { id: 'RNCP41406-BC01-11', wording: 'Rédiger les actes de police administrative' },
      {
        id: 'RNCP41406-BC01-12',
        wording: 'Organiser matériellement la tenue des réunions en respectant les règlements',
      },
      {
        id: 'RNCP41406-BC01-13',
        wording:
          'Animer les différentes instances communales pour accompagner la prise de décision des élus par la préparation et la mise en forme des dossiers',
      },
    ]),
    rncpBloc(
      CERT,
      'BC02',
      'Informer et communiquer auprès des administrés en utilisant des outils métiers, numériques et consultatifs',
      [
        {
          id: 'RNCP41406-BC02-01',
          wording:
            "Cerner la demande initiale d'un administré pour analyser la situation et apporter la réponse attendue",
        },
        {
          id: 'RNCP41406-BC02-02',
          wording:
            "Concevoir et animer un dispositif d'accueil du public en prenant en compte les besoins spécifiques des personnes en situation de handicap",
        },
        {
          id: 'RNCP41406-BC02-03',
          wording:
            'Accueillir les questions des administrés et adapter sa communication au profil des publics',
        },
        {
          id: 'RNCP41406-BC02-04',
          wording:
            'Trouver les informations auprès des institutions et des ressources pertinentes pour répondre à la demande des administrés',
        },
        {
          id: 'RNCP41406-BC02-05',
          wording:
            'Maîtriser les techniques et les outils de communication dans le respect des règles de confidentialité et le respect des personnes (médiation, gestion des conflits)',
        },
        {
          id: 'RNCP41406-BC02-06',
          wording: 'Accompagner les administrés dans la complétude de leur demande et en assurer le suivi',
        },
        { id: 'RNCP41406-BC02-07', wording: "Orienter l'usager vers les administrations compétentes" },
        {
          id: 'RNCP41406-BC02-08',
          wording:
            'Piloter la gestion des outils de communication de la commune intégrant l’accès par les administrés en situation de handicap (site internet, réseaux sociaux)',
        },
        {
          id: 'RNCP41406-BC02-09',
          wording: 'Accompagner l’utilisation des outils de concertation et de démocratie participative',
        },
        {
          id: 'RNCP41406-BC02-10',
          wording:
            'Répondre aux demandes des administrés en mobilisant toutes les ressources à l’échelle communale et intercommunale',
        },
        {
          id: 'RNCP41406-BC02-11',
          wording: 'Respecter la procédure de traçabilité des demandes des administrés',
        },
        {
          id: 'RNCP41406-BC02-12',
          wording:
            'Délivrer les actes d’état civil dans le respect de la réglementation (code civil, CGCT, plateformes) et en utilisant les logiciels dédiés',
        },
        {
          id: 'RNCP41406-BC02-13',
          wording:
            'Délivrer les autorisations d’urbanisme relevant de la compétence de la commune dans le respect de la règlementation (code de l’urbanisme, CGCT), les schémas locaux (SCOT, PLUI)',
        },
        {
          id: 'RNCP41406-BC02-14',
          wording:
            'Gérer le cimetière et les concessions funéraires dans le respect de la réglementation et du pouvoir de police du maire',
        },
        {
          id: 'RNCP41406-BC02-15',
          wording: 'Développer des dispositifs de concertation avec le public (démocratie participative)',
        },
        {
          id: 'RNCP41406-BC02-16',
          wording:
            'Actualiser la liste électorale, organiser les scrutins et contrôler les résultats des bureaux de vote',
        },
        {
          id: 'RNCP41406-BC02-17',
          wording:
            'Créer et mettre en œuvre un dispositif d’accueil, de sécurisation et de communication pour tous les publics, dont les personnes en situation de handicap',
          summaryWording:
            'Créer et mettre en œuvre un dispositif accueil, de sécurisation et de communication pour tous les publics, dont les personnes en situation de handicap',
        },
        {
          id: 'RNCP41406-BC02-18',
          wording:
            'Analyser les données sociaux-économiques du territoire et identifier les axes d’intervention',
          summaryWording:
            'Analyser les données sociaux-économiques du territoire et identifier les axes d’intervention en lien avec la politique vie sociales et culturelle de la collectivité',
        },
        {
          id: 'RNCP41406-BC02-19',
          wording:
            'Organiser les activités scolaires et périscolaires, l’action sociale, culturelle, sportive et associative, et rechercher les conventionnements financiers adaptés (CAF…)',
        },
      ],
    ),
    rncpBloc(
      CERT,
      'BC03',
      "Organiser les moyens humains, juridiques et financiers d'une collectivité locale",
      [
        {
          id: 'RNCP41406-BC03-01',
          wording:
            'Accompagner la définition des politiques de ressources humaines et piloter les outils de gestion du personnel (LDG, GPEEC, plan de formation) en veillant au dialogue social',
        },
        {
          id: 'RNCP41406-BC03-02',
          wording: 'Organiser les recrutements en fonction des besoins de service à l’aide des outils RH',
        },
        {
          id: 'RNCP41406-BC03-03',
          wording:
            'Assurer le suivi des carrières des agents dans le respect de la réglementation et sécuriser le processus de paye',
        },
        {
          id: 'RNCP41406-BC03-04',
          wording: 'Rédiger un acte administratif dans le respect de la réglementation en vigueur',
        },
        { id: 'RNCP41406-BC03-05', wording: 'Adapter son management au profil des agents' },
        {
          id: 'RNCP41406-BC03-06',
          wording: 'Animer et/ou participer à l’animation d’une réunion de service',
        },
        { id: 'RNCP41406-BC03-07', wording: 'Évaluer les agents et piloter leur plan de formation' },
        { id: 'RNCP41406-BC03-08', wording: 'Créer ou réorganiser un service interne' },
        {
          id: 'RNCP41406-BC03-09',
          wording:
            "Préparer, intégrer et accompagner un personnel en situation de handicap et aménager son poste en vue du maintien dans l'emploi",
          summaryWording:
            'Préparer, intégrer et accompagner un personnel en situation de handicap et aménager son poste en vue du maintien dans l’emploi',
        },
        {
          id: 'RNCP41406-BC03-10',
          wording:
            "Structurer un budget selon les règles budgétaires et comptables applicables aux collectivités territoriales, en s'assurant de son équilibre",
        },
        { id: 'RNCP41406-BC03-11', wording: 'Assurer un suivi budgétaire et comptable' },
        {
          id: 'RNCP41406-BC03-12',
          wording: 'Préparer et assurer le suivi des demandes de subvention et de financement',
        },
        {
          id: 'RNCP41406-BC03-13',
          wording:
            'Élaborer les dossiers de consultation selon les besoins de la collectivité dans le respect du code de la commande publique',
        },
        {
          id: 'RNCP41406-BC03-14',
          wording: 'Assurer le suivi administratif, matériel et financier des achats',
        },
        { id: 'RNCP41406-BC03-15', wording: 'Gérer le domaine public et privé de la collectivité' },
      ],
    ),
  ],
};
