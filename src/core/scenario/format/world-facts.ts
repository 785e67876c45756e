/**
 * What the commune fixes for every scenario, as the world check reads it: who holds each role, which
 * place serves which function, the figures of its past budgets, the services it does not have — each
 * with the words a text uses to name it. Built from the commune file by `worldFactsOf` (src/core/year);
 * plain data here so that scenario validation does not depend on the year module.
 */
export interface WorldFacts {
  readonly commune: string;
  readonly people: readonly WorldPerson[];
  /** Every place of the commune as a text names it, without article (« salle des fêtes »). */
  readonly places: readonly string[];
  /** Places that hold a function (the single polling station). */
  readonly functions: readonly WorldFunction[];
  readonly figures: readonly WorldFigure[];
  /** Services the commune does not have: used elsewhere (a maternity ward in a town's hospital). */
  readonly outside: readonly WorldOutside[];
}

/** A person the world names by function. */
export interface WorldPerson {
  readonly name: string;
  /** What the person is, for messages (« agent technique polyvalent… », « maire »). */
  readonly label: string;
  readonly words: readonly string[];
  /** The world variable that gives this name, when there is one. */
  readonly variable?: string;
}

/** A function held by one place (the polling station in the salle des fêtes). */
export interface WorldFunction {
  readonly words: readonly string[];
  /** The place, without article (« salle des fêtes »), as texts are searched for it. */
  readonly place: string;
  /** The place as written inside a sentence (« la salle des fêtes »). */
  readonly name: string;
  readonly variable?: string;
}

/** A percentage of the budget history, one value per exercice. */
export interface WorldFigure {
  readonly label: string;
  readonly words: readonly string[];
  readonly values: readonly { readonly exercice: number; readonly value: number }[];
  readonly variable?: string;
}

/** A service the commune lacks, and where its people go instead. */
export interface WorldOutside {
  readonly words: readonly string[];
  readonly name: string;
  readonly variable?: string;
}
