/** The message shown where there is nothing yet, with what to do about it. */
export function Empty({ text }: { text: string }) {
  return <p className="empty">{text}</p>;
}
