import { describe, expect, it } from 'vitest';
import { launchQueryOf, parseLaunch } from '../../../src/lms/launch';
import { scormManifest } from '../../../src/lms/manifest';

describe('the launch of a SCO', () => {
  it.each([
    ['?sco=annee', { sco: 'annee' }],
    ['?sco=scenario&id=premier-jour', { sco: 'scenario', scenarioId: 'premier-jour' }],
    ['?sco=binome&id=situations-de-tension', { sco: 'binome', packId: 'situations-de-tension' }],
    ['', null],
    ['?sco=binome', null],
    ['?sco=binome&id=Situations%20de%20tension', null],
    ['?sco=scenario', null],
    ['?sco=scenario&id=../x', null],
    ['?sco=autre', null],
  ])('%s', (search, launch) => {
    expect(parseLaunch(search)).toEqual(launch);
    if (launch) expect(parseLaunch(`?${launchQueryOf(launch as never)}`)).toEqual(launch);
  });
});

describe('imsmanifest.xml', () => {
  const xml = scormManifest({
    identifier: 'une-annee-en-mairie',
    version: '0.1.0',
    title: 'Une année en mairie',
    scos: [
      { launch: { sco: 'annee' }, title: 'L’année' },
      { launch: { sco: 'scenario', scenarioId: 'premier-jour' }, title: 'Premier jour & co' },
      { launch: { sco: 'binome', packId: 'situations-de-tension' }, title: 'Atelier' },
    ],
    files: ['index.html', 'assets/index-abc.js'],
  });

  it('is a SCORM 1.2 manifest with one SCO per entry point, launching index.html with its query', () => {
    expect(xml).toContain('<schemaversion>1.2</schemaversion>');
    expect(xml).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"');
    expect(xml.match(/adlcp:scormtype="sco"/g)).toHaveLength(3);
    expect(xml).toContain('href="index.html?sco=annee"');
    expect(xml).toContain('href="index.html?sco=scenario&amp;id=premier-jour"');
    expect(xml).toContain('<title>Premier jour &amp; co</title>');
    expect(xml).toContain('href="index.html?sco=binome&amp;id=situations-de-tension"');
    expect(xml).toContain('<item identifier="item-binome-situations-de-tension"');
  });

  it('gives a mastery score of 50 to the marked SCOs only: a binôme pack is never marked', () => {
    expect(xml.match(/<adlcp:masteryscore>50<\/adlcp:masteryscore>/g)).toHaveLength(2);
    const binome = /<item identifier="item-binome-[^"]*"[\s\S]*?<\/item>/.exec(xml)?.[0] ?? '';
    expect(binome).toContain('<title>Atelier</title>');
    expect(binome).not.toContain('masteryscore');
  });

  it('lists the game files once, in an asset every SCO depends on', () => {
    expect(xml.match(/identifierref="res-jeu"/g)).toHaveLength(3);
    expect(xml).toContain('<file href="assets/index-abc.js"/>');
  });
});
