/** A titled, collapsible block: the narrow panel shows headings first, details on demand. */
import type { ReactNode } from 'react';

export function Section({ title, children, open = true, id }: { title: string; children: ReactNode; open?: boolean; id?: string }) {
  return (
    <details className="section" open={open} data-section={id}>
      <summary>
        <h3>{title}</h3>
      </summary>
      <div className="section-body">{children}</div>
    </details>
  );
}
