import { useId, useState } from 'react';
import type { Role } from '@/lib/db/schemas';
import type { DutyEdit, DutyList } from '@/lib/db/roles-repo';
import { formatEducation, formatYears } from '@/lib/format';
import { useI18n } from '../i18n';
import { dutyText } from '../labels';
import { DutyPhrasings, type DutyPhrasingsProps } from './DutyPhrasings';
import { ItemListEditor } from './ItemListEditor';
import { ActionStatus, useAction } from './useAction';

export interface RoleEditorProps {
  role: Role;
  /** Titles learned from the user's reassignments. */
  learnedAliases: string[];
  onEditList: (list: DutyList, edit: DutyEdit) => Promise<void>;
  onUpdateInfo: (patch: { nameZh?: string; nameEn?: string; department?: string; aliases?: string[] }) => Promise<void>;
  onRestore: (() => Promise<void>) | null;
  onDelete: (() => Promise<void>) | null;
  /** The duties' phrasings and the user's marks (lib/roles/teach.ts). */
  phrasings: Omit<DutyPhrasingsProps, 'role'>;
}

/** A role's canonical duties, requirement items and aliases, editable; restore or delete. */
export function RoleEditor({ role, learnedAliases, onEditList, onUpdateInfo, onRestore, onDelete, phrasings }: RoleEditorProps) {
  const { t, locale } = useI18n();
  const id = useId();
  const [names, setNames] = useState({ nameZh: role.nameZh, nameEn: role.nameEn, department: role.department });
  const [alias, setAlias] = useState('');
  const { status, setStatus, act } = useAction();
  const listEditor = (list: DutyList, label: string, items: Role['duties']) => (
    <ItemListEditor
      label={label}
      items={items.map((duty) => ({ id: duty.id, text: dutyText(duty, locale) }))}
      onAdd={(text) => onEditList(list, { op: 'add', text })}
      onEdit={(dutyId, text) => onEditList(list, { op: 'edit', dutyId, text })}
      onRemove={(dutyId) => onEditList(list, { op: 'remove', dutyId })}
      onMove={(dutyId, toIndex) => onEditList(list, { op: 'move', dutyId, toIndex })}
    />
  );
  const typical = role.requirements;
  return (
    <div className="role-editor">
      <form
        className="card-form inline-fields"
        onSubmit={(event) => {
          event.preventDefault();
          if (!names.nameZh.trim()) return setStatus({ kind: 'error', message: t('roleNameRequired') });
          act(() => onUpdateInfo(names));
        }}
      >
        <label>
          {t('roleNameZh')}
          <input value={names.nameZh} onChange={(e) => setNames({ ...names, nameZh: e.target.value })} />
        </label>
        <label>
          {t('roleNameEn')}
          <input value={names.nameEn} onChange={(e) => setNames({ ...names, nameEn: e.target.value })} />
        </label>
        <label>
          {t('roleDepartment')}
          <input value={names.department} onChange={(e) => setNames({ ...names, department: e.target.value })} />
        </label>
        <button type="submit" disabled={status.kind === 'busy'}>
          {t('itemSave')}
        </button>
      </form>
      <section aria-labelledby={`${id}-duties`}>
        <h3 id={`${id}-duties`}>{t('pmDuties')}</h3>
        {listEditor('duties', t('pmDuties'), role.duties)}
      </section>
      <DutyPhrasings role={role} {...phrasings} />
      <section aria-labelledby={`${id}-req`}>
        <h3 id={`${id}-req`}>{t('pmRequirements')}</h3>
        <p className="muted" data-testid="typical-requirements">
          {[formatYears(typical.experienceYears, t), formatEducation(typical.education, t), typical.skills.join('、')].filter(Boolean).join(' · ')}
        </p>
        {listEditor('requirements', t('pmRequirements'), role.requirements.items)}
      </section>
      <section aria-labelledby={`${id}-aliases`}>
        <h3 id={`${id}-aliases`}>{t('aliasesHeading')}</h3>
        <ul className="chip-list">
          {role.aliases.map((a) => (
            <li key={a} className="chip">
              {a}
              <button type="button" className="icon" aria-label={t('aliasRemove', a)} onClick={() => act(() => onUpdateInfo({ aliases: role.aliases.filter((x) => x !== a) }))}>
                ×
              </button>
            </li>
          ))}
          {learnedAliases.map((a) => (
            <li key={`learned-${a}`} className="chip chip-muted" title={t('aliasLearned')}>
              {a}
            </li>
          ))}
        </ul>
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!alias.trim()) return;
            act(() => onUpdateInfo({ aliases: [...role.aliases, alias.trim()] }).then(() => setAlias('')));
          }}
        >
          <label htmlFor={`${id}-alias`} className="visually-hidden">
            {t('aliasAdd')}
          </label>
          <input id={`${id}-alias`} value={alias} placeholder={t('aliasAdd')} onChange={(e) => setAlias(e.target.value)} />
          <button type="submit">{t('itemAdd')}</button>
        </form>
      </section>
      <div className="actions">
        {onRestore && (
          <button type="button" className="secondary" onClick={() => window.confirm(t('restoreConfirm')) && act(onRestore)}>
            {t('restoreBuiltin')}
          </button>
        )}
        {onDelete && (
          <button type="button" className="danger" onClick={() => window.confirm(t('deleteRoleConfirm')) && act(onDelete)}>
            {t('deleteRole')}
          </button>
        )}
      </div>
      <ActionStatus status={status} />
    </div>
  );
}
