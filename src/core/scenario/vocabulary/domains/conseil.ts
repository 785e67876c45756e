import { addDays, daysBetween, nextWorkingDayFrom } from '../../../dates';
import {
  ballotMode,
  budgetVisa,
  checkQuorum,
  classifyAgendaItem,
  convocationDeadline,
  convocationRegime,
  decideHuisClos,
  deliberationsListDeadline,
  earliestMeetingDate,
  executoryDate,
  expectedConvocationChannel,
  isConvocationInTime,
  isReglementInterieurCompulsory,
  legalCouncilSize,
  membersCountingForQuorum,
  minutesOnlineDeadline,
  missingConvocationContent,
  missingConvocationFormalities,
  periodicityStatus,
  prefectDeferralWindow,
  publicationMode,
  quarterEnd,
  quarterOf,
  quorumRequired,
  reviewProxies,
  transmissionToPrefect,
  voteOutcome,
  type CommuneAct,
  type ConvocationFormalities,
  type Proxy,
} from '../../../rules/conseil';
import { defineCalculator, z } from '../rule-bridge';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date AAAA-MM-JJ attendue');
const population = z.number().int().min(0);
const count = z.number().int().min(0);
const membersInOffice = z.number().int().min(1);

/*
 * Lists travel through scenario variables, which are scalars: names are written « Garnier, Lemoine, Roux »
 * and proxies « Haddad>Fabre, Petit>Fabre » (giver>holder, in the order the proxies were handed in).
 */
const nameList = z.string().regex(/^[^,>:]*(,[^,>:]*)*$/, 'noms séparés par des virgules attendus');
const proxyList = z
  .string()
  .regex(/^\s*[^,>]+>[^,>]+(,\s*[^,>]+>[^,>]+)*\s*$/, 'pouvoirs « mandant>mandataire, … » attendus');
const sessionList = z
  .string()
  .regex(/^\s*([^,:]+:\d+(\s*,\s*[^,:]+:\d+)*)?\s*$/, 'séances « Nom:4, … » attendues');

