import type { Comparison, ValueDiff } from '@/lib/roles/types';
import type { Education, YearsRange } from '@/lib/db/schemas';
import { formatEducation, formatYears } from '@/lib/format';
import type { SavedRequirements, Spread } from '@/lib/popup-model';
import { useI18n } from '../i18n';

/** Years, education and skills against the role's typical values and the saved ads of the role. */
export function RequirementsView({
  comparison,
  preferred,
  saved,
}: {
  comparison: Comparison;
  preferred: string[];
  saved: SavedRequirements | null;
}) {
  const { t } = useI18n();
  const req = comparison.requirements;
  const years = (value: YearsRange | null) => (value ? formatYears(value, t) : t('notStated'));
  const edu = (value: Education | null) => (value ? formatEducation(value, t) : t('notStated'));
  const spread = (s: Spread | null) =>
    s ? t('statMedianRange', t('yearsExactly', s.median), s.min, s.max) : '—';
  return (
    <section className="panel" aria-labelledby="req-h" data-testid="requirements">
      <h3 id="req-h">{t('requirementsHeading')}</h3>
      <table className="req-table">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{t('reqThisAd')}</th>
            <th scope="col">{t('reqRoleTypical')}</th>
            <th scope="col">{t('reqSaved')}</th>
          </tr>
        </thead>
        <tbody>
          <Row label={t('reqExperience')} value={req.experience} show={years} saved={spread(saved?.experience ?? null)} testId="req-experience" />
          <Row label={t('reqEducation')} value={req.education} show={edu} saved={saved?.education ? edu(saved.education) : '—'} testId="req-education" />
        </tbody>
      </table>
      <dl className="skills" data-testid="req-skills">
        <SkillRow label={t('skillsShared')} skills={req.skills.shared} />
        <SkillRow label={t('skillsPostingOnly')} skills={req.skills.postingOnly} highlight />
        {/* A broad role's "typical skills not in this ad" are its specialty's, not every technology it lists. */}
        <SkillRow label={t('skillsRoleOnly')} skills={comparison.scope?.skillsRoleOnly ?? req.skills.roleOnly} />
      </dl>
      <p className="muted">{t('requirementItems', req.covered.length, req.covered.length + req.missing.length)}</p>
      {preferred.length > 0 && (
        <details>
          <summary>{t('preferredList', preferred.length)}</summary>
          <ul className="item-list">
            {preferred.map((item, index) => (
              <li key={index}>{item}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function Row<T>(props: { label: string; value: ValueDiff<T>; show: (v: T | null) => string; saved: string; testId: string }) {
  const { t } = useI18n();
  const { diff } = props.value;
  return (
    <tr data-testid={props.testId}>
      <th scope="row">{props.label}</th>
      <td className={diff === 'higher' || diff === 'lower' ? `diff diff-${diff}` : undefined}>
        {props.show(props.value.posting)}
        {(diff === 'higher' || diff === 'lower') && <span className="diff-tag"> {t(`diff_${diff}`)}</span>}
      </td>
      <td>{props.show(props.value.role)}</td>
      <td>{props.saved}</td>
    </tr>
  );
}

function SkillRow({ label, skills, highlight }: { label: string; skills: string[]; highlight?: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <dt>{label}</dt>
      <dd className={highlight && skills.length ? 'diff diff-higher' : undefined}>{skills.length ? skills.join('、') : t('noItems')}</dd>
    </>
  );
}
