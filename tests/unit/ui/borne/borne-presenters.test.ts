import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBorneConfig, readVisit } from '../../../../src/core/borne';
import { ATTRACT_TABLEAUX } from '../../../../src/ui/borne/attract-presenter';
import { presentEnding } from '../../../../src/ui/borne/ending-presenter';
import { qrDrawing } from '../../../../src/ui/borne/qr-code';

const parsed = parseBorneConfig(JSON.parse(readFileSync('scenarios/borne/borne.json', 'utf8')));
if (!parsed.ok) throw new Error(parsed.error);
const config = parsed.value;

describe('the kiosk’s QR code', () => {
  it('is drawn from the address alone, with its three finder squares and a quiet zone', () => {
    const { size, path } = qrDrawing('https://www.emploi-territorial.fr/');
    // Version 3 (29 modules) plus a border of 2 on each side.
    expect(size).toBe(33);
    const dark = new Set([...path.matchAll(/M(\d+) (\d+)/g)].map((match) => `${match[1]},${match[2]}`));
    // The quiet zone is blank; each finder square's corner module is dark.
    expect(dark.has('0,0')).toBe(false);
    for (const [x, y] of [
      [2, 2],
      [size - 3, 2],
      [2, size - 3],
    ])
      expect(dark.has(`${x},${y}`)).toBe(true);
  });

  it('changes with the address the organiser sets', () => {
    expect(qrDrawing('https://a.fr/').path).not.toBe(qrDrawing('https://b.fr/').path);
  });
});

describe('the attract loop', () => {
  it('stages each picture in a known room, its mirror naming who stands there', () => {
    expect(ATTRACT_TABLEAUX.map((tableau) => tableau.room)).toEqual([
      'guichet',
      'bureau',
      'mairie',
      'bureau-de-vote',
    ]);
    for (const tableau of ATTRACT_TABLEAUX) {
      expect(tableau.stage.people.length).toBeGreaterThan(0);
      expect(tableau.caption.length).toBeGreaterThan(10);
      for (const person of tableau.stage.people) expect(tableau.stage.mirror).toContain(person.name);
    }
  });
});

describe('the ending', () => {
  it('names an abandoned visit by the job rather than by « votre journée »', () => {
    expect(presentEnding(readVisit([], config), config).heading).toBe(
      'Le métier de secrétaire général(e) de mairie',
    );
  });

  it('gives each moment its badge, each side its level, and the organiser’s ways in', () => {
    const model = presentEnding(
      readVisit(
        [
          {
            scenarioId: config.scenario,
            step: 'guichet-acte',
            date: '2026-10-06',
            role: 'sgm',
            competences: ['RNCP41781-BC02-03'],
            verdict: 'conforme',
            weight: 2,
            choice: 'délivrer',
            explanation: 'Bravo !',
            reference: 'décret 2017-890 art. 27 à 30',
          },
        ],
        config,
      ),
      config,
    );
    expect(model.heading).toBe('Votre journée en mairie');
    expect(model.moments).toEqual([
      expect.objectContaining({ title: 'Au guichet', badge: 'Bien vu', explanation: 'Bravo !' }),
    ]);
    expect(model.traits.find((trait) => trait.label === 'Le contact avec les gens')?.level).toBe(
      'Votre point fort',
    );
    expect(model.paths.map((path) => path.title)).toEqual(
      expect.arrayContaining([expect.stringContaining('RNCP41781')]),
    );
    expect(model.link.url).toBe(config.link.url);
  });
});
