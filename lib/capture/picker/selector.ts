/** A CSS path that finds the picked element again: `#id` when unique, else tag:nth-of-type steps. */
export function cssPath(el: Element): string {
  const steps: string[] = [];
  let node: Element | null = el;
  while (node && node.nodeType === 1 && node !== node.ownerDocument.documentElement) {
    const id = node.getAttribute('id');
    if (id && node.ownerDocument.querySelectorAll(`#${CSS.escape(id)}`).length === 1) {
      steps.unshift(`#${CSS.escape(id)}`);
      break;
    }
    steps.unshift(stepOf(node));
    node = node.parentElement;
  }
  return steps.join(' > ');
}

function stepOf(el: Element): string {
  const tag = el.tagName.toLowerCase();
  const parent = el.parentElement;
  if (!parent) return tag;
  const same = [...parent.children].filter((c) => c.tagName === el.tagName);
  return same.length > 1 ? `${tag}:nth-of-type(${same.indexOf(el) + 1})` : tag;
}
