import type { PageDoc } from '../document';
import type { Promotion } from '../types';
export function extractPromotions(_doc: PageDoc): Promotion[] { return []; }
