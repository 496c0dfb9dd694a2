import type { RoleTab } from '@/lib/route';
import { useWorkspace } from '@/platform/library/workspace';
import { RoleCompetitorsPanel, RolePostingsPanel, RoleTemplatePanel } from './RolePanels';
import { RolePage } from './RolePage';

/** A role's page with its panels (a chunk of its own: the posting list does not load it). */
export function RoleRoute({ roleId, tab }: { roleId: string; tab: RoleTab }) {
  const role = useWorkspace().rolesById.get(roleId);
  return (
    <RolePage
      roleId={roleId}
      tab={tab}
      panels={
        role
          ? {
              postings: <RolePostingsPanel role={role} />,
              competitors: <RoleCompetitorsPanel role={role} />,
              template: <RoleTemplatePanel role={role} />,
            }
          : {}
      }
    />
  );
}
