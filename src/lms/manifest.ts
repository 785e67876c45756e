/**
 * The `imsmanifest.xml` of the SCORM 1.2 package (IMS Content Packaging 1.1.2 with the ADL SCORM 1.2
 * extensions): one organisation, one item and one SCO resource per entry point (the year, each practice
 * scenario, each binôme pack), each launching `index.html` with its query (launch.ts), and one asset resource listing the game's
 * files, on which every SCO depends. Pure: the packaging script gives the files and the catalogue.
 */
import { cmiIdentifierOf, PASS_MARK } from './scorm12-report';
import { launchedScenarioId, launchQueryOf, type ScoLaunch } from './launch';

/** One entry point of the package. */
export interface ManifestSco {
  readonly launch: ScoLaunch;
  /** French title, as the platform lists it. */
  readonly title: string;
}

export interface ManifestInput {
  readonly identifier: string;
  readonly version: string;
  readonly title: string;
  readonly scos: readonly ManifestSco[];
  /** The package's files, relative to its root, with `/`. */
  readonly files: readonly string[];
}

/** Text made safe inside an XML element or attribute. */
export const escapeXml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/** The identifier of a SCO's item and resource (`annee`, `scenario-premier-jour`, `binome-situations-de-tension`). */
export function scoIdentifierOf(launch: ScoLaunch): string {
  const id = launchedScenarioId(launch);
  return id === null ? 'annee' : cmiIdentifierOf(`${launch.sco}-${id}`);
}

/**
 * Whether a SCO is marked /20: a binôme pack is not (its debrief is a discussion aid, never a mark), so its item
 * has no mastery score and it reports `completed`.
 */
export const isMarked = (launch: ScoLaunch): boolean => launch.sco !== 'binome';

/** The manifest's XML text. */
export function scormManifest(input: ManifestInput): string {
  const mastery = PASS_MARK * 5;
  const items = input.scos.map((sco) => {
    const id = scoIdentifierOf(sco.launch);
    return [
      `      <item identifier="item-${id}" identifierref="res-${id}" isvisible="true">`,
      `        <title>${escapeXml(sco.title)}</title>`,
      ...(isMarked(sco.launch) ? [`        <adlcp:masteryscore>${mastery}</adlcp:masteryscore>`] : []),
      '      </item>',
    ].join('\n');
  });
  const scos = input.scos.map((sco) => {
    const id = scoIdentifierOf(sco.launch);
    const href = escapeXml(`index.html?${launchQueryOf(sco.launch)}`);
    return [
      `    <resource identifier="res-${id}" type="webcontent" adlcp:scormtype="sco" href="${href}">`,
      '      <file href="index.html"/>',
      '      <dependency identifierref="res-jeu"/>',
      '    </resource>',
    ].join('\n');
  });
  const files = [...input.files].sort().map((file) => `      <file href="${escapeXml(file)}"/>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${escapeXml(input.identifier)}" version="${escapeXml(input.version)}"`,
    '  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
    '  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
    '  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">',
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>1.2</schemaversion>',
    '  </metadata>',
    '  <organizations default="organisation">',
    '    <organization identifier="organisation">',
    `      <title>${escapeXml(input.title)}</title>`,
    ...items,
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    ...scos,
    '    <resource identifier="res-jeu" type="webcontent" adlcp:scormtype="asset">',
    ...files,
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}
