/**
 * Reads which marketing globals exist, in the PAGE's world (chrome.scripting with
 * world: 'MAIN'); the isolated world of an extension script cannot see them. This function is
 * serialised and run by itself in the page, so it must not use anything from outside its body.
 * Only presence is read: values may hold customer data and getters may run page code.
 */
export function presentGlobals(names: readonly string[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < names.length; i++) {
    if (names[i] in window) found.push(names[i]);
  }
  return found;
}
