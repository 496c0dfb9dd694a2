import type { NotJobReason } from '@/lib/extract/types';
import { useI18n } from '../i18n';

/** A page that is not a job ad, said in plain words, with the two ways on. */
export function NotJobNotice({ reason }: { reason: NotJobReason }) {
  const { t } = useI18n();
  return (
    <div className="notice" role="status" data-testid="not-job">
      <p className="notice-main">{t(`notJob_${reason.replace(/-/g, '_')}`)}</p>
      <p>{t('notJobWaysOn')}</p>
    </div>
  );
}
