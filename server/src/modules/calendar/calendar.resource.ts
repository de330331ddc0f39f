import { defineResource } from '../../graphql/resource';
import { WorkCalendarDay } from './work-calendar-day.entity';

export const WorkCalendarDayResource = defineResource({
  entity: WorkCalendarDay,
  name: 'WorkCalendarDay',
  plural: 'workCalendarDays',
  single: 'workCalendarDay',
  description: '工作日历调整（法定假日与调休） / Calendar exceptions: statutory holidays and make-up workdays',
  filters: { day: 'date', isWorkday: 'boolean', note: 'string' },
  sortable: ['day'],
  keys: { day: { kind: 'date', description: '日期 YYYY-MM-DD / Date' } },
});
