import { useId, useState } from 'react';
import type { JdTemplate, TemplateItem } from '@/lib/library/template';
import { addItem, addSection, editItem, moveItem, removeItem, removeSection, setSalary, setTitle } from '@/lib/library/template-edit';
import { checkJd, jdInputFromTemplate } from '@/lib/library/jdcheck';
import { useI18n } from '../i18n';
import { ItemListEditor } from './ItemListEditor';
import { JdCheckView } from './JdCheckView';

export type ExportKind = 'markdown' | 'text' | 'docx' | 'copy';

/** Edit a JD template (sections of items, each with its origin and frequency), check it, export it. */
export function TemplateBuilder(props: {
  template: JdTemplate;
  onChange: (next: JdTemplate) => void;
  onRebuild: () => void;
  onExport: (kind: ExportKind) => Promise<void>;
}) {
  const { t } = useI18n();
  const id = useId();
  const tpl = props.template;
  const [newSection, setNewSection] = useState('');
  const [exporting, setExporting] = useState<{ kind: ExportKind | null; error?: string; done?: ExportKind }>({ kind: null });
  const change = async (next: JdTemplate) => props.onChange(next);
  const badge = (item: TemplateItem) =>
    item.origin === 'saved' && item.frequency
      ? t('originSaved', item.frequency.count, item.frequency.total)
      : item.origin === 'role'
        ? item.frequency && item.frequency.total > 0
          ? `${t('originRole')} · ${t('originSaved', item.frequency.count, item.frequency.total)}`
          : t('originRole')
        : t('originUser');
  const input = jdInputFromTemplate(tpl);
  const run = (kind: ExportKind) => {
    setExporting({ kind });
    props.onExport(kind).then(
      () => setExporting({ kind: null, done: kind }),
      (error: unknown) => setExporting({ kind: null, error: error instanceof Error ? error.message : String(error) }),
    );
  };
  return (
    <div className="template-builder" data-testid="template-builder">
      <div className="card-form inline-fields">
        <label>
          {t('templateTitle')}
          <input value={tpl.title} onChange={(e) => void change(setTitle(tpl, e.target.value))} data-testid="template-title" />
        </label>
        <label>
          {t('templateSalary')}
          <input value={tpl.salary} placeholder={t('templateSalaryPlaceholder')} onChange={(e) => void change(setSalary(tpl, e.target.value))} data-testid="template-salary" />
        </label>
        <button type="button" className="secondary" onClick={props.onRebuild}>
          {t('rebuildTemplate')}
        </button>
      </div>
      {tpl.sections.map((section) => (
        <section key={section.id} aria-labelledby={`${id}-${section.id}`} className="template-section">
          <h3 id={`${id}-${section.id}`}>
            {section.title}{' '}
            {section.kind === 'custom' && (
              <button type="button" className="icon danger" aria-label={t('removeSection', section.title)} onClick={() => void change(removeSection(tpl, section.id))}>
                ×
              </button>
            )}
          </h3>
          <ItemListEditor
            label={section.title}
            items={section.items.map((item) => ({ id: item.id, text: item.text, badge: badge(item) }))}
            onAdd={(text) => change(addItem(tpl, section.id, text.trim()))}
            onEdit={(itemId, text) => change(editItem(tpl, section.id, itemId, text.trim()))}
            onRemove={(itemId) => change(removeItem(tpl, section.id, itemId))}
            onMove={(itemId, index) => change(moveItem(tpl, { sectionId: section.id, itemId }, { sectionId: section.id, index }))}
          />
        </section>
      ))}
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!newSection.trim()) return;
          void change(addSection(tpl, newSection.trim()));
          setNewSection('');
        }}
      >
        <label htmlFor={`${id}-section`} className="visually-hidden">
          {t('sectionTitle')}
        </label>
        <input id={`${id}-section`} value={newSection} placeholder={t('sectionTitle')} onChange={(e) => setNewSection(e.target.value)} />
        <button type="submit">{t('addSection')}</button>
      </form>
      <JdCheckView flags={checkJd(input)} input={input} />
      <div className="actions" aria-busy={exporting.kind !== null || undefined}>
        {(['markdown', 'text', 'docx', 'copy'] as const).map((kind) => (
          <button key={kind} type="button" className={kind === 'markdown' ? undefined : 'secondary'} disabled={exporting.kind !== null} onClick={() => run(kind)}>
            {exporting.kind === kind ? t('exporting') : t({ markdown: 'exportMarkdown', text: 'exportText', docx: 'exportDocx', copy: 'copyText' }[kind])}
          </button>
        ))}
      </div>
      <div aria-live="polite">
        {exporting.done === 'copy' && <p className="status status-ok">{t('copied')}</p>}
        {exporting.error && (
          <p role="alert" className="status status-error">
            {t('errorGeneric', exporting.error)}
          </p>
        )}
      </div>
    </div>
  );
}
