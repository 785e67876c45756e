/**
 * The course structure of the cmi5 package (`cmi5.xml`, cmi5 §13): one course and one assignable unit (AU) per
 * entry point of the game — the year, each practice scenario, each binôme pack — each launching `index.html`
 * with its query (launch.ts), to which the platform adds the cmi5 launch parameters. A marked AU is passed at
 * 10/20: moveOn « Passed » with a mastery score of 0,5, the scaled score the game's passed/failed statements
 * carry; a binôme pack, never marked, moves on « Completed ». Pure: the packaging script gives the entry points.
 */
import { launchQueryOf } from './launch';
import { escapeXml, isMarked, scoIdentifierOf, type ManifestSco } from './manifest';
import { PASS_MARK } from './scorm12-report';
import { GAME_IRI } from './xapi-vocabulary';

/** One assignable unit: an entry point with its French description. */
export interface Cmi5Au extends ManifestSco {
  readonly description: string;
}

export interface Cmi5CourseInput {
  readonly title: string;
  readonly description: string;
  readonly aus: readonly Cmi5Au[];
}

/** The IRI naming an AU in the course structure (`…/xapi/au/scenario-premier-jour`). */
export function auIdOf(au: ManifestSco): string {
  return `${GAME_IRI}/au/${scoIdentifierOf(au.launch)}`;
}

/** The `<title>` and `<description>` of the course or of an AU, in French, indented by `indent`. */
const titleAndDescription = (title: string, description: string, indent: string) =>
  (
    [
      ['title', title],
      ['description', description],
    ] as const
  ).flatMap(([element, text]) => [
    `${indent}<${element}>`,
    `${indent}  <langstring lang="fr-FR">${escapeXml(text)}</langstring>`,
    `${indent}</${element}>`,
  ]);

/** The `cmi5.xml` text. */
export function cmi5CourseStructure(input: Cmi5CourseInput): string {
  const mastery = String(PASS_MARK / 20);
  const aus = input.aus.flatMap((au) => [
    `  <au id="${escapeXml(auIdOf(au))}" ${isMarked(au.launch) ? `moveOn="Passed" masteryScore="${mastery}"` : 'moveOn="Completed"'} launchMethod="AnyWindow">`,
    ...titleAndDescription(au.title, au.description, '    '),
    `    <url>${escapeXml(`index.html?${launchQueryOf(au.launch)}`)}</url>`,
    '  </au>',
  ]);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">',
    `  <course id="${escapeXml(`${GAME_IRI}/cours`)}">`,
    ...titleAndDescription(input.title, input.description, '    '),
    '  </course>',
    ...aus,
    '</courseStructure>',
    '',
  ].join('\n');
}
