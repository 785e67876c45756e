/**
 * A good pair at « Situations de tension », for the browser tests that play the pack (binome.test.ts, and its SCO
 * in scorm.test.ts): the option it advises and decides in each situation, and the pack played inside the page.
 */

/** The good pair's advice and decision in each situation, as option ids. */
export const RIGHT: Readonly<Record<string, string>> = {
  'Un habitant en colère au guichet': 'ecoute',
  'Une conseillère intéressée à une délibération': 'sort',
  'Un élu veut embaucher un proche': 'publier',
  'Un élu demande d’antidater un arrêté': 'aujourdhui',
  'Un conflit entre un agent et un adjoint': 'superieur',
  'Un message sur les réseaux sociaux': 'general',
};

/**
 * The rest of the pack as a good pair plays it, run in the page (`page.evaluate(playRest, RIGHT)`: one round trip
 * instead of sixty); returns what it played and any card seen too early: each hand-over checks, before and after
 * its card, that neither card is in the page.
 */
export function playRest(right: Readonly<Record<string, string>>) {
  const cards = ['Carte de l’élu.', 'Carte du SGM.'];
  const leaks: string[] = [];
  let situations = 0;
  let handovers = 0;
  const heading = () => document.querySelector('#binome-etape-titre')?.textContent ?? '';
  const press = (action: string) =>
    document.querySelector<HTMLButtonElement>(`#overlay [data-action="${action}"]`)?.click();
  const pick = (name: string, value: string) => {
    const input = document.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
    if (input) input.checked = true;
  };
  const noCard = (where: string) => {
    for (const card of cards) if (document.body.textContent?.includes(card)) leaks.push(`${card} ${where}`);
  };
  for (let guard = 0; guard < 200 && !document.querySelector('[data-action="bilan"]'); guard += 1) {
    const title = heading();
    if (title.startsWith('Tournez l’écran vers')) {
      handovers += 1;
      noCard(`visible pendant « ${title} »`);
      press('afficher-carte');
      const shown = document.querySelector('.binome-carte-privee')?.textContent ?? '';
      if (cards.filter((card) => shown.includes(card)).length !== 1)
        leaks.push(`carte mal montrée : ${shown}`);
      press('cacher-carte');
      noCard('visible pendant « Rendez l’écran »');
      press('continuer');
    } else if (document.querySelector('input[name="binome-conseil"]')) {
      // « Le conseil de Karim », « Le conseil du ou de la SGM » when the pair gave no first names.
      const option = right[document.querySelector('.binome-sujet')?.textContent ?? ''] ?? '';
      pick('binome-conseil', option);
      press('conseiller');
      pick('binome-decision', option);
      press('decider');
      situations += 1;
    } else press('continuer');
  }
  return { situations, handovers, leaks };
}
