import type { CliCommand, CliIo } from '../command';
import { ruleDomains } from '../../core/rules';

function evaluateFile(path: string, io: CliIo, domainId: string): boolean {
  const domain = ruleDomains.find((candidate) => candidate.id === domainId);
  if (!domain) return false;
  let raw: unknown;
  try {
    raw = JSON.parse(io.readText(path));
  } catch (error) {
    const why = error instanceof SyntaxError ? 'JSON mal formé' : 'fichier illisible';
    io.out(
      JSON.stringify({
        error: `${path} : ${why} (${error instanceof Error ? error.message : String(error)}).`,
      }),
    );
    return false;
  }
  const parsed = domain.parseCase(raw);
  if (!parsed.ok) {
    io.out(JSON.stringify({ error: `${path} : ${parsed.error}` }));
    return false;
  }
  io.out(JSON.stringify(domain.evaluate(parsed.value)));
  return true;
}

/** `rules <domain> <case.json>…`: one JSON line per case, exit 2 if any case was malformed. */
export const rulesCommand: CliCommand = {
  name: 'rules',
  summary: 'Applique les règles d’un domaine à des cas JSON (une ligne JSON par cas).',
  usage: `Usage : npm run cli -- rules <domaine> <cas.json> [<cas.json>…]\nDomaines : ${ruleDomains.map((d) => `${d.id} (${d.title})`).join(', ')}`,
  run(args, io) {
    const [domainId, ...files] = args;
    const domain = ruleDomains.find((candidate) => candidate.id === domainId);
    if (!domain) {
      io.err(
        `Domaine inconnu : « ${domainId ?? ''} ». Domaines : ${ruleDomains.map((d) => d.id).join(', ')}.`,
      );
      return 2;
    }
    if (files.length === 0) {
      io.err('Aucun fichier de cas. Usage : npm run cli -- rules <domaine> <cas.json> [<cas.json>…]');
      return 2;
    }
    let allValid = true;
    for (const file of files) allValid = evaluateFile(file, io, domain.id) && allValid;
    return allValid ? 0 : 2;
  },
};