/** The trimmed, non-empty names of a comma-separated list. */
function namesOf(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** « Haddad>Fabre » proxies, with the written / sessions / illness facts given by giver. */
function proxiesOf(
  list: string,
  facts: { unwritten?: string; sessions?: string; illness?: string },
): Proxy[] {
  const unwritten = namesOf(facts.unwritten);
  const illness = namesOf(facts.illness);
  const sessions = new Map(
    namesOf(facts.sessions).map((entry) => {
      const [name = '', value = '1'] = entry.split(':');
      return [name.trim(), Number(value)] as const;
    }),
  );
  return namesOf(list).map((entry) => {
    const [from = '', to = ''] = entry.split('>').map((name) => name.trim());
    return {
      from,
      to,
      written: !unwritten.includes(from),
      consecutiveSessions: sessions.get(from) ?? 1,
      illness: illness.includes(from),
    };
  });
}

const tally = {
  for: count,
  against: count,
  abstain: count.optional(),
};

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

const FORMALITIES: readonly (keyof ConvocationFormalities)[] = [
  'madeByMaire',
  'mentionedInRegister',
  'displayedOrPublished',
];

/*
 * The year's budget vote date, when the year passes it; an empty string when the scenario is played alone, and
 * the rule then takes the legal deadline of the year (CGCT L1612-2).
 */
const budgetVisaArgs = z.strictObject({
  meetingDate: isoDate,
  budgetVoteDate: z.union([isoDate, z.literal('')]),
  renewalYear: z.boolean().optional(),
});

function visaOf({ meetingDate, budgetVoteDate, renewalYear }: z.infer<typeof budgetVisaArgs>) {
  return budgetVisa({
    meetingDate,
    ...(budgetVoteDate === '' ? {} : { budgetVoteDate }),
    ...(renewalYear === undefined ? {} : { renewalYear }),
  });
}

/** Council rules a scenario may name (CGCT L2121-2 to L2121-29, L2131-1 to L2131-11). */
export const conseilCalculators = {
  'conseil.sendingDay': defineCalculator({
    summary:
      'jour où la convocation peut partir quand la demande arrive tel jour : le premier jour ouvré suivant (le lendemain matin)',
    args: z.strictObject({ date: isoDate }),
    compute: ({ date }) => nextWorkingDayFrom(addDays(date, 1)),
  }),
  'conseil.daysToNextWorkingDay': defineCalculator({
    summary:
      'jours jusqu’au prochain jour ouvré (1 en semaine, 3 après un vendredi) : les suites d’une séance se font mairie ouverte',
    args: z.strictObject({ date: isoDate }),
    compute: ({ date }) => daysBetween(date, nextWorkingDayFrom(addDays(date, 1))),
  }),
  'conseil.convocationRegime': defineCalculator({
    summary:
      'convocation « ordinaire » si le délai ordinaire tient, « urgence » s’il faut l’abréger, « impossible » sans même un jour franc (CGCT L2121-11)',
    args: z.strictObject({ meetingDate: isoDate, sendDate: isoDate, population }),
    compute: ({ meetingDate, sendDate, population: size }) =>
      convocationRegime(meetingDate, sendDate, size).regime,
  }),
  'conseil.budgetVisa': defineCalculator({
    summary:
      'visa budgétaire d’une délibération de dépense : avant le vote du budget de l’année, L1612-1 et les crédits de l’exercice précédent ; ensuite, le budget primitif (CGCT L1612-1)',
    args: budgetVisaArgs,
    compute: (args) => visaOf(args).visa,
  }),
  'conseil.budgetVisaReason': defineCalculator({
    summary: 'pourquoi ce visa budgétaire, en une phrase pour le bilan (CGCT L1612-1)',
    args: budgetVisaArgs,
    compute: (args) => visaOf(args).reason,
  }),
  'conseil.latestSendDate': defineCalculator({
    summary: 'dernière date d’envoi de la convocation (CGCT L2121-11 / L2121-12)',
    args: z.strictObject({ meetingDate: isoDate, population, urgency: z.boolean().optional() }),
    compute: ({ meetingDate, population: size, urgency }) =>
      convocationDeadline(meetingDate, { population: size, urgency: urgency ?? false }).latestSendDate,
  }),
  'conseil.isConvocationInTime': defineCalculator({
    summary: 'la convocation laisse les jours francs requis (CGCT L2121-11 / L2121-12)',
    args: z.strictObject({
      meetingDate: isoDate,
      sentDate: isoDate,
      population,
      urgency: z.boolean().optional(),
    }),
    compute: ({ meetingDate, sentDate, population: size, urgency }) =>
      isConvocationInTime(
        sentDate,
        meetingDate,
        convocationDeadline(meetingDate, { population: size, urgency: urgency ?? false }).requiredFullDays,
      ),
  }),
  'conseil.earliestMeetingDate': defineCalculator({
    summary:
      'première date de séance possible pour une convocation envoyée tel jour (CGCT L2121-11, L2121-17)',
    args: z.strictObject({
      sentDate: isoDate,
      population,
      urgency: z.boolean().optional(),
      secondConvocation: z.boolean().optional(),
    }),
    compute: ({ sentDate, population: size, urgency, secondConvocation }) =>
      earliestMeetingDate(sentDate, { population: size, urgency, secondConvocation }),
  }),
  'conseil.legalSize': defineCalculator({
    summary: 'effectif légal du conseil municipal (CGCT L2121-2)',
    args: z.strictObject({ population }),
    compute: ({ population: size }) => legalCouncilSize(size),
  }),
  'conseil.quarterEnd': defineCalculator({
    summary: 'dernier jour du trimestre civil d’une date (CGCT L2121-7)',
    args: z.strictObject({ date: isoDate }),
    compute: ({ date }) => quarterEnd(quarterOf(date)),
  }),
  'conseil.periodicity': defineCalculator({
    summary:
      'une séance à cette date laisse-t-elle un trimestre sans réunion depuis la dernière ? « respectee » ou « non-respectee » (CGCT L2121-7)',
    args: z.strictObject({ lastMeeting: isoDate, meetingDate: isoDate }),
    compute: ({ lastMeeting, meetingDate }) =>
      periodicityStatus([lastMeeting, meetingDate], lastMeeting, meetingDate).compliant
        ? 'respectee'
        : 'non-respectee',
  }),
  'conseil.reglementInterieur': defineCalculator({
    summary: 'règlement intérieur « obligatoire » ou « facultatif » (CGCT L2121-8)',
    args: z.strictObject({ population }),
    compute: ({ population: size }) => (isReglementInterieurCompulsory(size) ? 'obligatoire' : 'facultatif'),
  }),
  'conseil.agendaInstrument': defineCalculator({
    summary:
      'l’acte par lequel une affaire se règle : deliberation, deliberation-communautaire, arrete, decision ou aucun (CGCT L2121-29, L5214-16, L2212-2, L2122-22, L2122-23)',
    args: z.strictObject({
      matter: z.enum(['communal', 'intercommunal', 'police', 'delegue', 'information']),
    }),
    compute: ({ matter }) => classifyAgendaItem(matter).instrument,
  }),
  'conseil.convocationChannel': defineCalculator({
    summary: 'canal de la convocation : « dematerialisee » ou « papier » (CGCT L2121-10)',
    args: z.strictObject({ requestedPaper: z.boolean() }),
    compute: ({ requestedPaper }) => expectedConvocationChannel(requestedPaper),
  }),
  'conseil.convocationContent': defineCalculator({
    summary: 'mentions obligatoires de la convocation, séparées par des virgules (CGCT L2121-10, L2121-12)',
    args: z.strictObject({ population }),
    compute: ({ population: size }) =>
      missingConvocationContent({}, size)
        .map((missing) => missing.element)
        .join(','),
  }),
  'conseil.convocationFormalities': defineCalculator({
    summary:
      'formalités de la convocation (madeByMaire, mentionedInRegister, displayedOrPublished), séparées par des virgules (CGCT L2121-10)',
    args: z.strictObject({}),
    // Each formality is required when leaving it out, alone, is reported by the rule.
    compute: () =>
      FORMALITIES.filter(
        (skipped) =>
          missingConvocationFormalities({
            madeByMaire: skipped !== 'madeByMaire',
            mentionedInRegister: skipped !== 'mentionedInRegister',
            displayedOrPublished: skipped !== 'displayedOrPublished',
          }).length > 0,
      ).join(','),
  }),
  'conseil.quorumRequired': defineCalculator({
    summary: 'présents nécessaires au quorum (CGCT L2121-17)',
    args: z.strictObject({ membersInOffice }),
    compute: ({ membersInOffice: members }) => quorumRequired(members),
  }),
  'conseil.quorumPresent': defineCalculator({
    summary: 'présents qui comptent pour le quorum, élus intéressés retirés (CGCT L2121-17, L2131-11)',
    args: z.strictObject({ present: nameList, interested: nameList.optional() }),
    compute: ({ present, interested }) =>
      membersCountingForQuorum(namesOf(present), namesOf(interested)).length,
  }),
  'conseil.quorumStatus': defineCalculator({
    summary: 'quorum « atteint » ou « non-atteint » (CGCT L2121-17)',
    args: z.strictObject({
      membersInOffice,
      present: nameList,
      interested: nameList.optional(),
      secondConvocation: z.boolean().optional(),
    }),
    compute: ({ membersInOffice: members, present, interested, secondConvocation }) =>
      checkQuorum(
        members,
        membersCountingForQuorum(namesOf(present), namesOf(interested)).length,
        secondConvocation ?? false,
      ).reached
        ? 'atteint'
        : 'non-atteint',
  }),
  'conseil.proxyStatus': defineCalculator({
    summary: 'le pouvoir n° index (à partir de 1) est « valable » ou « ecarte » (CGCT L2121-20, L2131-11)',
    args: z.strictObject({
      proxies: proxyList,
      index: z.number().int().min(1),
      present: nameList.optional(),
      interested: nameList.optional(),
      unwritten: nameList.optional(),
      sessions: sessionList.optional(),
      illness: nameList.optional(),
    }),
    compute: ({ proxies, index, present, interested, ...facts }) => {
      const all = proxiesOf(proxies, facts);
      const proxy = all[index - 1];
      if (!proxy) throw new RangeError(`Pas de pouvoir n° ${index}.`);
      // A giver may appear once in the list: the proxy is found again among the accepted by its giver.
      const review = reviewProxies(all, {
        present: present === undefined ? null : namesOf(present),
        interested: namesOf(interested),
      });
      const accepted = review.accepted.some((item) => item.from === proxy.from && item.to === proxy.to);
      const firstOfGiver = all.findIndex((item) => item.from === proxy.from) === index - 1;
      return accepted && firstOfGiver ? 'valable' : 'ecarte';
    },
  }),
  'conseil.validProxyCount': defineCalculator({
    summary: 'nombre de pouvoirs valables (CGCT L2121-20, L2131-11)',
    args: z.strictObject({
      proxies: proxyList,
      present: nameList.optional(),
      interested: nameList.optional(),
      unwritten: nameList.optional(),
      sessions: sessionList.optional(),
      illness: nameList.optional(),
    }),
    compute: ({ proxies, present, interested, ...facts }) =>
      reviewProxies(proxiesOf(proxies, facts), {
        present: present === undefined ? null : namesOf(present),
        interested: namesOf(interested),
      }).accepted.length,
  }),
  'conseil.huisClosMajority': defineCalculator({
    summary: 'voix nécessaires au huis clos : majorité absolue des présents ou représentés (CGCT L2121-18)',
    args: z.strictObject({ presentOrRepresented: count }),
    compute: ({ presentOrRepresented }) =>
      decideHuisClos({ requestedByMaire: true, requestingMembers: 0, presentOrRepresented, votesFor: null })
        .majorityNeeded,
  }),
  'conseil.suffragesExprimes': defineCalculator({
    summary: 'suffrages exprimés : pour et contre, abstentions exclues (CGCT L2121-20)',
    args: z.strictObject(tally),
    compute: (vote) => voteOutcome(vote).suffragesExprimes,
  }),
  'conseil.absoluteMajority': defineCalculator({
    summary: 'majorité absolue des suffrages exprimés (CGCT L2121-20)',
    args: z.strictObject(tally),
    compute: (vote) => voteOutcome(vote).absoluteMajority,
  }),
  'conseil.voteOutcome': defineCalculator({
    summary:
      'résultat « adopted » ou « rejected » ; voix prépondérante du président sauf scrutin secret (CGCT L2121-20)',
    args: z.strictObject({
      ...tally,
      mode: z.enum(['ordinaire', 'public', 'secret']).optional(),
      presidentVote: z.enum(['for', 'against', 'abstain']).optional(),
    }),
    compute: ({ mode, presidentVote, ...vote }) =>
      voteOutcome({ ...vote, secret: mode === 'secret', presidentVote: presidentVote ?? null }).outcome,
  }),
  'conseil.ballotMode': defineCalculator({
    summary: 'mode de scrutin : ordinaire, public ou secret (CGCT L2121-21)',
    args: z.strictObject({
      present: nameList,
      secretRequests: count.optional(),
      publicRequests: count.optional(),
      nomination: z.boolean().optional(),
      unanimousOpenVote: z.boolean().optional(),
    }),
    compute: ({ present, ...request }) =>
      ballotMode({ presentCount: namesOf(present).length, ...request }).mode,
  }),
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
