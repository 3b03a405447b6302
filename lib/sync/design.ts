/**
 * The design document set-up installs: CouchDB runs its `validate_doc_update` on every write,
 * so a malformed document (from a buggy or foreign client) is refused by the server itself, and
 * an observation, once written, can never be changed. Documents of a newer schema pass (a
 * newer RaceScout may add fields); older clients skip them (doc.ts `checkDoc`).
 */
export const DESIGN_ID = '_design/racescout';
/** Raised when the function below changes, so set-up replaces an older one. */
export const DESIGN_VERSION = 1;

// Runs inside CouchDB (SpiderMonkey/QuickJS, ES5): kept as source text, not compiled.
const VALIDATE = `function (newDoc, oldDoc, userCtx) {
  if (newDoc._deleted) return;
  if (newDoc._id.indexOf('_design/') === 0) return;
  function refuse(why) { throw({ forbidden: 'racescout: ' + why }); }
  var types = ['competitor', 'observation', 'snapshot', 'note', 'watch'];
  if (types.indexOf(newDoc.type) < 0) refuse('unknown type');
  if (typeof newDoc.schema !== 'number' || newDoc.schema < 1) refuse('schema missing');
  if (typeof newDoc.gid !== 'string' || newDoc._id !== newDoc.type + ':' + newDoc.gid) refuse('id must be type:gid');
  if (typeof newDoc.updatedAt !== 'string') refuse('updatedAt missing');
  if (newDoc.type === 'observation') {
    if (typeof newDoc.url !== 'string' || typeof newDoc.capturedAt !== 'string' || !newDoc.observation) refuse('observation incomplete');
    if (oldDoc && !oldDoc._deleted) refuse('observations never change');
  }
  if (newDoc.type === 'competitor' && (typeof newDoc.name !== 'string' || !(newDoc.domains instanceof Array))) refuse('competitor incomplete');
  if (newDoc.type === 'note' && typeof newDoc.notes !== 'string') refuse('note incomplete');
  if (newDoc.type === 'watch' && typeof newDoc.url !== 'string') refuse('watch incomplete');
}`;

export interface DesignDoc {
  _id: string;
  _rev?: string;
  racescout: number;
  validate_doc_update: string;
}

export const designDoc = (): DesignDoc => ({ _id: DESIGN_ID, racescout: DESIGN_VERSION, validate_doc_update: VALIDATE });
