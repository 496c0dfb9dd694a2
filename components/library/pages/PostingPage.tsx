import { useLiveQuery } from 'dexie-react-hooks';
import type { Posting } from '@/lib/db/schemas';
import { defaultDeps, deletePosting, updatePosting } from '@/lib/db/repo';
import { editDuties } from '@/lib/db/roles-repo';
import { reassignPosting } from '@/lib/roles/learning';
import { markDuty } from '@/lib/roles/teach';
import { routeToHash } from '@/lib/route';
import { getDb } from '@/platform/db';
import { useWorkspace } from '@/platform/library/workspace';
import { StatusMessage } from '../../StatusMessage';
import { useI18n } from '../../i18n';
import { PostingDetail } from '../PostingDetail';

export function PostingPage({ postingId }: { postingId: string }) {
  const { t } = useI18n();
  const db = getDb();
  const ws = useWorkspace();
  const posting = useLiveQuery(() => db.postings.get(postingId), [postingId], null);
  if (posting === null) return <StatusMessage kind="loading">{t('loading')}</StatusMessage>;
  if (!posting) return <StatusMessage kind="error">{t('postingNotFound')}</StatusMessage>;
  const role = posting.roleId ? ws.rolesById.get(posting.roleId) : undefined;
  const refresh = (row: Posting) => {
    if (row) ws.search.index?.upsert(row);
    ws.search.bump();
  };
  return (
    <PostingDetail
      key={posting.updatedAt}
      posting={posting}
      roles={ws.roles}
      role={role}
      comparison={role ? ws.compare(posting, role) : null}
      onReassign={async (roleId) => refresh((await reassignPosting(db, postingId, roleId, defaultDeps)).posting)}
      onPatch={async (patch) => refresh(await updatePosting(db, postingId, patch, defaultDeps))}
      onAddDuty={async (item) => void (role && (await editDuties(db, role.id, 'duties', { op: 'add', text: item }, defaultDeps)))}
      onMark={async (text, dutyId, polarity) => void (role && (await markDuty(db, { roleId: role.id, dutyId, text, polarity }, defaultDeps)))}
      onDelete={async () => {
        await deletePosting(db, postingId);
        ws.search.index?.remove(postingId);
        ws.search.bump();
        location.hash = routeToHash({ page: 'postings', query: {} });
      }}
    />
  );
}
