import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DU_ARTOIS, RNCP41406, RNCP41781 } from '../../../../src/core/referentiel';
import type { Certification } from '../../../../src/core/referentiel';

// The seeds live next to the repository (../shared/seeds): the data is checked against them, not against a copy.
const seedsDirectory = new URL('../../../../../shared/seeds/', import.meta.url);
const readSeed = (file: string): string => readFileSync(new URL(file, seedsDirectory), 'utf8');

/** Collapses every run of whitespace (the table cells' line breaks included) to one space. */
const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The « Liste de compétences » cell of an RNCP bloc table: after the table's header rows, up to the next « | ». */
function blocCell(seed: string, blocHeading: string): string {
  const headerEnd = '|---|---|\n|';
  const from = seed.indexOf(headerEnd, seed.indexOf(blocHeading)) + headerEnd.length;
  return normalise(seed.slice(from, seed.indexOf('|', from)));
}

/** The « Compétences attestées » summary of a fiche: one competence a line. */
function attestedLines(seed: string): string[] {
  const start = 'Compétences attestées :\n';
  const from = seed.indexOf(start) + start.length;
  return seed
    .slice(from, seed.indexOf("Modalités d'évaluation :", from))
    .split('\n')
    .filter((line) => line.trim() !== '');
}

const rncpCases: readonly {
  certification: Certification;
  seed: string;
  counts: readonly number[];
  summaryLinesWithoutBlocCompetence: readonly string[];
}[] = [
  {
    certification: RNCP41781,
    seed: readSeed('001_4f8bac47391a0d46.txt'),
    counts: [10, 8, 12],
    // The summary keeps an older wording of the budget competence next to the current one (BC03-01).
    summaryLinesWithoutBlocCompetence: [
      'Préparer le budget dans le respect des principes budgétaires publics, en s’appuyant sur les outils métier, en lien avec les autorités municipales compétentes afin que le conseil municipal puisse délibérer et voter le budget.',
    ],
  },
  {
    certification: RNCP41406,
    seed: readSeed('004_c9880b194590537d.txt'),
    counts: [13, 19, 15],
    summaryLinesWithoutBlocCompetence: [],
  },
];

describe.each(rncpCases)('$certification.id against its seed', ({ certification, seed, counts, ...rest }) => {
  const flatSeed = normalise(seed);

  it('has the blocs and competence counts of the seed', () => {
    expect(certification.blocs.map((bloc) => bloc.competences.length)).toEqual(counts);
  });

  it.each(certification.blocs.map((bloc) => [bloc.id, bloc] as const))('%s: title verbatim', (_id, bloc) => {
    expect(seed).toContain(`${certification.id}${bloc.code} - ${bloc.title}\n`);
  });

  it.each(certification.blocs.map((bloc) => [bloc.id, bloc] as const))(
    '%s: the wordings, in order and joined, are exactly the bloc’s list',
    (_id, bloc) => {
      const cell = blocCell(seed, `${certification.id}${bloc.code} - `);
      for (const competence of bloc.competences) expect(cell).toContain(normalise(competence.wording));
      expect(bloc.competences.map((competence) => normalise(competence.wording)).join(' ')).toBe(cell);
    },
  );

  it.each(certification.blocs.flatMap((bloc) => bloc.competences.map((c) => [c.id, c] as const)))(
    '%s: wording verbatim in the seed, ID from its bloc and rank',
    (id, competence) => {
      expect(flatSeed).toContain(normalise(competence.wording));
      if (competence.summaryWording !== undefined) {
        expect(flatSeed).toContain(normalise(competence.summaryWording));
        expect(competence.summaryWording).not.toBe(competence.wording);
      }
      const bloc = certification.blocs.find((candidate) => candidate.id === competence.blocId);
      const rank = (bloc?.competences.indexOf(competence) ?? -1) + 1;
      expect(id).toBe(`${competence.blocId}-${String(rank).padStart(2, '0')}`);
      expect(competence.blocId).toBe(`${certification.id}-${bloc?.code ?? ''}`);
    },
  );

  it('matches the « Compétences attestées » summary line by line', () => {
    const lines = attestedLines(seed);
    const summaries = certification.blocs.flatMap((bloc) =>
      bloc.competences.map((competence) => competence.summaryWording ?? competence.wording),
    );
    // Every competence appears once in the summary, and every summary line is a competence (or a known extra).
    for (const summary of summaries) expect(lines.filter((line) => line === summary)).toHaveLength(1);
    expect(lines.filter((line) => !summaries.includes(line))).toEqual(rest.summaryLinesWithoutBlocCompetence);
  });
});

describe('DU Université d’Artois against its seed', () => {
  const seed = readSeed('000_d054341a8e03b381.txt');
  const lines = seed.split('\n');

  it('has five blocs', () => {
    expect(DU_ARTOIS.blocs.map((bloc) => bloc.id)).toEqual(
      [1, 2, 3, 4, 5].map((rank) => `DU-ARTOIS-B${rank}`),
    );
  });

  it.each(DU_ARTOIS.blocs.map((bloc) => [bloc.id, bloc] as const))(
    '%s: heading, hours and topics verbatim',
    (_id, bloc) => {
      const heading = `Bloc ${bloc.code.slice(1)} - ${bloc.title} (${String(bloc.hours)}h)`;
      const index = lines.indexOf(heading);
      expect(index).toBeGreaterThanOrEqual(0);
      // The topic line follows the heading; the seed marks each topic with « ? » (a lost bullet).
      const topicLine = normalise(lines[index + 1] ?? '');
      const expected = bloc.topics.length > 1 ? `? ${bloc.topics.join(' ? ')}` : bloc.topics.join('');
      expect(topicLine).toBe(expected);
    },
  );
});
