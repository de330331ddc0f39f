/**
 * The shared desk kit (docs: dashboard/README.md "Work desks"). Desk pages import from here;
 * the API only grows (other desks build on it).
 */
export { ActionBar, useTransitions, type ActionSpec, type Transition } from './ActionBar';
export { DeskList, type SearchField } from './DeskList';
export { isOwnClick } from './rowClick';
export { ListLink } from './ListLink';
export { DeskPage, useCameFrom } from './DeskPage';
export { DeskErrorAlert, useWorkflowAction } from './useWorkflowAction';
export { readDeskError, pickLanguage, type DeskError } from './errors';
export { parseYuan, fenToYuanInput } from './money';
export { chinaToday, chinaDay, daysBetween, addYears, addDays, defaultServicePeriod, minServiceEnd, ISO_DATE } from './dates';
export { validateCreditCode, validateMobilePhone, validateResidentId } from './identifiers';
export { readListState, writeListState, listKey, PAGE_SIZES, type ListState } from './listState';
export { useText, KIT_TEXT, ACTION_LABELS } from './text';
export { useTodo } from './useTodo';
export { yuanRule, creditCodeRule, residentIdRule, mobilePhoneRule } from './rules';
