/**
 * Measures the page before it is serialised, and copies only what fits: a hostile or enormous
 * page (50 MB of markup) must not be cloned, sanitised and serialised whole just to be refused.
 * Sizes are estimates of the serialised length (tags, attributes, text), computed by walking the
 * live DOM without copying it; the walk stops as soon as the budget is passed.
 */

/** Estimated serialised length of one node on its own (not its children). */
function ownCost(node: Node): number {
  if (node.nodeType === 3 || node.nodeType === 8) return (node as CharacterData).length;
  if (node.nodeType !== 1) return 0;
  const el = node as Element;
  let n = el.tagName.length * 2 + 5;
  for (const a of el.attributes) n += a.name.length + a.value.length + 4;
  return n;
}

/** The document's estimated length, counted up to `budget` (returns a number > budget when over). */
export function measureDom(root: Node, budget: number): number {
  let total = 0;
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    total += ownCost(node);
    if (total > budget) return total;
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return total;
}

/**
 * A copy of `root` holding its nodes in document order until `budget` characters are used: the
 * head and the top of the body, which carry the tags, the title and the first screens. Text is
 * cut at the budget; elements past it are left out. The live page is not touched.
 */
export function cloneWithinBudget<T extends Element>(root: T, budget: number): T {
  const top = root.cloneNode(false) as T;
  let used = ownCost(root);
  const stack: [Node, Node][] = [];
  for (let c = root.lastChild; c; c = c.previousSibling) stack.push([c, top]);
  while (stack.length && used < budget) {
    const [node, parent] = stack.pop()!;
    const cost = ownCost(node);
    if (node.nodeType === 3 || node.nodeType === 8) {
      const room = budget - used;
      const data = (node as CharacterData).data;
      parent.appendChild(node.nodeType === 3 ? parent.ownerDocument!.createTextNode(data.slice(0, room)) : parent.ownerDocument!.createComment(data.slice(0, room)));
      used += Math.min(cost, room);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const copy = node.cloneNode(false);
    // An element whose attributes alone pass the budget keeps its name only.
    if (used + cost > budget) for (const a of [...(copy as Element).attributes]) (copy as Element).removeAttribute(a.name);
    parent.appendChild(copy);
    used += Math.min(cost, budget - used);
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push([c, copy]);
  }
  return top;
}
