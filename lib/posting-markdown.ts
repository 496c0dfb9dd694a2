import type { ExtractedPosting } from './db/schemas';
import { formatEducation, formatSalary, formatYears } from './format';
import type { Translate } from './i18n';
import { escapeMarkdown as escape } from './library/template-export';

/** One posting as Markdown: heading, facts, then duties, requirements and preferred as lists. */
export function postingToMarkdown(
  posting: ExtractedPosting & { url?: string },
  t: Translate,
  roleLabel?: string,
): string {
  const facts = [
    posting.company && `**${t('pmCompany')}**: ${escape(posting.company)}`,
    posting.location && `**${t('pmLocation')}**: ${escape(posting.location)}`,
    posting.salary && `**${t('pmSalary')}**: ${formatSalary(posting.salary, t)}`,
    posting.experienceYears && `**${t('reqExperience')}**: ${formatYears(posting.experienceYears, t)}`,
    posting.education && `**${t('reqEducation')}**: ${formatEducation(posting.education, t)}`,
    posting.skills.length > 0 && `**${t('reqSkills')}**: ${posting.skills.map(escape).join(', ')}`,
    roleLabel && `**${t('roleHeading')}**: ${escape(roleLabel)}`,
    posting.url && `**${t('pmSource')}**: <${posting.url}>`,
  ].filter(Boolean);
  const section = (heading: string, items: string[]) =>
    items.length ? [`## ${heading}`, '', ...items.map((item, i) => `${i + 1}. ${escape(item)}`), ''] : [];
  return [
    `# ${escape(posting.title || t('untitled'))}`,
    '',
    ...facts.map((fact) => `- ${fact}`),
    '',
    ...section(t('pmDuties'), posting.duties),
    ...section(t('pmRequirements'), posting.requirements),
    ...section(t('pmPreferred'), posting.preferred),
  ]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .concat('\n');
}
