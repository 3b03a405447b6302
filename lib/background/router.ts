/**
 * Dispatches a runtime message to its handler by `type`. Messages of no known type are left
 * unanswered (another listener may own them); a handler that throws still answers `{ ok: false }`.
 */
import type { Handler, HandlerMap, Message, MessageSender, MessageType } from '../messages';

export type Route = (message: unknown, sender: MessageSender) => Promise<unknown> | null;

export function createRouter(map: HandlerMap): Route {
  const known = (m: unknown): m is Message =>
    typeof m === 'object' && m !== null && typeof (m as { type?: unknown }).type === 'string' && Object.hasOwn(map, (m as { type: string }).type);
  return (message, sender) => {
    if (!known(message)) return null;
    const handler = map[message.type] as Handler<MessageType>;
    return Promise.resolve()
      .then(() => handler(message, sender))
      .catch((e: unknown) => ({ ok: false, error: e instanceof Error ? e.message : String(e) }));
  };
}

/** The runtime.onMessage listener: answers through sendResponse, which every browser supports. */
export function messageListener(route: Route) {
  return (message: unknown, sender: MessageSender, sendResponse: (answer: unknown) => void): boolean => {
    const answer = route(message, sender);
    if (!answer) return false;
    void answer.then(sendResponse);
    return true;
  };
}
