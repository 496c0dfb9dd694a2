import type { ExtractedPosting } from '@/lib/db/schemas';
import { useJdCheck, type JdCheckState } from '@/platform/popup/useJdCheck';
import { useI18n } from '../i18n';

/** The JD check of the ad on screen, wired (the rules load after the comparison is shown). */
export function JdCheck({ posting, roleId }: { posting: ExtractedPosting; roleId: string | null }) {
  return <JdCheckLine state={useJdCheck(posting, roleId)} />;
}

/**
 * One compact line: "3 处可能违规" that opens to each issue (the ground, the words, the line they
 * stand in, and why, citing the law), or a line saying none was found. Page text shows as text.
 */
export function JdCheckLine({ state }: { state: JdCheckState }) {
  const { t, locale } = useI18n();
  if (state.kind === 'checking') {
    return (
      <p className="jd-line muted" role="status" aria-busy="true" data-testid="jd-check-line">
        {t('jdLineChecking')}
      </p>
    );
  }
  if (state.kind === 'error') {
    return (
      <p className="jd-line muted" role="status" data-testid="jd-check-line">
        {t('jdLineError')}
      </p>
    );
  }
  const { flags, input } = state;
  if (flags.length === 0) {
    return (
      <p className="jd-line ok-text" role="status" data-testid="jd-check-line">
        {t('jdLineClean')}
      </p>
    );
  }
  return (
    <details className="jd-line jd-issues" data-testid="jd-check-line">
      <summary>{t(flags.length === 1 ? 'jdLineOneIssue' : 'jdLineIssues', flags.length)}</summary>
      <ul className="item-list">
        {flags.map((flag, i) => (
          <li key={i} data-testid="jd-issue">
            <span className="jd-ground">{t(`jdGround_${flag.category}`)}</span> <mark>{flag.match}</mark>
            {flag.itemIndex !== null && <span className="quote">{input.items[flag.itemIndex]?.text}</span>}
            <span className="jd-reason">{locale === 'en' ? flag.reason.en : flag.reason.zh}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
