import { defineResource } from '../../graphql/resource';
import { AppointmentResource } from '../appointment/appointment.resource';
import { SectorResource } from '../geo/geo.resource';
import { InstitutionResource } from '../institution/institution.resource';
import { Degree, Expert, Gender, ProfessionalTitle } from './expert.entity';

export const ExpertResource = defineResource({
  entity: Expert,
  name: 'Expert',
  plural: 'experts',
  single: 'expert',
  description: '专家列表 / Experts',
  filters: {
    name: 'string',
    gender: { enum: Gender, name: 'Gender' },
    degree: { enum: Degree, name: 'Degree' },
    title: { enum: ProfessionalTitle, name: 'ProfessionalTitle' },
    discipline: 'string',
    workStartedOn: 'date',
    misconductOn: 'date',
    bannedUntil: 'date',
    topTalent: 'boolean',
  },
  relations: {
    institution: { resource: () => InstitutionResource, description: '派出单位 / Sending institution' },
    sector: { resource: () => SectorResource, description: '主要领域 / Main sector', nullable: true },
  },
  children: {
    appointments: {
      resource: () => AppointmentResource,
      foreignKey: 'expert',
      description: '任职记录 / Appointments',
      orderBy: { serviceStart: 'asc' },
    },
  },
  sortable: ['name', 'workStartedOn', 'createdAt'],
});
