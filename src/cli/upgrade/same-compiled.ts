import type { ScenarioFile } from '../../core/scenario';

/**
 * The first difference between two compiled scenarios, ignoring the names of their texts: where one has the
 * text id `a` and the other `b`, both must say the same words. Null when they are the same scenario.
 */
export function firstDifference(before: ScenarioFile, after: ScenarioFile): string | null {
  const walk = (a: unknown, b: unknown, path: string): string | null => {
    if (typeof a === 'string' && typeof b === 'string') {
      const textA = before.texts[a];
      const textB = after.texts[b];
      // A string that names a text on either side is compared by its words, even when both names agree.
      if (textA !== undefined || textB !== undefined)
        return textA === textB ? null : `${path} : « ${textA ?? a} » ≠ « ${textB ?? b} »`;
      return a === b ? null : `${path} : ${a} ≠ ${b}`;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) return `${path} : ${a.length} éléments ≠ ${b.length}`;
      for (let i = 0; i < a.length; i += 1) {
        const found = walk(a[i], b[i], `${path}[${i}]`);
        if (found) return found;
      }
      return null;
    }
    if (a && b && typeof a === 'object' && typeof b === 'object') {
      const keysA = Object.keys(a).filter((key) => !(path === '' && key === 'texts'));
      const keysB = Object.keys(b).filter((key) => !(path === '' && key === 'texts'));
      const missing = keysA.filter((key) => !keysB.includes(key));
      const extra = keysB.filter((key) => !keysA.includes(key));
      if (missing.length > 0 || extra.length > 0)
        return `${path || '(racine)'} : clés ${JSON.stringify(missing)} perdues, ${JSON.stringify(extra)} ajoutées`;
      for (const key of keysA) {
        const found = walk(
          (a as Record<string, unknown>)[key],
          (b as Record<string, unknown>)[key],
          path ? `${path}.${key}` : key,
        );
        if (found) return found;
      }
      return null;
    }
    return a === b ? null : `${path} : ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
  };
  return walk(before, after, '');
}
