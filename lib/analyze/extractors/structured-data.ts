/**
 * Structured data of a page: every JSON-LD object (flat), microdata and RDFa items in
 * extruct's `{type, properties}` shape, and the schema.org types seen anywhere in them.
 * The offers extractor reads this summary; the page-meta extractor reads the JSON-LD list.
 */
import type { PageDoc } from '../document';
import type { StructuredDataSummary } from '../types';
import { jsonLdOf } from './structured-data/jsonld';
import { extractMicrodata } from './structured-data/microdata';
import { extractRdfa } from './structured-data/rdfa';
import { collectTypes } from './structured-data/types';

export type { StructuredItem } from './structured-data/items';

export function extractStructuredData(doc: PageDoc): StructuredDataSummary {
  const jsonld = jsonLdOf(doc);
  const microdata = extractMicrodata(doc);
  const rdfa = extractRdfa(doc);
  return { types: collectTypes([jsonld, microdata, rdfa]), jsonld, microdata, rdfa };
}
