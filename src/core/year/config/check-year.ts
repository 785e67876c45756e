import { formatFrenchDate } from '../../dates';
import { periodicityStatus, PERIODICITY_RULE } from '../../rules/conseil';
import type { ScenarioFile } from '../../scenario/format/schema';
import type { World } from '../world/world-schema';
import { accountsDeadlines, budgetDeadlines, installationWindow, yearStart } from './legal-calendar';
import type { YearConfig } from './year-schema';

/**
 * What the schema cannot see: the year must name its commune and existing scenarios, and its own calendar
 * must be legal (budget council before the vote deadline, accounts closed in time, a council every quarter,
 * the installation meeting in its window). Returns French problems; empty when the year is playable.
 */
export function checkYearConfig(
  config: YearConfig,
  world: World,
  scenarios: Readonly<Record<string, ScenarioFile>>,
): string[] {
  const problems: string[] = [];
  const where = `Année « ${config.id} »`;
  if (config.world !== world.id)
    problems.push(`${where} : elle se joue à « ${config.world} », pas à « ${world.id} ».`);
  const named = [
    ...config.scheduled.map((item) => ({ id: item.id, scenario: item.scenario })),
    ...config.events.map((item) => ({ id: item.id, scenario: item.scenario })),
  ];
  for (const item of named) {
    if (!scenarios[item.scenario])
      problems.push(
        `${where} › ${item.id} : le scénario « ${item.scenario} » est introuvable dans le catalogue (fichier absent ou invalide).`,
      );
  }
  for (const item of config.scheduled) {
    const variants = scenarios[item.scenario]?.variants ?? [];
    for (const variant of item.variants ?? []) {
      if (scenarios[item.scenario] && !variants.some((candidate) => candidate.id === variant))
        problems.push(
          `${where} › ${item.id} : le scénario « ${item.scenario} » n’a pas de variante « ${variant} ».`,
        );
    }
    // A variant tells its own dates (and the law in force on them): one dated another year would show, in
    // this year, texts and deadlines of that other year.
    for (const variant of variants) {
      const date = variant.vars['date'];
      const kept = item.variants === undefined || item.variants.includes(variant.id);
      if (kept && typeof date === 'string' && !date.startsWith(`${config.year}-`))
        problems.push(
          `${where} › ${item.id} : la variante « ${variant.id} » de « ${item.scenario} » est datée du ${formatFrenchDate(date)} ; gardez dans « variants » celles de ${config.year}.`,
        );
    }
  }
  const budgetCouncil = config.councils.find((council) => council.votesBudget === true);
  const vote = budgetDeadlines(config).vote;
  if (budgetCouncil && budgetCouncil.date > vote.date)
    problems.push(
      `${where} : la séance du budget (${formatFrenchDate(budgetCouncil.date)}) est après la date limite du ${formatFrenchDate(vote.date)} (${vote.reference}).`,
    );
  const accountsCouncil = config.councils.find((council) => council.votesAccounts === true);
  const accounts = accountsDeadlines(config).vote;
  if (accountsCouncil && !accounts.uncertain && accountsCouncil.date > accounts.date)
    problems.push(
      `${where} : la séance des comptes (${formatFrenchDate(accountsCouncil.date)}) est après le ${formatFrenchDate(accounts.date)} (${accounts.reference}).`,
    );
  const status = periodicityStatus(
    config.councils.map((council) => council.date),
    yearStart(config),
    `${config.year}-12-31`,
  );
  if (!status.compliant || !status.currentQuarterHasMeeting)
    problems.push(
      `${where} : le calendrier prévu laisse un trimestre sans séance du conseil (${PERIODICITY_RULE.reference}).`,
    );
  const installation = config.councils.find((council) => council.installation === true);
  const firstRound = config.election?.rounds[0];
  if (installation && firstRound) {
    const span = installationWindow(firstRound);
    if (installation.date < span.from || installation.date > span.to)
      problems.push(
        `${where} : la séance d’installation se tient entre le ${formatFrenchDate(span.from)} et le ${formatFrenchDate(span.to)} (${PERIODICITY_RULE.reference}).`,
      );
  }
  return problems;
}
