// `npm run package:cmi5`: the cmi5 course package for a platform that speaks xAPI (Moodle with a cmi5 plugin, an
// LMS with its own LRS…): cmi5.xml (one assignable unit per entry point: the year, each practice scenario) and
// the game, zipped into dist-packages/une-annee-en-mairie-cmi5.zip (scripts/lms-package.ts). The platform
// launches an AU's URL with the cmi5 parameters; the game then reports to its LRS (src/lms/cmi5-start.ts).
//
//   npm run package:cmi5                      build then package
//   npm run package:cmi5 -- --from dist       package an existing build (the browser tests' own)
import { cmi5CourseStructure } from '../src/lms/cmi5-course';
import { entryName, entryPoints, gameBuild, megabytes, writePackage } from './lms-package';

const build = gameBuild(process.argv, '.build-cmi5');
const aus = entryPoints();
const course = cmi5CourseStructure({
  title: 'Une année en mairie',
  description:
    'Jeu sérieux : une année comme secrétaire général(e) de mairie d’une commune de 1 200 habitants, et ses mises en situation notées sur le référentiel.',
  aus,
});
const written = writePackage('une-annee-en-mairie-cmi5.zip', { name: 'cmi5.xml', text: course }, build);
build.done();
console.log(
  `${written.path} : ${megabytes(written.bytes)}, ${build.files.length} fichiers, ` +
    `${aus.length} AU (${aus.map(entryName).join(', ')})`,
);
