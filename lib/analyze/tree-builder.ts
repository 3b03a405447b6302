/**
 * The DomHandler the page is parsed into, building its elements and text nodes with plain
 * constructors that share domhandler's prototypes.
 *
 * Why: domhandler declares its node fields as class fields, so every node runs the base
 * class's field initializer, and that one initializer sees objects of every node subclass;
 * V8 then defines the fields through a megamorphic slow path. Elements and text nodes are
 * nearly all of a page's nodes, and building them this way was about a third of the parse.
 * The nodes are the same: instances of domhandler's Element and Text with the same own
 * fields in the same order (the parse5-only fields left undefined), so cheerio, domutils
 * and every extractor read them as before. Rarer nodes (comments, CDATA, doctypes) keep
 * domhandler's own classes.
 */
import { DomHandler, Element, Text } from 'domhandler';

type ElementType = Element['type'];

interface ElementFields {
  parent: null;
  prev: null;
  next: null;
  startIndex: null;
  endIndex: null;
  children: Element['children'];
  name: string;
  attribs: Record<string, string>;
  type: ElementType;
  namespace: undefined;
  'x-attribsNamespace': undefined;
  'x-attribsPrefix': undefined;
}

interface TextFields {
  parent: null;
  prev: null;
  next: null;
  startIndex: null;
  endIndex: null;
  data: string;
  type: Text['type'];
}

const SCRIPT = 'script' as ElementType;
const STYLE = 'style' as ElementType;
const TAG = 'tag' as ElementType;
const TEXT = 'text' as Text['type'];

const ElementNode = function (this: ElementFields, name: string, attribs: Record<string, string>) {
  this.parent = null;
  this.prev = null;
  this.next = null;
  this.startIndex = null;
  this.endIndex = null;
  this.children = [];
  this.name = name;
  this.attribs = attribs;
  // As domhandler types them: script and style apart from other tags.
  this.type = name === 'script' ? SCRIPT : name === 'style' ? STYLE : TAG;
  this.namespace = undefined;
  this['x-attribsNamespace'] = undefined;
  this['x-attribsPrefix'] = undefined;
} as unknown as new (name: string, attribs: Record<string, string>) => Element;
ElementNode.prototype = Element.prototype;

const TextNode = function (this: TextFields, data: string) {
  this.parent = null;
  this.prev = null;
  this.next = null;
  this.startIndex = null;
  this.endIndex = null;
  this.data = data;
  this.type = TEXT;
} as unknown as new (data: string) => Text;
TextNode.prototype = Text.prototype;

/** DomHandler in HTML mode with default options, its element and text nodes built as above. */
export class TreeBuilder extends DomHandler {
  override onopentag(name: string, attribs: Record<string, string>): void {
    const element = new ElementNode(name, attribs);
    this.addNode(element);
    this.tagStack.push(element);
  }

  override ontext(data: string): void {
    const last = this.lastNode;
    if (last && last.type === TEXT) {
      last.data += data;
      return;
    }
    const node = new TextNode(data);
    this.addNode(node);
    this.lastNode = node;
  }
}
