// `npm run package:scorm`: the SCORM 1.2 package for a learning platform (Moodle's « Paquetage SCORM »…):
// imsmanifest.xml (one SCO per entry point: the year, each practice scenario) and the game, zipped into
// dist-packages/une-annee-en-mairie-scorm12.zip (scripts/lms-package.ts).
//
//   npm run package:scorm                     build then package
//   npm run package:scorm -- --from dist      package an existing build (the browser tests' own)
import { scormManifest } from '../src/lms/manifest';
import { entryName, entryPoints, gameBuild, gameVersion, megabytes, writePackage } from './lms-package';

const build = gameBuild(process.argv, '.build-scorm');
const scos = entryPoints();
const manifest = scormManifest({
  identifier: 'une-annee-en-mairie',
  version: gameVersion(),
  title: 'Une année en mairie',
  scos,
  files: build.files,
});
const written = writePackage(
  'une-annee-en-mairie-scorm12.zip',
  { name: 'imsmanifest.xml', text: manifest },
  build,
);
build.done();
console.log(
  `${written.path} : ${megabytes(written.bytes)}, ${build.files.length} fichiers, ` +
    `${scos.length} SCO (${scos.map(entryName).join(', ')})`,
);
