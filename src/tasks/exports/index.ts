/** Exports of the tasks of many plans: rows (CSV, JSON, a terminal table) and an iCalendar file. */
export { COLUMNS, flatRow, recurrenceOf, taskRows, type Column, type FlatRow, type TaskRow } from './task-rows.js';
export { toCsv, type CsvOptions } from './csv.js';
export { formatTable } from './table.js';
export { buildCalendar, type CalendarOptions } from './ics.js';
export { calendarEvents, firstOccurrence, planStart, type CalendarEvent, type SkippedDeadline } from './calendar-events.js';
export { escapeText, foldLine } from './ics-text.js';
