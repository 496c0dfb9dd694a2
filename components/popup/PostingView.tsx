import { useMemo } from 'react';
import { postingToMarkdown } from '@/lib/posting-markdown';
import { menuRoles } from '@/lib/popup-model';
import type { MatcherIndex } from '@/lib/roles/matcher-index';
import { markPainted } from '@/platform/popup/access';
import { usePostingView } from '@/platform/popup/usePostingView';
import type { Candidate, CompareFn } from '@/platform/popup/usePopup';
import { openLibrary } from '@/platform/tab';
import { useI18n } from '../i18n';
import { roleName } from '../labels';
import { PostingScreen } from './PostingScreen';

/** Wires one posting's comparison view to the library (container; the screen is presentational). */
export function PostingView(props: { candidate: Candidate; url: string; index: MatcherIndex; compare: CompareFn; reloadIndex: () => Promise<MatcherIndex> }) {
  const { t, locale } = useI18n();
  const view = usePostingView(props.candidate, props.url, props.index, props.compare, locale, t, props.reloadIndex);
  const roles = useMemo(() => menuRoles([...props.index.roles.values()]), [props.index]);
  return (
    <PostingScreen
      posting={props.candidate.extracted}
      match={props.candidate.match}
      roles={roles}
      role={view.role}
      byUser={view.assignment.byUser}
      comparison={view.comparison}
      competitors={view.competitors}
      requirementsSaved={view.requirementsSaved}
      duplicateOf={view.duplicate ? { title: view.duplicate.title, clippedAt: view.duplicate.clippedAt } : null}
      save={view.save}
      roleStatus={view.roleStatus}
      onReassign={(roleId) => void view.reassign(roleId)}
      onAddDuty={view.addDuty}
      onMark={view.markDuty}
      onSave={(extra) => void view.onSave(extra)}
      onOpenLibrary={() => void openLibrary(view.duplicate ? `#/postings/${encodeURIComponent(view.duplicate.id)}` : view.role ? `#/roles/${view.role.id}` : '')}
      onCopyMarkdown={() => navigator.clipboard.writeText(postingToMarkdown({ ...props.candidate.extracted, url: props.url }, t, view.role ? roleName(view.role, locale) : undefined))}
      onRendered={() => {
        performance.mark('roleclip:rendered');
        performance.measure('roleclip:open-to-rendered', 'roleclip:open', 'roleclip:rendered');
        markPainted();
      }}
    />
  );
}
