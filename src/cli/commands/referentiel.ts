import type { CliCommand, CliIo } from '../command';
import { hasFlag, optionValue, positionalArgs } from '../command';
import {
  CERTIFICATIONS,
  certificationById,
  correspondingIds,
  isCertificationId,
  SCORED_CERTIFICATION,
} from '../../core/referentiel';
import type { Bloc, Certification, Competence } from '../../core/referentiel';

const USAGE = 'Usage : npm run cli -- referentiel [--json] [--cert RNCP41781|RNCP41406|DU]';

/** The crosswalk of an RNCP41781 competence, short codes only: « RNCP41406 : BC01-12 · DU : B1 ». */
function crosswalkLine(competence: Competence): string {
  const shorten = (id: string): string => id.replace(/^RNCP41406-|^DU-ARTOIS-/, '');
  const rncp = correspondingIds(competence.id, 'RNCP41406').map(shorten);
  const du = correspondingIds(competence.id, 'DU').map(shorten);
  return `RNCP41406 : ${rncp.length === 0 ? 'aucune' : rncp.join(', ')} · DU : ${du.join(', ')}`;
}

function blocCount(bloc: Bloc): string {
  if (bloc.competences.length > 0) return `${String(bloc.competences.length)} compétences`;
  return `${String(bloc.topics.length)} thèmes, ${String(bloc.hours ?? 0)} h`;
}

function printText(certification: Certification, io: CliIo): void {
  const competenceCount = certification.blocs.reduce((sum, bloc) => sum + bloc.competences.length, 0);
  io.out(`${certification.id} — ${certification.title}`);
  io.out(`${certification.certifier}${certification.level === null ? '' : ` · ${certification.level}`}`);
  io.out(
    competenceCount > 0
      ? `${String(competenceCount)} compétences en ${String(certification.blocs.length)} blocs.`
      : `${String(certification.blocs.length)} blocs.`,
  );
  for (const bloc of certification.blocs) {
    io.out('');
    io.out(`${bloc.code} — ${bloc.title} (${blocCount(bloc)})`);
    for (const competence of bloc.competences) {
      io.out(`  ${competence.id}  ${competence.wording}`);
      if (certification.id === SCORED_CERTIFICATION) io.out(`      → ${crosswalkLine(competence)}`);
    }
    for (const topic of bloc.topics) io.out(`  – ${topic}`);
  }
}

function asJson(certification: Certification): unknown {
  return {
    ...certification,
    blocs: certification.blocs.map((bloc) => ({
      ...bloc,
      competences: bloc.competences.map((competence) =>
        certification.id === SCORED_CERTIFICATION
          ? {
              ...competence,
              crosswalk: {
                RNCP41406: correspondingIds(competence.id, 'RNCP41406'),
                DU: correspondingIds(competence.id, 'DU'),
              },
            }
          : competence,
      ),
    })),
  };
}

/** `referentiel [--json] [--cert …]`: the competences of a référentiel grouped by bloc (RNCP41781 by default). */
export const referentielCommand: CliCommand = {
  name: 'referentiel',
  summary: 'Liste les compétences d’un référentiel, bloc par bloc (RNCP41781 par défaut).',
  usage: `${USAGE}\nRéférentiels : ${CERTIFICATIONS.map((c) => `${c.id} (${c.title})`).join(', ')}`,
  run(args, io) {
    const stray = positionalArgs(args, ['--cert']);
    const unknownOptions = args.filter((arg) => arg.startsWith('--') && arg !== '--json' && arg !== '--cert');
    if (stray.length > 0 || unknownOptions.length > 0) {
      io.err(`Argument inattendu : « ${[...stray, ...unknownOptions].join(' ')} ». ${USAGE}`);
      return 2;
    }
    const requested = args.includes('--cert') ? optionValue(args, '--cert') : SCORED_CERTIFICATION;
    if (requested === undefined) {
      io.err(`L’option --cert attend un référentiel : ${CERTIFICATIONS.map((c) => c.id).join(', ')}.`);
      return 2;
    }
    if (!isCertificationId(requested)) {
      io.err(
        `Référentiel inconnu : « ${requested} ». Référentiels : ${CERTIFICATIONS.map((c) => c.id).join(', ')}.`,
      );
      return 2;
    }
    const certification = certificationById(requested);
    if (hasFlag(args, '--json')) io.out(JSON.stringify(asJson(certification), null, 2));
    else printText(certification, io);
    return 0;
  },
};
