/**
 * Businesses seen on venue pages (advertisers, ranking domains) that are no competitor yet:
 * "add as competitor?" with Accept and Dismiss. Nothing becomes a competitor until the user
 * accepts. Self-contained: reads its own query, writes through lib/store/suggestions.
 */
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { acceptSuggestion, dismissSuggestion, openSuggestions } from '../lib/store/suggestions';
import { useI18n } from './I18nContext';

/** How many are shown before "show all". */
const FIRST = 5;

export function SuggestionsCard() {
  const { t } = useI18n();
  const list = useLiveQuery(() => openSuggestions(), []);
  const [all, setAll] = useState(false);
  if (!list?.length) return null;
  const shown = all ? list : list.slice(0, FIRST);
  return (
    <section className="card suggestions" data-view="suggestions" aria-labelledby="suggestions-title">
      <h3 id="suggestions-title">{t('suggestions_title', String(list.length))}</h3>
      <p className="muted">{t('suggestions_help')}</p>
      <ul className="suggestion-list">
        {shown.map((s) => (
          <li key={String(s.id)} data-domain={s.domain}>
            <span className="suggestion-name">
              <bdi>{s.name}</bdi>
              {s.name !== s.domain ? <span className="muted"> · <bdi>{s.domain}</bdi></span> : null}
            </span>
            <span className="muted small">{t(s.via.includes('ad') ? 'suggestion_seen_ad' : 'suggestion_seen_result', String(s.seen))}</span>
            <span className="row">
              <button type="button" onClick={() => void acceptSuggestion(s.id)} aria-label={t('suggestion_accept_label', s.name)}>
                {t('suggestion_accept')}
              </button>
              <button type="button" className="link" onClick={() => void dismissSuggestion(s.id)} aria-label={t('suggestion_dismiss_label', s.name)}>
                {t('suggestion_dismiss')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      {list.length > FIRST ? (
        <button type="button" className="link" onClick={() => setAll(!all)}>
          {all ? t('suggestions_fewer') : t('suggestions_all', String(list.length))}
        </button>
      ) : null}
    </section>
  );
}
