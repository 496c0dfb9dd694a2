import { lazy, Suspense } from 'react';
import type { Route } from '@/lib/route';
import { WorkspaceProvider, useWorkspace } from '@/platform/library/workspace';
import { StatusMessage } from '../../StatusMessage';
import { useI18n } from '../../i18n';
import { roleName } from '../../labels';
import { PostingsPage } from './PostingsPage';
import { pageLoaders } from './loaders';

const RolesPage = lazy(pageLoaders.roles);
const RoleRoute = lazy(pageLoaders.role);
const PostingPage = lazy(pageLoaders.posting);
const ComparePage = lazy(pageLoaders.compare);
const DataPage = lazy(pageLoaders.data);

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
  const { t } = useI18n();
  const ws = useWorkspace();
  return (
    <Suspense fallback={<StatusMessage kind="loading">{t('loading')}</StatusMessage>}>
      {route.page === 'roles' && <RolesPage />}
      {route.page === 'role' && <RoleRoute roleId={route.roleId} tab={route.tab} />}
      {route.page === 'postings' && <PostingsPage query={route.query} search={ws.search} roles={ws.roles} />}
      {route.page === 'posting' && <PostingPage postingId={route.postingId} />}
      {route.page === 'compare' && <ComparePage postingIds={route.postingIds} />}
      {route.page === 'data' && <DataPage />}
    </Suspense>
  );
}
