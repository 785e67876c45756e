import type { Autorite, Confidence, Demande, DocumentUrbanisme } from './types';
import { isCertificat } from './types';

/** Who decides, and on which text. */
export interface AutoriteDecision {
  readonly autorite: Autorite;
  readonly references: readonly string[];
  readonly confidence: Confidence;
  readonly explication: string;
}

/**
 * Code de l’urbanisme L422-1: a commune with a PLU (or a document in its place) or a carte communale decides in its
 * own name (a); a commune under the RNU decides in the name of the State (b), by the maire or, in the cases of
 * R422-2, by the préfet. A carte communale approved before the loi ALUR gave the competence on 1 January 2017 at the
 * latest, which is why the case schema refuses earlier dépôts. Certificats d’urbanisme follow the same authority
 * (L410-1 sends back to L422-1): marked P, since the sheet does not say it.
 */
export function decideAutorite(demande: Demande, document: DocumentUrbanisme): AutoriteDecision {
  const certificat = isCertificat(demande);
  const references = [
    document === 'RNU' ? 'code de l’urbanisme L422-1 b)' : 'code de l’urbanisme L422-1 a)',
    ...(certificat ? ['code de l’urbanisme L410-1'] : []),
  ];
  const confidence: Confidence = certificat ? 'P' : 'C';
  if (document === 'RNU') {
    return {
      autorite: 'etat',
      references,
      confidence,
      explication:
        'Commune au règlement national d’urbanisme : la décision est prise au nom de l’État, par le maire ou, ' +
        'dans les cas de l’article R422-2, par le préfet.',
    };
  }
  const documentLabel = document === 'PLU' ? 'un plan local d’urbanisme' : 'une carte communale';
  return {
    autorite: 'commune',
    references,
    confidence,
    explication: `Commune couverte par ${documentLabel} : le maire décide au nom de la commune.`,
  };
}
