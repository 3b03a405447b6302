/** What changed between two clips of a page, one line per change, values in the UI language. */
import type { Change } from '../lib/plan/changes';
import { changeKey, channelKey } from '../lib/i18n/keys';
import { useI18n } from './I18nContext';

export function ChangeList({ changes }: { changes: Change[] }) {
  return (
    <ul className="changes">
      {changes.map((c, k) => (
        <ChangeLine key={k} c={c} />
      ))}
    </ul>
  );
}

function ChangeLine({ c }: { c: Change }) {
  const { t, money, number } = useI18n();
  const show = (v: string | number | null) => {
    if (v === null) return '—';
    if (typeof v === 'number') return c.kind.includes('price') || c.kind.startsWith('offer') ? money(v, c.currency) : number(v);
    return c.kind.startsWith('channel') ? t(channelKey(v)) : v;
  };
  // A channel change names the channel in its value already.
  const subject = c.subject && !c.kind.startsWith('channel') ? ` (${c.subject})` : '';
  return (
    <li className={`change ${c.kind}`}>
      <span className="tag">{t(changeKey(c.kind))}</span>
      <span dir="auto">
        {subject} {c.before !== null && c.after !== null ? t('changes_between', show(c.before), show(c.after)) : show(c.after ?? c.before)}
      </span>
    </li>
  );
}
