/** Technologies grouped by category, each with the evidence it was found from. */
import type { Technology } from '../lib/analyze/types';
import { useI18n } from './I18nContext';
import { EvidenceList } from './EvidenceList';

export function groupByCategory(technologies: Technology[], other: string): [string, Technology[]][] {
  const groups = new Map<string, Technology[]>();
  for (const tech of technologies) for (const cat of tech.categories.length ? tech.categories : [other]) groups.set(cat, [...(groups.get(cat) ?? []), tech]);
  return [...groups].sort((a, b) => a[0].localeCompare(b[0]));
}

export function TechStack({ technologies }: { technologies: Technology[] }) {
  const { t, percent } = useI18n();
  if (!technologies.length) return <p className="muted">—</p>;
  return (
    <div className="tech">
      {groupByCategory(technologies, t('tech_other')).map(([cat, list]) => (
        <div key={cat}>
          <h5>{cat}</h5>
          <ul>
            {list.map((tech) => (
              <li key={tech.id}>
                <details>
                  <summary>
                    {tech.name} <span className="muted small">{t('obs_confidence', percent(tech.confidence))}</span>
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
