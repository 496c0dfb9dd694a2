/**
 * Server-template code left in a page's text. A careers page saved from its site's source (or
 * served by a broken template) shows its template language where a value belongs: JSP/ASP
 * `<%=site.getName()%>`, FreeMarker `<#include "x.ftl">` and `<@footer/>`, expression language
 * `${company}`, Mustache/Vue `{{job.name}}`, ThinkPHP/Smarty `{$vo.duty}`, `{$list|raw}`, `{:url('x')}`,
 * `{volist name="list"}…{/volist}`. HTML parsers keep `<%` and `<#` as text, so the code would sit
 * inside a duty ("为<%=…%>开拓伙伴关系"). The code is dropped; the words around it stay.
 */
const TEMPLATE_CODE =
  /<%[\s\S]{0,300}?%>|<\/?[#@][\w.][^<>]{0,200}>|\$\{[^{}\n]{1,120}\}|\{\{[^{}\n]{1,120}\}\}|\{[$:][\w$.[\]'"(),:|=/ -]{1,120}\}|\{\/?(?:volist|foreach|if|elseif|else|empty|notempty|present|notpresent|eq|neq|php|include|section|literal)\b[^{}\n]{0,120}\}/g;
const HINT = /<%|<\/?[#@]|\$\{|\{\{|\{[$:/]|\{(?:volist|foreach|if|else|empty|notempty|present|eq|neq|php|include|section)\b/;

export function withoutTemplateCode(text: string): string {
  if (!HINT.test(text)) return text;
  return text.replace(TEMPLATE_CODE, ' ').replace(/\s{2,}/g, ' ').trim();
}
