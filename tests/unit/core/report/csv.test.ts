import { describe, expect, it } from 'vitest';
import {
  formatMark,
  EVIDENCE_CSV_HEADER,
  UTF8_BOM,
  shortFrenchDate,
  csvField,
  reportToCsv,
  reportsMarksToCsv,
  toCsv,
} from '../../../../src/core/report';
import { makeEvidence } from '../scoring/evidence-fixture';
import { WORKED_INPUT, reportOf } from './report-fixture';

/** A minimal RFC 4180 reader with « ; » as separator, to read back what the writer wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += char;
  }
  return rows;
}

describe('csvField', () => {
  it.each([
    ['simple', '"simple"'],
    ['', '""'],
    ['il a dit "non"', '"il a dit ""non"""'],
    ['a;b', '"a;b"'],
    ['ligne 1\nligne 2', '"ligne 1\nligne 2"'],
    ['ligne 1\r\nligne 2', '"ligne 1\r\nligne 2"'],
    ['« Délibération » n° 12', '"« Délibération » n° 12"'],
    ['=SOMME(A1:A9)', '"\'=SOMME(A1:A9)"'],
    ['+33 6 00 00 00 00', '"\'+33 6 00 00 00 00"'],
    ['-1', '"\'-1"'],
    ['@cmd', '"\'@cmd"'],
    ['a=b', '"a=b"'],
  ])('quotes %j as %s', (text, expected) => {
    expect(csvField(text)).toBe(expected);
  });

  it.each([
    [17.5, '"17,5"'],
    [-1.5, '"-1,5"'],
    [20, '"20"'],
    [0, '"0"'],
    [null, '""'],
  ])('writes the number %j with a decimal comma and no formula guard: %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('separates fields with « ; », ends lines with CRLF, starts with a BOM', () => {
    expect(
      toCsv([
        ['a', 1],
        ['b', null],
      ]),
    ).toBe(`${UTF8_BOM}"a";"1"\r\n"b";""\r\n`);
    expect(toCsv([['a']], { bom: false })).toBe('"a"\r\n');
  });

  it('round-trips quotes, semicolons and line breaks', () => {
    const nasty = ['« guillemets » et "anglais"', 'un;deux;trois', 'ligne 1\nligne 2\r\nligne 3', ''];
    expect(parseCsv(toCsv([nasty], { bom: false }))).toEqual([nasty]);
  });
});

describe('reportToCsv', () => {
  const report = reportOf(WORKED_INPUT);
  const rows = parseCsv(reportToCsv(report, { bom: false }));

  it('starts with the French header, then one row per decision in game order', () => {
    expect(rows[0]).toEqual([...EVIDENCE_CSV_HEADER]);
    expect(rows).toHaveLength(1 + report.evidence.length);
    expect(rows.slice(1).map((row) => row[2])).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  it('writes the illegal decision with its label, points, explanation and reference', () => {
    const row = rows.find((candidate) => candidate[8] === 'Illégal');
    expect(row).toEqual([
      'Camille D.',
      'Mars à la mairie',
      '5',
      '15/03/2027',
      'Une copie d’acte',
      'delivrance',
      'Secrétaire général(e) de mairie',
      'RNCP41781-BC02-03, RNCP41781-BC02-01',
      'Illégal',
      '3',
      '-1,5',
      'Copie intégrale délivrée au voisin du titulaire.',
      'Une copie intégrale ne se délivre qu’au titulaire, à ses ascendants, descendants, conjoint…',
      'décret 2017-890 art. 30',
    ]);
  });

  it('keeps scenario text that contains quotes, semicolons and line breaks in one field', () => {
    const tricky = reportOf({
      ...WORKED_INPUT,
      playerLabel: '=HYPERLIEN("http://x")',
      evidence: [makeEvidence({ choice: 'Il répond : "non ; jamais"\net raccroche.', verdict: 'risque' })],
    });
    const [header, row] = parseCsv(reportToCsv(tricky));
    expect(header?.[0]).toBe(`${UTF8_BOM}Joueur`);
    expect(row?.[0]).toBe(`'=HYPERLIEN("http://x")`);
    expect(row?.[11]).toBe('Il répond : "non ; jamais"\net raccroche.');
    expect(row).toHaveLength(EVIDENCE_CSV_HEADER.length);
  });
});

describe('reportsMarksToCsv', () => {
  it('writes one row of marks per game, an unassessed bloc left empty', () => {
    const first = reportOf(WORKED_INPUT);
    const second = reportOf({ ...WORKED_INPUT, playerLabel: 'Sam', evidence: [makeEvidence()] });
    expect(parseCsv(reportsMarksToCsv([first, second], { bom: false }))).toEqual([
      [
        'Joueur',
        'Partie',
        'Date de la partie',
        'BC01 /20',
        'BC02 /20',
        'BC03 /20',
        'Note globale /20',
        'Blocs validés',
      ],
      ['Camille D.', 'Mars à la mairie', '23/11/2026', '12,5', '9', '', '10,5', 'BC01'],
      ['Sam', 'Mars à la mairie', '23/11/2026', '20', '', '', '20', 'BC01'],
    ]);
  });
});

describe('shortFrenchDate', () => {
  it('writes dates as French Excel reads them', () => {
    expect(shortFrenchDate('2027-03-02')).toBe('02/03/2027');
  });
});

describe('formatMark', () => {
  it.each([
    [null, '—'],
    [0, '0/20'],
    [10, '10/20'],
    [12.5, '12,5/20'],
    [20, '20/20'],
  ])('writes %s as « %s », with a French decimal comma', (mark, text) => {
    expect(formatMark(mark)).toBe(text);
  });
});
