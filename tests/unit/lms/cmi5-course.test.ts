import { describe, expect, it } from 'vitest';
import { auIdOf, cmi5CourseStructure, type Cmi5Au } from '../../../src/lms/cmi5-course';
import { parseLaunch } from '../../../src/lms/launch';

const AUS: Cmi5Au[] = [
  {
    launch: { sco: 'annee' },
    title: 'Une année en mairie — l’année complète',
    description: 'L’année entière.',
  },
  {
    launch: { sco: 'scenario', scenarioId: 'premier-jour' },
    title: 'Mise en situation — Premier jour en mairie',
    description: 'Le guichet, le courrier & la convocation <du conseil>.',
  },
  {
    launch: { sco: 'binome', packId: 'situations-de-tension' },
    title: 'Atelier — Situations de tension (en binôme)',
    description: 'Un débrief à discuter, pas une note.',
  },
];

const xml = cmi5CourseStructure({ title: 'Une année en mairie', description: 'Jeu sérieux.', aus: AUS });

/** The AU elements of the structure, with their attributes and URL. */
function ausOf(text: string): { attributes: string; url: string }[] {
  return [...text.matchAll(/<au ([^>]*)>[\s\S]*?<url>([^<]*)<\/url>[\s\S]*?<\/au>/g)].map((match) => ({
    attributes: match[1] ?? '',
    url: (match[2] ?? '').replace(/&amp;/g, '&'),
  }));
}

describe('the cmi5 course structure (cmi5.xml)', () => {
  it('is a course structure in cmi5’s namespace, with a French title and description for the course', () => {
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">',
      ),
    ).toBe(true);
    expect(xml).toContain('<course id="https://une-annee-en-mairie.fr/xapi/cours">');
    expect(xml).toContain('<langstring lang="fr-FR">Une année en mairie</langstring>');
    expect(xml.trimEnd().endsWith('</courseStructure>')).toBe(true);
  });

  it('has one AU per entry point, passed at 10/20 (a binôme pack: completed), whose URL launches that entry point', () => {
    const aus = ausOf(xml);
    expect(aus).toHaveLength(AUS.length);
    for (const [index, au] of aus.entries()) {
      const entry = AUS[index];
      if (!entry) throw new Error('AU en trop');
      expect(au.attributes).toContain(`id="${auIdOf(entry)}"`);
      expect(au.attributes).toContain(
        entry.launch.sco === 'binome'
          ? 'moveOn="Completed" launchMethod="AnyWindow"'
          : 'moveOn="Passed" masteryScore="0.5" launchMethod="AnyWindow"',
      );
      expect(au.url.startsWith('index.html?')).toBe(true);
      expect(parseLaunch(au.url.slice('index.html'.length))).toEqual(entry.launch);
    }
  });

  it('names each AU with a distinct IRI', () => {
    expect(AUS.map(auIdOf)).toEqual([
      'https://une-annee-en-mairie.fr/xapi/au/annee',
      'https://une-annee-en-mairie.fr/xapi/au/scenario-premier-jour',
      'https://une-annee-en-mairie.fr/xapi/au/binome-situations-de-tension',
    ]);
  });

  it('escapes the texts it writes', () => {
    expect(xml).toContain('Le guichet, le courrier &amp; la convocation &lt;du conseil&gt;.');
    expect(xml).not.toContain('<du conseil>');
  });
});
