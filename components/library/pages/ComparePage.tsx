import { useId, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getPostings } from '@/lib/library/queries';
import { MATRIX_MAX, MATRIX_MIN, postingMatrix } from '@/lib/library/matrix';
import { routeToHash } from '@/lib/route';
import { getDb } from '@/platform/db';
import { useWorkspace } from '@/platform/library/workspace';
import { StatusMessage } from '../../StatusMessage';
import { useI18n } from '../../i18n';
import { roleName } from '../../labels';
import { CompareMatrix } from '../CompareMatrix';

/** Side by side: 2-6 chosen postings against one role's standard duties. */
export function ComparePage({ postingIds }: { postingIds: string[] }) {
  const { t, locale } = useI18n();
  const id = useId();
  const ws = useWorkspace();
  const postings = useLiveQuery(() => getPostings(getDb(), postingIds), [postingIds.join(',')]);
  // The role most of the chosen postings have, unless the user picks another.
  const common = useMemo(() => {
    const counts = new Map<string, number>();
    for (const p of postings ?? []) if (p.roleId) counts.set(p.roleId, (counts.get(p.roleId) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ws.roles[0]?.id ?? '';
  }, [postings, ws.roles]);
  const [chosen, setChosen] = useState<string | null>(null);
  const roleId = chosen ?? common;
  const role = ws.rolesById.get(roleId);
  if (postingIds.length < MATRIX_MIN || postingIds.length > MATRIX_MAX) {
    return (
      <section>
        <h2>{t('navCompare')}</h2>
        <p className="notice">{t('compareHowTo', MATRIX_MIN, MATRIX_MAX)}</p>
        <a href={routeToHash({ page: 'postings', query: {} })}>{t('navPostings')}</a>
      </section>
    );
  }
  if (!postings) return <StatusMessage kind="loading">{t('loading')}</StatusMessage>;
  if (postings.length < MATRIX_MIN) return <StatusMessage kind="error">{t('postingNotFound')}</StatusMessage>;
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('navCompare')}</h2>
      <p className="reassign">
        <label htmlFor={`${id}-role`}>{t('compareAgainst')}</label>
        <select id={`${id}-role`} value={roleId} onChange={(e) => setChosen(e.target.value)}>
          {ws.roles.map((r) => (
            <option key={r.id} value={r.id}>
              {roleName(r, locale)}
            </option>
          ))}
        </select>
      </p>
      {role && <CompareMatrix matrix={postingMatrix(role, postings, ws.compare)} />}
    </section>
  );
}
