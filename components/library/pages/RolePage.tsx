import type { ReactNode } from 'react';
import { deleteRole, editDuties, restoreBuiltinRole, updateRoleInfo } from '@/lib/db/roles-repo';
import { defaultDeps } from '@/lib/db/repo';
import { ROLE_TABS, routeToHash, type RoleTab } from '@/lib/route';
import { getDb } from '@/platform/db';
import { builtinRole } from '@/platform/library/builtin';
import { useWorkspace } from '@/platform/library/workspace';
import { StatusMessage } from '../../StatusMessage';
import { useI18n } from '../../i18n';
import { roleName } from '../../labels';
import { setDutyPhrasings, unmarkDuty } from '@/lib/roles/teach';
import { RoleEditor } from '../RoleEditor';

/** A role's page: its tabs (duties, saved postings, competitors, JD template). */
export function RolePage({ roleId, tab, panels }: { roleId: string; tab: RoleTab; panels: Partial<Record<RoleTab, ReactNode>> }) {
  const { t, locale } = useI18n();
  const db = getDb();
  // The workspace already holds every role and alias, live: no read of its own.
  const ws = useWorkspace();
  const role = ws.rolesById.get(roleId);
  if (!role) return <StatusMessage kind="error">{t('roleNotFound')}</StatusMessage>;
  const learned = ws.aliases.filter((a) => a.roleId === roleId);
  return (
    <section aria-labelledby="role-h">
      <h2 id="role-h">{roleName(role, locale)}</h2>
      <nav aria-label={t('roleTabs')}>
        <ul className="tabs">
          {ROLE_TABS.map((name) => (
            <li key={name}>
              <a href={routeToHash({ page: 'role', roleId, tab: name })} aria-current={name === tab ? 'page' : undefined}>
                {t(`roleTab_${name}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {tab === 'duties' ? (
        <RoleEditor
          key={role.updatedAt}
          role={role}
          learnedAliases={learned.map((a) => a.text)}
          onEditList={async (list, edit) => void (await editDuties(db, roleId, list, edit, defaultDeps))}
          onUpdateInfo={async (patch) => void (await updateRoleInfo(db, roleId, patch, defaultDeps))}
          phrasings={{
            onSetPhrasings: async (dutyId, list) => void (await setDutyPhrasings(db, { roleId, dutyId, phrasings: list }, defaultDeps)),
            onUnmark: async (dutyId, text) => void (await unmarkDuty(db, { roleId, dutyId, text }, defaultDeps)),
          }}
          onRestore={
            role.origin === 'builtin' && role.edited
              ? async () => {
                  const builtin = await builtinRole(role.id);
                  if (!builtin) throw new Error(t('roleNotFound'));
                  await restoreBuiltinRole(db, builtin, defaultDeps);
                }
              : null
          }
          onDelete={
            role.origin === 'user'
              ? async () => {
                  await deleteRole(db, roleId, defaultDeps);
                  location.hash = routeToHash({ page: 'roles' });
                }
              : null
          }
        />
      ) : (
        panels[tab]
      )}
    </section>
  );
}
