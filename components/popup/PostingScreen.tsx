import { useEffect, useRef } from 'react';
import type { Role } from '@/lib/db/schemas';
import type { SaveState } from './SaveBar';
import type { Comparison, MatchResult } from '@/lib/roles/types';
import type { ExtractedWithBody } from '@/lib/extract/types';
import type { CompetitorSummaryModel, SavedRequirements } from '@/lib/popup-model';
import { useI18n } from '../i18n';
import { roleName } from '../labels';
import { CompetitorsView } from './CompetitorsView';
import { CoverageView } from './CoverageView';
import { JdCheck } from './JdCheckLine';
import type { MarkFn } from './CoveredDuties';
import { PostingHeader } from './PostingHeader';
import { RequirementsView } from './RequirementsView';
import { RolePanel } from './RolePanel';
import { SaveBar } from './SaveBar';

export interface PostingScreenProps {
  posting: ExtractedWithBody;
  match: MatchResult;
  roles: Role[];
  role: Role | undefined;
  byUser: boolean;
  comparison: Comparison | null;
  competitors: CompetitorSummaryModel | null | undefined;
  requirementsSaved: SavedRequirements | null;
  duplicateOf: { title: string; clippedAt: number } | null;
  save: SaveState;
  roleStatus?: string;
  onReassign: (roleId: string) => void;
  onAddDuty: (item: string) => Promise<void>;
  onMark: MarkFn;
  onSave: (extra: { tags: string[]; note: string }) => void;
  onOpenLibrary: () => void;
  onCopyMarkdown: () => Promise<void>;
  /** Called once, when the comparison is first on screen (the popup's speed mark). */
  onRendered?: () => void;
}

/** The comparison view of one posting: header, role, coverage, requirements, competitors, save. */
export function PostingScreen(props: PostingScreenProps) {
  const { t, locale } = useI18n();
  const rendered = useRef(false);
  useEffect(() => {
    if (!rendered.current) {
      rendered.current = true;
      props.onRendered?.();
    }
  });
  return (
    <article aria-labelledby="posting-title" data-testid="posting-screen">
      <PostingHeader posting={props.posting} />
      <JdCheck posting={props.posting} roleId={props.role?.id ?? null} />
      <RolePanel
        match={props.match}
        roles={props.roles}
        roleId={props.role?.id ?? null}
        byUser={props.byUser}
        status={props.roleStatus}
        onReassign={props.onReassign}
      />
      {props.role && props.comparison ? (
        <>
          {props.posting.duties.length === 0 && <p className="notice">{t('noDutiesFound')}</p>}
          <CoverageView comparison={props.comparison} role={props.role} onAddDuty={props.onAddDuty} onMark={props.onMark} />
          <RequirementsView comparison={props.comparison} preferred={props.posting.preferred} saved={props.requirementsSaved} />
          {props.competitors === undefined ? (
            <p className="muted" role="status" aria-busy="true">
              {t('loading')}
            </p>
          ) : (
            <CompetitorsView roleLabel={roleName(props.role, locale)} summary={props.competitors} />
          )}
        </>
      ) : (
        <ItemsOnly posting={props.posting} />
      )}
      <SaveBar
        duplicateOf={props.duplicateOf}
        save={props.save}
        onSave={props.onSave}
        onOpenLibrary={props.onOpenLibrary}
        onCopyMarkdown={props.onCopyMarkdown}
      />
    </article>
  );
}

/** Without a role there is nothing to compare with: show the items as extracted. */
function ItemsOnly({ posting }: { posting: ExtractedWithBody }) {
  const { t } = useI18n();
  const list = (title: string, items: string[], testId: string) =>
    items.length > 0 && (
      <details open>
        <summary>
          {title}（{items.length}）
        </summary>
        <ul className="item-list" data-testid={testId}>
          {items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      </details>
    );
  return (
    <section className="panel" data-testid="items-only">
      {list(t('pmDuties'), posting.duties, 'duties-list')}
      {list(t('pmRequirements'), posting.requirements, 'requirements-list')}
      {list(t('pmPreferred'), posting.preferred, 'preferred-list')}
    </section>
  );
}
