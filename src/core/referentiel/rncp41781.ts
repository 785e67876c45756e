import { rncpBloc } from './build';
import type { Certification } from './types';

const CERT = 'RNCP41781';

/**
 * RNCP41781 « Secrétaire général de mairie » (seed 001, France Compétences fiche): the référentiel the game
 * scores against. Every wording is copied from the bloc tables of the fiche; tests check each one verbatim
 * against the seed file.
 */
export const RNCP41781: Certification = {
  id: CERT,
  title: 'Secrétaire général de mairie',
  certifier: 'Université de Lorraine (IAE Nancy) et Université Marie et Louis Pasteur',
  level: 'Niveau 5',
  blocs: [
    rncpBloc(CERT, 'BC01', 'Assister et conseiller les élus', [
      {
        id: 'RNCP41781-BC01-01',
        wording:
          'Organiser matériellement la tenue des différentes instances communales en vue de répondre aux exigences légales et réglementaires en mobilisant le Code Général des Collectivités.',
      },
      {
        id: 'RNCP41781-BC01-02',
        wording:
          'Animer ces différentes instances communales pour accompagner la prise de décision des élus par la préparation et la mise en forme de dossiers techniques.',
      },
      {
        id: 'RNCP41781-BC01-03',
        wording:
          'Rédiger les comptes rendus et procès-verbaux, les délibérations, les arrêtés en lien avec les instances communales et les conventions afin d’acter les décisions de l’organe au moyen des règles juridiques en vigueur dans les collectivités territoriales.',
      },
      {
        id: 'RNCP41781-BC01-04',
        wording:
          'Classer les comptes rendus et procès-verbaux des instances communales afin d’assurer la transparence de celles-ci auprès des citoyens au moyen du plan de classement de la collectivité afin de conserver les décisions de la collectivité.',
      },
      {
        id: 'RNCP41781-BC01-05',
        wording:
          'Concevoir les projets de l’équipe municipale au moyen d’outils de planification afin de garantir la mise en œuvre de son programme.',
        summaryWording:
          'Concevoir les projets de l’équipe municipale au moyen d’outils de planification afin de garantir la mise en œuvre de son programme dans le respect des exigences de responsabilité sociale et environnementale des organisations.',
      },
      {
        id: 'RNCP41781-BC01-06',
        wording:
          'Gérer les relations avec les parties prenantes au moyen des outils de démocratie participative et de concertation des usagers afin d’améliorer la prise de décision communale et susciter l’adhésion à celle-ci.',
      },
      {
        id: 'RNCP41781-BC01-07',
        wording:
          'Réaliser les actions planifiées, les décisions prises en mobilisant les outils d’études, de diagnostic … afin de répondre aux enjeux du bloc local en lien avec l’intercommunalité.',
        summaryWording:
          'Réaliser les actions planifiées, les décisions prises en mobilisant les outils d’études et de diagnostic afin de répondre aux enjeux du bloc local en lien avec l’intercommunalité.',
      },
      {
        id: 'RNCP41781-BC01-08',
        wording:
          'Mobiliser le réseau des secrétaires de mairie au moyen d’outils collaboratifs afin de partager l’information et d’améliorer la prise de décision par l’intelligence collective.',
        summaryWording:
          'Mobiliser le réseau des secrétaires généraux de mairie au moyen d’outils collaboratifs afin de partager l’information et d’améliorer la prise de décision par l’intelligence artificielle',
      },
      {
        id: 'RNCP41781-BC01-09',
        wording:
          'Renseigner l’équipe municipale sur les risques d’un projet en s’appuyant sur les services supports compétents afin de mobiliser les compétences internes et externes requises pour la bonne structuration du projet.',
      },
      {
        id: 'RNCP41781-BC01-10',
        wording:
          'Garantir la légalité des actes juridiques produits par la commune en s’appuyant sur le Code Général des Collectivités Territoriales et en sollicitant l’expertise des services compétents afin de sécuriser les décisions de la collectivité.',
      },
    ]),
    rncpBloc(CERT, 'BC02', 'Assurer les services à la population', [
      {
        id: 'RNCP41781-BC02-01',
        wording:
          'Délivrer tout renseignement légal dans le respect des règles de confidentialité et de respect mutuel en appliquant les règles de médiation, de négociation et de gestion des conflits afin de garantir la qualité du service public.',
      },
      {
        id: 'RNCP41781-BC02-02',
        wording:
          'Répondre aux demandes des administrés en sachant mobiliser toutes les ressources à l’échelle communale et intercommunale y compris l’intelligence artificielle et les outils numériques afin de garantir la qualité du service public.',
        summaryWording:
          'Répondre aux demandes des administrés en sachant mobiliser toutes les ressources y compris l’intelligence artificielle et les outils numériques à l’échelle communale et intercommunale afin de garantir la qualité du service public.',
      },
      {
        id: 'RNCP41781-BC02-03',
        wording:
          'Délivrer les actes d’état-civil relevant de la compétence de la commune dans le respect de la réglementation en vigueur en s’appuyant sur le Code Général des Collectivités Territoriales, le Code civil, l’instruction générale de l’état civil, les plateformes et logiciels métiers dédiés afin de répondre aux demandes des administrés et des administrations concernées.',
      },
      {
        id: 'RNCP41781-BC02-04',
        wording:
          'Délivrer les autorisations d’urbanisme relevant de la compétence de la commune dans le respect de la réglementation en vigueur en s’appuyant sur le Code Général des Collectivités Territoriales, le Code de l’urbanisme, les plateformes et logiciels métiers dédiés, la connaissance des schémas intercommunaux (SCOT, PLUI, schéma d’assainissement) afin de répondre aux demandes des administrés et des administrations concernées.',
        summaryWording:
          'Délivrer les autorisations d’urbanisme relevant de la compétence de la commune dans le respect de la réglementation en vigueur en s’appuyant sur le Code Général des Collectivités Territoriales, le Code de l’urbanisme, les plateformes et logiciels métiers dédiés, la connaissance des schémas intercommunaux (SCOT, PLUI, schéma d’assainissement) afin de répondre aux demandes des administrés et des administrations concernées',
      },
      {
        id: 'RNCP41781-BC02-05',
        wording:
          'Gérer les concessions funéraires dans le respect de la législation funéraire, du Code Général des Collectivités Territoriales et du pouvoir de police administrative du maire afin de garantir les droits des familles.',
      },
      {
        id: 'RNCP41781-BC02-06',
        wording:
          'Actualiser la liste électorale (inscription, radiation des électeurs, demande de modification) en utilisant la plateforme dédiée dans le respect des textes, en lien avec les services de l’Etat et l’INSEE afin que les électeurs soient bien inscrits ou radiés pour garantir la mise à jour de la liste électorale.',
      },
      {
        id: 'RNCP41781-BC02-07',
        wording:
          'Organiser les scrutins et bureaux de votes en utilisant la plateforme dédiée dans le respect des textes, en lien avec les services de l’Etat afin de sécuriser le déroulement des scrutins.',
      },
      {
        id: 'RNCP41781-BC02-08',
        wording:
          'Contrôler l’exactitude des résultats électoraux des bureaux de vote dans le respect des textes en lien avec les services de l’Etat afin de consolider les décomptes des voix et garantir la sincérité du scrutin.',
      },
    ]),
    rncpBloc(CERT, 'BC03', 'Gérer les services de la commune', [
      {
        id: 'RNCP41781-BC03-01',
        wording:
          'Préparer le budget dans le respect des principes budgétaires public et les règles de la nouvelle responsabilité des gestionnaires publics, en s’appuyant sur les outils métier et le conseiller aux décideurs locaux de la DDFIP, en lien avec les autorités municipales compétentes afin que le conseil municipal puisse délibérer et voter le budget.',
      },
      {
        id: 'RNCP41781-BC03-02',
        wording:
          'Assurer les opérations de comptabilité courante dans le respect des procédures comptables, de la comptabilité publique et en s’appuyant sur les outils métiers afin d’organiser la mise en œuvre des crédits budgétaires.',
      },
      {
        id: 'RNCP41781-BC03-03',
        wording:
          'Monter les dossiers de demandes de subventions et de financement en s’appuyant sur les dispositifs existants en lien avec les autorités compétentes afin de financer les projets de la collectivité.',
      },
      {
        id: 'RNCP41781-BC03-04',
        wording:
          'Assurer le suivi de carrières des agents communaux dans le respect du droit statutaire et social afin de permettre leur évolution professionnelle.',
      },
      {
        id: 'RNCP41781-BC03-05',
        wording:
          'Organiser les recrutements dans le but de répondre aux évolutions des besoins en ressources humaines de la collectivité à l’aide des outils RH.',
      },
      {
        id: 'RNCP41781-BC03-06',
        wording:
          'Piloter le plan de formation en s’appuyant sur les lignes directrices de gestion (LDG) de la collectivité et la Gestion Prévisionnelle des Emplois et des Compétences (GPEEC) et les entretiens professionnels afin de répondre aux besoins en compétences de la collectivité.',
      },
      {
        id: 'RNCP41781-BC03-07',
        wording:
          'Evaluer le travail des agents dans le but de déterminer leurs objectifs en respectant les lignes directrices de gestion (LDG) de la collectivité.',
        summaryWording:
          'Evaluer le travail des agents dans le but de déterminer leurs objectifs en respectant les lignes directrices de gestion (LDG) de la collectivité',
      },
      {
        id: 'RNCP41781-BC03-08',
        wording:
          'Rédiger les pièces du dossier de consultation des entreprises en s’appuyant sur la définition des besoins afin de garantir la performance de l’achat public et la bonne réalisation du marché en lien avec les autorités compétentes et dans le respect du Code de la Commande Publique et du Code Général des Collectivités territoriales.',
        summaryWording:
          'Rédiger les pièces du dossier de consultation des entreprises en s’appuyant sur la définition des besoins afin de garantir la performance de l’achat public et la bonne réalisation du marché en lien avec les autorités compétentes et dans le respect du Code de la Commande Publique et du Code Général des Collectivités territoriales',
      },
      {
        id: 'RNCP41781-BC03-09',
        wording:
          'Définir le mode de passation du marché en organisant la consultation et l’attribution du marché afin d’assurer l’efficacité de la commande publique et la bonne utilisation des deniers publics.',
        summaryWording:
          'Définir le mode de passation du marché en organisant la consultation et l’attribution du marché afin d’assurer l’efficacité de la commande publique et la bonne utilisation des deniers publics',
      },
      {
        id: 'RNCP41781-BC03-10',
        wording:
          'Suivre l’exécution du marché en s’appuyant sur les pièces contractuelles afin de garantir la réussite de l’achat.',
      },
      {
        id: 'RNCP41781-BC03-11',
        wording:
          'Administrer le patrimoine (bâtiments, espaces verts, voirie) et les équipements communaux en programmant les interventions d’entretien et de renouvellement des équipements afin de garantir leur durabilité et leur performance.',
      },
      {
        id: 'RNCP41781-BC03-12',
        wording:
          'Mettre en œuvre des pouvoirs de police administrative du Maire en rédigeant les arrêtés municipaux afin d’assurer la conservation du domaine communal.',
      },
    ]),
  ],
};
