/**
 * Finds keys written twice in the same JSON object. `JSON.parse` silently keeps the last one, which would
 * hide an author's duplicated step or text id. Returns the JSON paths of the repeated keys.
 */
export function findDuplicateKeys(text: string): string[] {
  const duplicates: string[] = [];
  const stack: { keys: Set<string>; path: string; isObject: boolean; index: number }[] = [];
  let pendingKey: string | null = null;
  let i = 0;
  const childPath = (): string => {
    const top = stack[stack.length - 1];
    if (!top) return '';
    if (top.isObject) return top.path ? `${top.path}.${pendingKey ?? ''}` : (pendingKey ?? '');
    return `${top.path}[${top.index}]`;
  };
  while (i < text.length) {
    const char = text[i];
    if (char === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const raw = text.slice(i, end + 1);
      let after = end + 1;
      while (after < text.length && /\s/.test(text[after] ?? '')) after += 1;
      const top = stack[stack.length - 1];
      if (text[after] === ':' && top?.isObject) {
        let key = raw;
        try {
          key = String(JSON.parse(raw));
        } catch {
          // malformed string: JSON.parse of the whole file reports it
        }
        if (top.keys.has(key)) duplicates.push(top.path ? `${top.path}.${key}` : key);
        top.keys.add(key);
        pendingKey = key;
      }
      i = end + 1;
      continue;
    }
    if (char === '{' || char === '[') {
      stack.push({ keys: new Set(), path: childPath(), isObject: char === '{', index: 0 });
    } else if (char === '}' || char === ']') {
      stack.pop();
    } else if (char === ',') {
      const top = stack[stack.length - 1];
      if (top && !top.isObject) top.index += 1;
    }
    i += 1;
  }
  return duplicates;
}
