import {
  ballotMode,
  checkQuorum,
  decideHuisClos,
  membersCountingForQuorum,
  quorumRequired,
  reviewProxies,
  voteOutcome,
  type Proxy,
} from '../../../rules/conseil';
import { defineCalculator, z } from '../rule-bridge';
import { count, nameList, namesOf } from './conseil-args';

const membersInOffice = z.number().int().min(1);

/* Proxies travel as « Haddad>Fabre, Petit>Fabre » (giver>holder, in the order they were handed in). */
const proxyList = z
  .string()
  .regex(/^\s*[^,>]+>[^,>]+(,\s*[^,>]+>[^,>]+)*\s*$/, 'pouvoirs « mandant>mandataire, … » attendus');
const sessionList = z
  .string()
  .regex(/^\s*([^,:]+:\d+(\s*,\s*[^,:]+:\d+)*)?\s*$/, 'séances « Nom:4, … » attendues');

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

/** In séance: quorum, proxies, votes and ballot mode (CGCT L2121-17 to L2121-21, L2131-11). */
export const seanceCalculators = {
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
} as const;
