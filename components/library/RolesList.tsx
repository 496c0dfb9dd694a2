import { useId, useState } from 'react';
import type { Role } from '@/lib/db/schemas';
import { routeToHash } from '@/lib/route';
import { useI18n } from '../i18n';
import { roleName } from '../labels';

/** Every role with its count of saved postings, grouped by department; a form to create one. */
export function RolesList(props: {
  roles: Role[];
  /** Saved postings per role; undefined while they are counted. */
  counts: Map<string | null, number> | undefined;
  onCreate: (input: { nameZh: string; nameEn: string; department: string }) => Promise<string>;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const [form, setForm] = useState({ nameZh: '', nameEn: '', department: '' });
  const [state, setState] = useState<{ kind: 'idle' | 'busy' } | { kind: 'error'; message: string }>({ kind: 'idle' });
  const departments = [...new Set(props.roles.map((role) => role.department || t('noDepartment')))];
  const unassigned = props.counts?.get(null) ?? 0;
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('navRoles')}</h2>
      {departments.map((department) => (
        <section key={department} className="dept">
          <h3>{department}</h3>
          <ul className="role-grid" data-testid="role-list">
            {props.roles
              .filter((role) => (role.department || t('noDepartment')) === department)
              .map((role) => (
                <li key={role.id} className="role-card">
                  <a href={routeToHash({ page: 'role', roleId: role.id, tab: 'duties' })}>{roleName(role, locale)}</a>
                  <span className="muted">
                    {' '}
                    {props.counts ? t('roleCardCounts', role.duties.length, props.counts.get(role.id) ?? 0) : t('roleCardDuties', role.duties.length)}
                  </span>
                  {role.origin === 'user' && <span className="item-badge">{t('userRole')}</span>}
                  {role.edited && <span className="item-badge">{t('editedRole')}</span>}
                </li>
              ))}
          </ul>
        </section>
      ))}
      {unassigned > 0 && (
        <p>
          <a href={routeToHash({ page: 'postings', query: { roleId: '-' } })}>{t('unassignedCount', unassigned)}</a>
        </p>
      )}
      <form
        className="card-form"
        aria-labelledby={`${id}-new`}
        onSubmit={(event) => {
          event.preventDefault();
          if (!form.nameZh.trim()) return setState({ kind: 'error', message: t('roleNameRequired') });
          setState({ kind: 'busy' });
          props.onCreate(form).then(
            (roleId) => {
              setForm({ nameZh: '', nameEn: '', department: '' });
              setState({ kind: 'idle' });
              location.hash = routeToHash({ page: 'role', roleId, tab: 'duties' });
            },
            (error: unknown) => setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
          );
        }}
      >
        <h3 id={`${id}-new`}>{t('createRole')}</h3>
        <label>
          {t('roleNameZh')}
          <input value={form.nameZh} onChange={(e) => setForm({ ...form, nameZh: e.target.value })} required />
        </label>
        <label>
          {t('roleNameEn')}
          <input value={form.nameEn} onChange={(e) => setForm({ ...form, nameEn: e.target.value })} />
        </label>
        <label>
          {t('roleDepartment')}
          <input value={form.department} onChange={(e) => setForm({ ...form, department: e.target.value })} />
        </label>
        <button type="submit" disabled={state.kind === 'busy'}>
          {t('createRole')}
        </button>
        {state.kind === 'error' && (
          <p role="alert" className="status status-error">
            {state.message}
          </p>
        )}
      </form>
    </section>
  );
}
