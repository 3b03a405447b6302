/** Technologies grouped by category, each with the evidence it was found from. */
import type { Technology } from '../lib/analyze/types';
import { useI18n } from './I18nContext';
import { EvidenceList } from './EvidenceList';
import { categoryKey } from '../lib/i18n/keys';

/** Technologies by category, each group named in the UI language (uncategorised ones under "other"), sorted by that name. */
export function groupByCategory(technologies: Technology[], name: (category: string | null) => string): [string, Technology[]][] {
  const groups = new Map<string, Technology[]>();
  for (const tech of technologies)
    for (const cat of tech.categories.length ? tech.categories : [null]) {
      const label = name(cat);
      groups.set(label, [...(groups.get(label) ?? []), tech]);
    }
  return [...groups].sort((a, b) => a[0].localeCompare(b[0]));
}

export function TechStack({ technologies }: { technologies: Technology[] }) {
  const { t, percent } = useI18n();
  if (!technologies.length) return <p className="muted">—</p>;
  // A category the bundles do not name yet shows its id rather than a message key.
  const name = (cat: string | null) => (cat === null ? t('tech_other') : t(categoryKey(cat)) === categoryKey(cat) ? cat : t(categoryKey(cat)));
  return (
    <div className="tech">
      {groupByCategory(technologies, name).map(([cat, list]) => (
        <div key={cat}>
          <h5>{cat}</h5>
          <ul>
            {list.map((tech) => (
              <li key={tech.id}>
                <details>
                  <summary>
                    {tech.name} <span className="muted small">{t('obs_confidence', percent(tech.confidence))}</span>
                    {tech.held ? (
                      <>
                        {' '}
                        <span className="tag held" title={t('held_consent_title')}>
                          {t('held_consent')}
                        </span>
                      </>
                    ) : null}
                  </summary>
                  <EvidenceList evidence={tech.evidence} />
                </details>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
