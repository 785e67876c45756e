import type { SourceDecision, SourceStep } from './source-schema';
import type { TextTable } from './source-texts';

/** Where a decision of the compiled form was written in the source: its step, and the index of each answer. */
export interface DecisionSite {
  readonly stepId: string;
  /** Option, field or item id → its index in the step (the source path of its verdict). */
  readonly answerIndex: ReadonlyMap<string, number>;
  /** The list that holds the answers on the source step: `options`, `fields` or `items`. */
  readonly answerList: 'options' | 'fields' | 'items' | null;
}

type Json = Record<string, unknown>;

/** A problem only the source can have (a verdict on an unscored choice), with its source path. */
export interface CompileProblem {
  readonly path: string;
  readonly message: string;
  readonly expected: string;
  readonly found: unknown;
}
type Effects = Extract<SourceStep, { type: 'dialogue' }>['effects'];
type Outcome = {
  verdict?: string | undefined;
  explanation?: string | undefined;
  reference?: string | undefined;
  competences?: string[] | undefined;
};

/** Drops the keys whose value is undefined, so that the compiled form has only what the author wrote. */
function defined(object: Json): Json {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

/** Compiles one step of a source file; its scoring, if any, goes to `scoring` and its site to `sites`. */
export class StepCompiler {
  constructor(
    private readonly texts: TextTable,
    private readonly speakerRoles: ReadonlyMap<string, string>,
    readonly scoring: Record<string, Json> = {},
    readonly sites = new Map<string, DecisionSite>(),
    readonly problems: CompileProblem[] = [],
  ) {}

  private effects(effects: Effects, at: string, segments: readonly string[]): Json[] | undefined {
    return effects?.map((effect, index) => {
      const path = `${at}[${index}]`;
      if (effect.type === 'adjustMeter')
        return {
          ...effect,
          reason: this.texts.put([...segments, index + 1], `${path}.reason`, effect.reason),
        };
      if (effect.type === 'cue')
        return { ...effect, text: this.texts.put([...segments, index + 1], `${path}.text`, effect.text) };
      return { ...effect };
    });
  }

  private outcome(outcome: Outcome, segments: readonly string[], at: string): Json | undefined {
    // Without its verdict an answer is not scored: the validator names the answer left without one.
    if (outcome.verdict === undefined) return undefined;
    return defined({
      verdict: outcome.verdict,
      explanation: this.texts.putOptional([...segments, 'why'], `${at}.explanation`, outcome.explanation),
      reference: outcome.reference,
      competences: outcome.competences,
    });
  }

  private decision(decision: SourceDecision, stepId: string, at: string, extra: Json): string {
    const { id, explanation, ...scale } = decision;
    this.scoring[id] = defined({
      ...scale,
      explanation: this.texts.putOptional(
        [stepId, 'decision', 'why'],
        `${at}.decision.explanation`,
        explanation,
      ),
      ...extra,
    });
    return id;
  }

  private site(stepId: string, decision: string, list: DecisionSite['answerList'], ids: readonly string[]) {
    this.sites.set(decision, { stepId, answerList: list, answerIndex: new Map(ids.map((id, i) => [id, i])) });
  }

  /** The compiled step. */
  compile(stepId: string, step: SourceStep): Json {
    const at = `steps.${stepId}`;
    const t = this.texts;
    if (step.type === 'branch' || step.type === 'queue' || step.type === 'sub') return { ...step };
    const common = defined({
      ...step,
      effects: this.effects(step.effects, `${at}.effects`, [stepId, 'effect']),
      prompt: 'prompt' in step ? t.put([stepId, 'prompt'], `${at}.prompt`, step.prompt) : undefined,
    });
    switch (step.type) {
      case 'dialogue': {
        const role =
          step.role ?? (step.speaker === undefined ? undefined : this.speakerRoles.get(step.speaker));
        const lines = step.lines.map((line, i) => t.put([stepId, i + 1], `${at}.lines[${i}]`, line));
        return defined({ ...common, role, lines });
      }
      case 'end':
        return {
          ...common,
          title: t.put([stepId, 'title'], `${at}.title`, step.title),
          lines: step.lines.map((line, i) => t.put([stepId, i + 1], `${at}.lines[${i}]`, line)),
        };
      case 'choice':
        return this.choice(stepId, step, common);
      case 'inspect':
        this.site(stepId, this.decision(step.decision, stepId, at, {}), null, []);
        return { ...common, decision: step.decision.id };
      case 'form':
        return this.form(stepId, step, common);
      case 'classify':
        return this.classify(stepId, step, common);
      case 'allocate':
        return this.allocate(stepId, step, common);
      case 'rank':
        return this.rank(stepId, step, common);
    }
  }

  private choice(stepId: string, step: Extract<SourceStep, { type: 'choice' }>, common: Json): Json {
    const at = `steps.${stepId}`;
    const outcomes: Json = {};
    const options = step.options.map((option, i) => {
      const segments = [stepId, 'option', option.id];
      const { verdict, explanation, reference, competences, ...rest } = option;
      const scored = this.outcome(
        { verdict, explanation, reference, competences },
        segments,
        `${at}.options[${i}]`,
      );
      if (scored) outcomes[option.id] = scored;
      return defined({
        ...rest,
        label: this.texts.put(segments, `${at}.options[${i}].label`, option.label),
        effects: this.effects(option.effects, `${at}.options[${i}].effects`, [...segments, 'effect']),
      });
    });
    let timer: Json | undefined;
    if (step.timer) {
      const { verdict, explanation, reference, competences, ...rest } = step.timer;
      const scored = this.outcome(
        { verdict, explanation, reference, competences },
        [stepId, 'timer'],
        `${at}.timer`,
      );
      if (scored) outcomes['timeout'] = scored;
      timer = { ...rest, label: this.texts.put([stepId, 'timer'], `${at}.timer.label`, rest.label) };
    }
    const decision = step.decision
      ? this.decision(step.decision, stepId, at, { options: outcomes })
      : undefined;
    if (!decision && Object.keys(outcomes).length > 0)
      this.problems.push({
        path: `${at}.decision`,
        message: 'Des réponses ont un verdict mais l’étape n’a pas de « decision » : rien ne serait noté.',
        expected: 'une « decision » (id, competences, weight, reference) ou aucun verdict',
        found: Object.keys(outcomes),
      });
    if (decision)
      this.site(
        stepId,
        decision,
        'options',
        step.options.map((option) => option.id),
      );
    const advice = step.advice && {
      ...step.advice,
      prompt: this.texts.put([stepId, 'advice'], `${at}.advice.prompt`, step.advice.prompt),
      topic: this.texts.put([stepId, 'topic'], `${at}.advice.topic`, step.advice.topic),
    };
    return defined({ ...common, decision, options, timer, advice });
  }

  private form(stepId: string, step: Extract<SourceStep, { type: 'form' }>, common: Json): Json {
    const at = `steps.${stepId}`;
    const scored: Json = {};
    const fields = step.fields.map((field, i) => {
      const segments = [stepId, 'field', field.id];
      const path = `${at}.fields[${i}]`;
      const { score, ...rest } = field;
      if (score) {
        const answers = score.answers
          ? Object.fromEntries(
              Object.entries(score.answers).map(([answer, outcome]) => [
                answer,
                this.outcome(outcome, [...segments, 'answer', answer], `${path}.score.answers.${answer}`),
              ]),
            )
          : undefined;
        scored[field.id] = defined({
          ...score,
          answers,
          explanation: this.texts.put([...segments, 'why'], `${path}.score.explanation`, score.explanation),
        });
      }
      return defined({
        ...rest,
        label: this.texts.put(segments, `${path}.label`, field.label),
        help: this.texts.putOptional([...segments, 'help'], `${path}.help`, field.help),
        options: field.options?.map((option, j) => ({
          id: option.id,
          label: this.texts.put([...segments, option.id], `${path}.options[${j}].label`, option.label),
        })),
      });
    });
    const fieldsScoring = Object.keys(scored).length > 0 ? { fields: scored } : {};
    const decision = this.decision(step.decision, stepId, at, fieldsScoring);
    this.site(
      stepId,
      decision,
      'fields',
      step.fields.map((field) => field.id),
    );
    return { ...common, decision, fields };
  }

  private classify(stepId: string, step: Extract<SourceStep, { type: 'classify' }>, common: Json): Json {
    const at = `steps.${stepId}`;
    const answers: Json = {};
    const items = step.items.map((item, i) => {
      const segments = [stepId, 'item', item.id];
      const path = `${at}.items[${i}]`;
      const { bin, explanation, ...rest } = item;
      if (bin !== undefined)
        answers[item.id] = defined({
          bin,
          explanation: this.texts.putOptional([...segments, 'why'], `${path}.explanation`, explanation),
        });
      return defined({
        ...rest,
        label: this.texts.put(segments, `${path}.label`, item.label),
        detail: this.texts.putOptional([...segments, 'detail'], `${path}.detail`, item.detail),
      });
    });
    const bins = step.bins.map((bin, i) => ({
      id: bin.id,
      label: this.texts.put([stepId, 'bin', bin.id], `${at}.bins[${i}].label`, bin.label),
    }));
    const decision = this.decision(step.decision, stepId, at, { answers });
    this.site(
      stepId,
      decision,
      'items',
      step.items.map((item) => item.id),
    );
    return { ...common, decision, bins, items };
  }

  private allocate(stepId: string, step: Extract<SourceStep, { type: 'allocate' }>, common: Json): Json {
    const at = `steps.${stepId}`;
    const t = this.texts;
    const groups = step.groups.map((group, i) => ({
      id: group.id,
      label: t.put([stepId, 'group', group.id], `${at}.groups[${i}].label`, group.label),
      lines: group.lines.map((line, j) => {
        const segments = [stepId, 'group', group.id, line.id];
        const path = `${at}.groups[${i}].lines[${j}]`;
        return defined({
          ...line,
          label: t.put(segments, `${path}.label`, line.label),
          hint: t.putOptional([...segments, 'hint'], `${path}.hint`, line.hint),
        });
      }),
    }));
    const balances = step.balances?.map((balance, i) => ({
      ...balance,
      label: t.put([stepId, 'balance', i + 1], `${at}.balances[${i}].label`, balance.label),
    }));
    const decision = this.decision(step.decision, stepId, at, {});
    this.site(stepId, decision, null, []);
    return defined({ ...common, decision, groups, balances });
  }

  private rank(stepId: string, step: Extract<SourceStep, { type: 'rank' }>, common: Json): Json {
    const at = `steps.${stepId}`;
    const t = this.texts;
    const offers = step.offers.map((offer, i) => ({
      id: offer.id,
      label: t.put([stepId, 'offer', offer.id], `${at}.offers[${i}].label`, offer.label),
      facts: offer.facts.map((fact, j) => ({
        id: fact.id,
        label: t.put(
          [stepId, 'offer', offer.id, fact.id],
          `${at}.offers[${i}].facts[${j}].label`,
          fact.label,
        ),
        value: t.put(
          [stepId, 'offer', offer.id, fact.id, 'v'],
          `${at}.offers[${i}].facts[${j}].value`,
          fact.value,
        ),
      })),
    }));
    const criteria = step.criteria.map((criterion, i) => ({
      ...criterion,
      label: t.put([stepId, 'criterion', criterion.id], `${at}.criteria[${i}].label`, criterion.label),
    }));
    const decision = this.decision(step.decision, stepId, at, {});
    this.site(stepId, decision, null, []);
    return { ...common, decision, offers, criteria };
  }
}
