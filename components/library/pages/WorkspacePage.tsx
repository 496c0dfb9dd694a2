import type { Route } from '@/lib/route';
import { WorkspaceProvider, useWorkspace } from '@/platform/library/workspace';
import { StatusMessage } from '../../StatusMessage';
import { useI18n } from '../../i18n';
import { roleName } from '../../labels';
import { ComparePage } from './ComparePage';
import { DataPage } from './DataPage';
import { PostingPage } from './PostingPage';
import { PostingsPage } from './PostingsPage';
import { RoleCompetitorsPanel, RolePostingsPanel, RoleTemplatePanel } from './RolePanels';
import { RolePage } from './RolePage';
import { RolesPage } from './RolesPage';

/** The page for a route, inside the workspace's shared data. */
export function WorkspacePage({ route }: { route: Route }) {
  const { t } = useI18n();
  return (
    <WorkspaceProvider fallback={<StatusMessage kind="loading">{t('loading')}</StatusMessage>}>
      <BackgroundWork />
      <Page route={route} />
    </WorkspaceProvider>
  );
}

/**
 * Work the workspace does on its own (indexing a library upgraded from before the stored search
 * index, once; bringing roles' cached statistics up to date after roles or ads changed), said at
 * the top; hidden while it only checks whether there is any.
 */
function BackgroundWork() {
  const { t, locale } = useI18n();
  const { search, statsWork } = useWorkspace();
  if (search.work === 'checking') return <span data-testid="background-work" hidden />;
  if (search.work !== 'rebuilding') {
    if (!statsWork) return null;
    if (statsWork === 'checking') return <span data-testid="background-work" hidden />;
    return (
      <StatusMessage kind="loading">
        <span data-testid="background-work">{t('statsRefreshing', roleName(statsWork.role, locale), statsWork.done + 1, statsWork.of)}</span>
      </StatusMessage>
    );
  }
  return (
    <StatusMessage kind="loading">
      <span data-testid="background-work">{t('indexRebuilding', search.loaded, Number.isNaN(search.total) ? '…' : search.total)}</span>
    </StatusMessage>
  );
}

function Page({ route }: { route: Route }) {
  const ws = useWorkspace();
  switch (route.page) {
    case 'roles':
      return <RolesPage />;
    case 'role': {
      const role = ws.rolesById.get(route.roleId);
      return (
        <RolePage
          roleId={route.roleId}
          tab={route.tab}
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
    case 'postings':
      return <PostingsPage query={route.query} search={ws.search} roles={ws.roles} />;
    case 'posting':
      return <PostingPage postingId={route.postingId} />;
    case 'compare':
      return <ComparePage postingIds={route.postingIds} />;
    case 'data':
      return <DataPage />;
  }
}
