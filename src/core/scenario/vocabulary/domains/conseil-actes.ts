import {
  deliberationsListDeadline,
  executoryDate,
  minutesOnlineDeadline,
  prefectDeferralWindow,
  publicationMode,
  transmissionToPrefect,
  type CommuneAct,
} from '../../../rules/conseil';
import { defineCalculator, z } from '../rule-bridge';
import { isoDate, population } from './conseil-args';

/** Acts the scenarios name for publicity and legality control: only those L2131-2 settles with certainty. */
const ACTS = {
  deliberation: { kind: 'deliberation' },
  'deliberation-voirie': { kind: 'deliberation', exception: 'voirie' },
  police: { kind: 'police', subject: 'general' },
  'police-circulation': { kind: 'police', subject: 'circulationStationnement' },
} as const satisfies Record<string, CommuneAct>;
const act = z.enum(['deliberation', 'deliberation-voirie', 'police', 'police-circulation']);

/** The L2131-2 answer for an act, refused when the engine flags it uncertain (never scored). */
function certainTransmission(name: keyof typeof ACTS): boolean {
  const decision = transmissionToPrefect(ACTS[name]);
  if (decision.uncertain) throw new RangeError(`Transmission incertaine : ${decision.note}`);
  return decision.transmissible;
}

/** After the séance: publicity, transmission to the préfet, executory date, déféré (CGCT L2121-15, L2121-25, L2131-1 to L2131-6). */
export const actesCalculators = {
  'conseil.deliberationsListDeadline': defineCalculator({
    summary: 'dernier jour pour afficher et mettre en ligne la liste des délibérations (CGCT L2121-25)',
    args: z.strictObject({ meetingDate: isoDate }),
    compute: ({ meetingDate }) => deliberationsListDeadline(meetingDate),
  }),
  'conseil.minutesOnlineDeadline': defineCalculator({
    summary: 'dernier jour pour mettre en ligne le procès-verbal arrêté à cette séance (CGCT L2121-15)',
    args: z.strictObject({ adoptedOn: isoDate }),
    compute: ({ adoptedOn }) => minutesOnlineDeadline(adoptedOn),
  }),
  'conseil.publicationMode': defineCalculator({
    summary: 'mode de publicité des actes : affichage, papier ou electronique (CGCT L2131-1)',
    args: z.strictObject({
      population,
      councilChoice: z.enum(['affichage', 'papier', 'electronique', 'aucun']),
    }),
    compute: ({ population: size, councilChoice }) =>
      publicationMode(size, councilChoice === 'aucun' ? null : councilChoice).mode,
  }),
  'conseil.transmission': defineCalculator({
    summary:
      'l’acte est « transmis » ou « non-transmis » au préfet ; refusé si la règle est incertaine (CGCT L2131-2)',
    args: z.strictObject({ act }),
    compute: ({ act: name }) => (certainTransmission(name) ? 'transmis' : 'non-transmis'),
  }),
  'conseil.executoryDate': defineCalculator({
    summary:
      'date à laquelle un acte publié (et transmis s’il doit l’être) devient exécutoire (CGCT L2131-1, L2131-2)',
    args: z.strictObject({ act, publishedOn: isoDate, transmittedOn: isoDate.optional() }),
    compute: ({ act: name, publishedOn, transmittedOn }) => {
      const date = executoryDate({
        nature: 'niReglementaireNiIndividuel',
        publishedOn,
        transmissible: certainTransmission(name),
        transmittedOn: transmittedOn ?? null,
      });
      if (date === null) throw new RangeError('Acte transmissible non transmis : pas encore exécutoire.');
      return date;
    },
  }),
  'conseil.deferralStatus': defineCalculator({
    summary:
      'déféré préfectoral « ouvert » ou « forclos » à une date ; refusé quand le décompte est incertain (CGCT L2131-6)',
    args: z.strictObject({ transmittedOn: isoDate, on: isoDate }),
    compute: ({ transmittedOn, on }) => {
      const { status } = prefectDeferralWindow(transmittedOn, on);
      if (status === 'incertain') throw new RangeError('Fin du délai de déféré incertaine à cette date.');
      return status;
    },
  }),
} as const;
