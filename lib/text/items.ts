/**
 * Item markers: the numbering or bullet in front of a list item. Shared by the section splitter
 * (which removes them from items) and by duplicate detection (which must ignore them).
 */

// 1、 1. 1） (1) （1） 1: ① 一、 (一) • · - * ● ◆ ■ ▪ ► ✓ √ ※ and the "?" that a lost bullet
// character turns into. Digits need a delimiter so "3年以上经验" keeps its number.
export const ITEM_MARKER =
  /^\s*(?:[(（][0-9一二三四五六七八九十]{1,3}[)）]|[0-9]{1,2}(?:[.．、，,:：)）]|\s(?=\D))(?![0-9])|[①-⑳⑴-⒇⒈-⒛]|[一二三四五六七八九十]{1,3}[、.．:：]|[•·∙\-–—*●○◆◇■□▪▫►▶✓✔√※→>?？]+(?=\s|[^\s?？]))\s*/u;

/** The item without its leading number or bullet. */
export function stripItemMarker(item: string): string {
  return item.replace(ITEM_MARKER, '');
}
