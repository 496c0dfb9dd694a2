import { createRole } from '@/lib/db/roles-repo';
import { defaultDeps } from '@/lib/db/repo';
import { getDb } from '@/platform/db';
import { useRoleCounts, useRoles } from '@/platform/library/hooks';
import { StatusMessage } from '../../StatusMessage';
import { useI18n } from '../../i18n';
import { RolesList } from '../RolesList';

export function RolesPage() {
  const { t } = useI18n();
  const roles = useRoles();
  const counts = useRoleCounts(roles?.map((role) => role.id));
  if (!roles) return <StatusMessage kind="loading">{t('loading')}</StatusMessage>;
  return (
    <RolesList
      roles={roles}
      counts={counts}
      onCreate={async (input) => (await createRole(getDb(), input, defaultDeps)).id}
    />
  );
}
