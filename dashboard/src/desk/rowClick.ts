import type { MouseEvent } from 'react';

/**
 * Clicks on links, buttons, inputs and checkboxes inside a table row are theirs, not the row's.
 * Without this a click on a row's link navigated twice (the link, then the row's handler): two
 * history entries for one record, so the browser's Back stayed on the record.
 */
export function isOwnClick(e: MouseEvent): boolean {
  return !!(e.target as HTMLElement).closest('a, button, input, label, .ant-checkbox-wrapper, .ant-select');
}
