import { competenceById } from '../../core/referentiel';
import { coverageOf } from '../../core/scenario/coverage';
import { hasFlag, type CliCommand } from '../command';
import { readCatalogue } from '../scenario-files';

/** `coverage [--json]`: which scenarios and decisions exercise each RNCP41781 competence. */
export const coverageCommand: CliCommand = {
  name: 'coverage',
  summary:
    'Pour chaque compétence du RNCP41781, les scénarios et décisions qui la mesurent ; celles qui manquent.',
  usage: 'Usage : npm run cli -- coverage [--json]',
  run(args, io) {
    const catalogue = readCatalogue(io);
    const coverage = coverageOf(Object.values(catalogue.scenarios));
    if (hasFlag(args, '--json')) {
      io.out(JSON.stringify(coverage, null, 2));
      return 0;
    }
    for (const { competenceId, hits } of coverage.byCompetence) {
      const wording = competenceById(competenceId)?.wording ?? '';
      io.out(`${competenceId}  ${wording.length > 90 ? `${wording.slice(0, 89)}…` : wording}`);
      if (hits.length === 0) io.out('    (aucun scénario)');
      for (const hit of hits) io.out(`    ${hit.scenarioId} › ${hit.decision}`);
    }
    io.out('');
    io.out(
      `${coverage.byCompetence.length - coverage.unreached.length} compétence(s) sur ${coverage.byCompetence.length} mesurée(s).`,
    );
    if (coverage.unreached.length > 0) io.out(`Non atteintes : ${coverage.unreached.join(', ')}.`);
    return 0;
  },
};
