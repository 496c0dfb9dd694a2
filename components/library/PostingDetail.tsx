import { useId, useState } from 'react';
import type { Posting, Role } from '@/lib/db/schemas';
import type { PostingPatch } from '@/lib/db/repo';
import type { Comparison } from '@/lib/roles/types';
import { checkJd, jdInputFromPosting } from '@/lib/library/jdcheck';
import { useI18n } from '../i18n';
import { roleName } from '../labels';
import { PostingHeader } from '../popup/PostingHeader';
import { CoverageView } from '../popup/CoverageView';
import type { MarkFn } from '../popup/CoveredDuties';
import { RequirementsView } from '../popup/RequirementsView';
import { ItemListEditor } from './ItemListEditor';
import { ActionStatus, useAction } from './useAction';
import { JdCheckView } from './JdCheckView';

export interface PostingDetailProps {
  posting: Posting;
  roles: Role[];
  role: Role | undefined;
  comparison: Comparison | null;
  onReassign: (roleId: string | null) => Promise<void>;
  onPatch: (patch: PostingPatch) => Promise<void>;
  onAddDuty: (item: string) => Promise<void>;
  /** "This sentence covers duty X" / "this is not X", remembered for every later ad. */
  onMark: MarkFn;
  onDelete: () => Promise<void>;
}

/** Only http(s) links are offered: a page could have given any string as its URL. */
function safeHref(url: string): string | null {
  return /^https?:\/\//i.test(url) ? url : null;
}

export function PostingDetail(props: PostingDetailProps) {
  const { t, locale } = useI18n();
  const id = useId();
  const { posting } = props;
  const [meta, setMeta] = useState({ title: posting.title, company: posting.company, location: posting.location, tags: posting.tags.join('，'), note: posting.note });
  const { status, act } = useAction();
  const listEditor = (key: 'duties' | 'requirements' | 'preferred', label: string) => {
    const items = posting[key];
    const set = (next: string[]) => props.onPatch({ [key]: next });
    return (
      <ItemListEditor
        label={label}
        items={items.map((text, i) => ({ id: String(i), text }))}
        onAdd={(text) => set([...items, text.trim()])}
        onEdit={(i, text) => set(items.map((x, j) => (j === Number(i) ? text.trim() : x)))}
        onRemove={(i) => set(items.filter((_, j) => j !== Number(i)))}
        onMove={(i, to) => {
          const next = [...items];
          const [moved] = next.splice(Number(i), 1);
          next.splice(to, 0, moved!);
          return set(next);
        }}
      />
    );
  };
  const href = safeHref(posting.url);
  const jdInput = jdInputFromPosting(posting);
  return (
    <article className="posting-detail" aria-labelledby="posting-title" data-testid="posting-detail">
      <PostingHeader posting={posting} />
      {href && (
        <p>
          <a href={href} target="_blank" rel="noreferrer noopener">
            {t('openSource')}
          </a>
        </p>
      )}
      <p className="reassign">
        <label htmlFor={`${id}-role`}>{t('filterRole')}</label>
        <select
          id={`${id}-role`}
          value={posting.roleId ?? ''}
          onChange={(event) => act(() => props.onReassign(event.target.value || null))}
          data-testid="posting-role"
        >
          <option value="">{t('filterNoRole')}</option>
          {props.roles.map((role) => (
            <option key={role.id} value={role.id}>
              {roleName(role, locale)}
            </option>
          ))}
        </select>
        {posting.roleAssignedBy === 'user' && <span className="muted"> {t('chosenByYou')}</span>}
      </p>
      {props.role && props.comparison && (
        <>
          <CoverageView comparison={props.comparison} role={props.role} onAddDuty={props.onAddDuty} onMark={props.onMark} />
          <RequirementsView comparison={props.comparison} preferred={[]} saved={null} />
        </>
      )}
      <JdCheckView flags={checkJd(jdInput)} input={jdInput} />
      <section aria-labelledby={`${id}-edit`}>
        <h3 id={`${id}-edit`}>{t('editPosting')}</h3>
        <form
          className="card-form inline-fields"
          onSubmit={(event) => {
            event.preventDefault();
            act(() =>
              props.onPatch({
                title: meta.title.trim(),
                company: meta.company.trim(),
                location: meta.location.trim(),
                tags: [...new Set(meta.tags.split(/[,，、;；]/).map((x) => x.trim()).filter(Boolean))],
                note: meta.note,
              }),
            );
          }}
        >
          <label>
            {t('postingTitleLabel')}
            <input value={meta.title} onChange={(e) => setMeta({ ...meta, title: e.target.value })} />
          </label>
          <label>
            {t('pmCompany')}
            <input value={meta.company} onChange={(e) => setMeta({ ...meta, company: e.target.value })} />
          </label>
          <label>
            {t('pmLocation')}
            <input value={meta.location} onChange={(e) => setMeta({ ...meta, location: e.target.value })} />
          </label>
          <label>
            {t('tagsLabel')}
            <input value={meta.tags} onChange={(e) => setMeta({ ...meta, tags: e.target.value })} />
          </label>
          <label className="wide">
            {t('noteLabel')}
            <textarea rows={3} value={meta.note} onChange={(e) => setMeta({ ...meta, note: e.target.value })} />
          </label>
          <button type="submit" disabled={status.kind === 'busy'}>
            {t('itemSave')}
          </button>
        </form>
        <h4>{t('pmDuties')}</h4>
        {listEditor('duties', t('pmDuties'))}
        <h4>{t('pmRequirements')}</h4>
        {listEditor('requirements', t('pmRequirements'))}
        <h4>{t('pmPreferred')}</h4>
        {listEditor('preferred', t('pmPreferred'))}
      </section>
      <div className="actions">
        <button type="button" className="danger" onClick={() => window.confirm(t('deletePostingConfirm')) && act(props.onDelete)}>
          {t('deletePosting')}
        </button>
      </div>
      <ActionStatus status={status} />
    </article>
  );
}
