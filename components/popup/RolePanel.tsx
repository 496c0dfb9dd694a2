import { useId } from 'react';
import type { Role } from '@/lib/db/schemas';
import { formatPercent } from '@/lib/format';
import type { MatchResult } from '@/lib/roles/types';
import { useI18n } from '../i18n';
import { roleName } from '../labels';

export interface RolePanelProps {
  match: MatchResult;
  roles: Role[];
  /** The role in force: the matcher's, or the one the user chose. */
  roleId: string | null;
  byUser: boolean;
  status?: string;
  onReassign: (roleId: string) => void;
}

/** The assigned role with its confidence, or "unsure" with the candidates; one click reassigns. */
export function RolePanel({ match, roles, roleId, byUser, status, onReassign }: RolePanelProps) {
  const { t, locale } = useI18n();
  const selectId = useId();
  const byId = new Map(roles.map((role) => [role.id, role]));
  const current = roleId ? byId.get(roleId) : undefined;
  const { evidence } = match;
  return (
    <section className="panel" aria-labelledby={`${selectId}-h`} data-testid="role-panel">
      <h3 id={`${selectId}-h`}>{t('roleHeading')}</h3>
      {current ? (
        <p className="role-line">
          <strong data-testid="role-name">{roleName(current, locale)}</strong>
          {!byUser && match.role && (
            <span className="muted" data-testid="role-confidence">
              {' · '}
              {t('roleConfidence', formatPercent(match.role.score))}
            </span>
          )}
        </p>
      ) : (
        <div>
          <p className="role-line role-unsure" data-testid="role-unsure">
            {t('roleUnsure')}
          </p>
          {match.candidates.length > 0 && (
            <p className="candidates">
              {t('roleCandidates')}
              {match.candidates.map((candidate) => (
                <button
                  key={candidate.id}
                  type="button"
                  className="chip-button"
                  onClick={() => onReassign(candidate.id)}
                  data-testid="role-candidate"
                >
                  {roleName(byId.get(candidate.id), locale) || candidate.id} {formatPercent(candidate.score)}
                </button>
              ))}
            </p>
          )}
        </div>
      )}
      {!byUser && <RoleEvidence evidence={evidence} />}
      <div className="reassign">
        <label htmlFor={selectId}>{t('roleReassign')}</label>
        <select
          id={selectId}
          value=""
          aria-describedby={`${selectId}-hint`}
          onChange={(event) => event.target.value && onReassign(event.target.value)}
          data-testid="role-select"
        >
          <option value="">{t('roleChoose')}</option>
          {roles
            .filter((role) => role.id !== roleId)
            .map((role) => (
              <option key={role.id} value={role.id}>
                {roleName(role, locale)}
              </option>
            ))}
        </select>
      </div>
      <p id={`${selectId}-hint`} className="hint muted">
        {status ?? t('roleReassignHint')}
      </p>
    </section>
  );
}

/**
 * Why the matcher chose (or could not): the title's alias, the jobs a title lists when they are of
 * several roles, and the ad's own words that weighed most for the top role. Page text, shown as text.
 */
function RoleEvidence({ evidence }: { evidence: MatchResult['evidence'] }) {
  const { t } = useI18n();
  const listed = evidence.listedJobs ?? [];
  if (!evidence.alias && !listed.length && !evidence.terms.length) return null;
  return (
    <div className="evidence muted" data-testid="role-evidence">
      {evidence.alias && <p>{t(evidence.alias.learned ? 'evidenceAliasLearned' : 'evidenceAlias', evidence.alias.text)}</p>}
      {listed.length > 1 && <p data-testid="role-evidence-listed">{t('evidenceListedJobs', listed.join('、'))}</p>}
      {evidence.terms.length > 0 && <p data-testid="role-evidence-terms">{t('evidenceTerms', evidence.terms.slice(0, 5).join('、'))}</p>}
    </div>
  );
}
