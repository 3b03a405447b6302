/**
 * The tree builder (lib/analyze/tree-builder.ts) makes domhandler's nodes by its own constructors
 * for speed; cheerio, domutils and every extractor rely on them being domhandler's nodes exactly.
 * Compared node by node with a stock DomHandler, so a domhandler upgrade that adds or renames a
 * field fails here instead of silently in an extractor.
 */
import { describe, expect, it } from 'vitest';
import { Parser } from 'htmlparser2';
import { DomHandler, type AnyNode, type Document } from 'domhandler';
import { load } from 'cheerio';
import { TreeBuilder } from '../../lib/analyze/tree-builder';

const PAGE = `<!doctype html><html lang="th"><head><title>ผ้าไหม &amp; silk</title>
<script>var a = "<b>" + 1;</script><style>.p{color:red}</style><!-- a comment --></head>
<body><h1 class="t">Scarf</h1>text <b>bold</b> tail<![CDATA[ cdata ]]><svg><path d="M0"/></svg>
<p>one<br>two</p><input type="text" value="x" disabled><template><i>t</i></template>ข้อความ</body></html>`;

function parse(handler: DomHandler, html: string): Document {
  new Parser(handler).end(html);
  return handler.root;
}

function* walk(node: AnyNode): Generator<AnyNode> {
  yield node;
  for (const child of (node as { children?: AnyNode[] }).children ?? []) yield* walk(child);
}

/** Own fields of a node, references to other nodes replaced by their place in the walk. */
function shape(node: AnyNode, index: Map<AnyNode, number>): unknown {
  const out: Record<string, unknown> = { proto: Object.getPrototypeOf(node)?.constructor?.name };
  for (const key of Object.keys(node)) {
    const v = (node as unknown as Record<string, unknown>)[key];
    out[key] = key === 'children' ? (v as AnyNode[]).map((c) => index.get(c)) : index.has(v as AnyNode) ? `#${index.get(v as AnyNode)}` : v;
  }
  return out;
}

function shapes(root: Document): unknown[] {
  const nodes = [...walk(root)];
  const index = new Map(nodes.map((n, i) => [n, i]));
  return nodes.map((n) => shape(n, index));
}

describe('tree builder', () => {
  it('builds the same nodes as domhandler: classes, own fields in order, links', () => {
    const stock = parse(new DomHandler(), PAGE);
    const ours = parse(new TreeBuilder(), PAGE);
    expect(shapes(ours)).toEqual(shapes(stock));
    for (const n of walk(ours)) expect(Object.keys(n)).toEqual(Object.keys([...walk(stock)][[...walk(ours)].indexOf(n)]));
  });

  it('gives cheerio the same document', () => {
    const stock = load(parse(new DomHandler(), PAGE));
    const ours = load(parse(new TreeBuilder(), PAGE));
    expect(ours.html()).toBe(stock.html());
    expect(ours('h1.t').text()).toBe('Scarf');
    expect(ours('p').text()).toBe(stock('p').text());
  });
});
