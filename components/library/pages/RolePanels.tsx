import { useEffect, useMemo, useState } from 'react';
import type { Role } from '@/lib/db/schemas';
import { buildTemplate, type JdTemplate } from '@/lib/library/template';
import { toMarkdown, toPlainText } from '@/lib/library/template-export';
import { useWorkspace } from '@/platform/library/workspace';
import { useRoleStats } from '@/platform/library/useRoleStats';
import { downloadFile, fileName } from '@/platform/download';
import { StatusMessage } from '../../StatusMessage';
import { useI18n } from '../../i18n';
import { CompetitorStats } from '../CompetitorStats';
import { PostingsList } from '../PostingsList';
import { TemplateBuilder, type ExportKind } from '../TemplateBuilder';
import { routeToHash } from '@/lib/route';

/** The role's saved ads, newest first, from the search index. */
export function RolePostingsPanel({ role }: { role: Role }) {
  const { t } = useI18n();
  const { search } = useWorkspace();
  const [selected, setSelected] = useState<string[]>([]);
  useEffect(search.ensure, [search.ensure]);
  const hits = useMemo(() => search.index?.search({ role: role.id }).hits ?? null, [search.index, search.version, role.id]);
  if (!hits) return <StatusMessage kind="loading">{t('loading')}</StatusMessage>;
  if (!hits.length) return <p className="muted">{t('statsNone')}</p>;
  return (
    <>
      {selected.length >= 2 && (
        <p>
          <a className="button" href={routeToHash({ page: 'compare', postingIds: selected })}>
            {t('compareSelected', selected.length)}
          </a>
        </p>
      )}
      <PostingsList
        hits={hits}
        roleLabel={() => ''}
        selected={selected}
        onToggle={(id) => setSelected((prev) => (prev.includes(id) ? prev.filter((x) => x !== id) : [...prev, id].slice(0, 6)))}
      />
    </>
  );
}

export function RoleCompetitorsPanel({ role }: { role: Role }) {
  const { t } = useI18n();
  const stats = useRoleStats(role);
  if (stats.state === 'loading') return <StatusMessage kind="loading">{t('loading')}</StatusMessage>;
  if (stats.state === 'error') return <StatusMessage kind="error">{t('errorGeneric', stats.message)}</StatusMessage>;
  return <CompetitorStats stats={stats.value.stats} progress={stats.value.done >= stats.value.total ? undefined : stats.value} stale={stats.value.stale} />;
}

/** The JD template builder: starts from the role and its saved ads; edits stay in this page. */
export function RoleTemplatePanel({ role }: { role: Role }) {
  const { t, locale } = useI18n();
  const stats = useRoleStats(role);
  const [template, setTemplate] = useState<JdTemplate | null>(null);
  // The template starts from the statistics over every saved ad, not a partial count.
  const complete = stats.state === 'ready' && stats.value.done >= stats.value.total && !stats.value.stale ? stats.value.stats : null;
  const build = () => complete && setTemplate(buildTemplate(role, complete, { locale }));
  useEffect(() => {
    if (!template) build();
  }, [complete]); // eslint-disable-line react-hooks/exhaustive-deps
  if (stats.state === 'error') return <StatusMessage kind="error">{t('errorGeneric', stats.message)}</StatusMessage>;
  if (!template) return <StatusMessage kind="loading">{t('loading')}</StatusMessage>;
  const onExport = async (kind: ExportKind) => {
    const name = template.title || role.nameZh;
    if (kind === 'markdown') downloadFile(fileName(name, 'md'), toMarkdown(template), 'text/markdown;charset=utf-8');
    else if (kind === 'text') downloadFile(fileName(name, 'txt'), toPlainText(template), 'text/plain;charset=utf-8');
    else if (kind === 'copy') await navigator.clipboard.writeText(toPlainText(template));
    else {
      // docx is heavy: load it only when a Word file is asked for.
      const { toDocx, DOCX_MIME } = await import('@/lib/library/template-docx');
      downloadFile(fileName(name, 'docx'), await toDocx(template), DOCX_MIME);
    }
  };
  return <TemplateBuilder template={template} onChange={setTemplate} onRebuild={() => build()} onExport={onExport} />;
}
