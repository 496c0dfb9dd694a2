import type { JdCheckInput, JdFlag } from '@/lib/library/jdcheck';
import { useI18n } from '../i18n';

/** The JD check's flags: the words, where they are, and why (law-citing reasons in both languages). */
export function JdCheckView({ flags, input }: { flags: JdFlag[]; input: JdCheckInput }) {
  const { t, locale } = useI18n();
  return (
    <section className="panel" aria-labelledby="jdcheck-h" data-testid="jd-check">
      <h3 id="jdcheck-h">{t('jdCheckHeading')}</h3>
      {flags.length === 0 ? (
        <p className="ok-text">{t('jdCheckClean')}</p>
      ) : (
        <ul className="flag-list">
          {flags.map((flag, i) => {
            const item = flag.itemIndex === null ? null : input.items[flag.itemIndex];
            return (
              <li key={i} className={`flag flag-${flag.severity}`} data-testid="jd-flag">
                <span className="flag-severity">{t(`severity_${flag.severity}`)}</span>{' '}
                {flag.match ? <mark>{flag.match}</mark> : null}
                {item && <span className="muted"> — {item.text}</span>}
                <p className="flag-reason">{locale === 'en' ? flag.reason.en : flag.reason.zh}</p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
