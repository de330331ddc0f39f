import { defineResource } from '../../graphql/resource';
import { ApplicationResource } from '../application/application.resource';
import { AppointmentResource } from '../appointment/appointment.resource';
import { ExpertResource } from '../expert/expert.resource';
import { DivisionResource, SectorResource } from '../geo/geo.resource';
import { InstitutionResource } from '../institution/institution.resource';
import { ProjectResource } from '../project/project.resource';
import { EnterpriseTie, TieKind } from './enterprise-tie.entity';
import { Enterprise } from './enterprise.entity';

export const EnterpriseResource = defineResource({
  entity: Enterprise,
  name: 'Enterprise',
  plural: 'enterprises',
  single: 'enterprise',
  description: '科技企业列表 / Technology enterprises',
  filters: {
    name: 'string',
    creditCode: 'string',
    registeredOn: 'date',
    independentLegalPerson: 'boolean',
    highTech: 'boolean',
    gazelle: 'boolean',
    municipalProject: 'boolean',
    revenueFen: 'money',
    rdSpendingFen: 'money',
    violationOn: 'date',
    financesSound: 'boolean',
    employees: 'int',
  },
  relations: {
    division: { resource: () => DivisionResource, description: '所在县（市、区） / County-level division' },
    sector: { resource: () => SectorResource, description: '所属领域 / Sector' },
  },
  children: {
    applications: { resource: () => ApplicationResource, foreignKey: 'enterprise', description: '申报记录 / Applications' },
    appointments: { resource: () => AppointmentResource, foreignKey: 'enterprise', description: '派驻的科技副总 / Appointments hosted' },
    projects: { resource: () => ProjectResource, foreignKey: 'enterprise', description: '协同创新项目 / Co-innovation projects' },
    ties: {
      resource: () => EnterpriseTieResource,
      foreignKey: 'enterprise',
      description: '创办或入股关系（规则N2） / Founding and shareholding ties (rule N2)',
    },
  },
  sortable: ['name', 'creditCode', 'registeredOn', 'revenueFen', 'rdSpendingFen', 'employees'],
  keys: { creditCode: { kind: 'string', description: '统一社会信用代码 / Unified social credit code' } },
});

export const EnterpriseTieResource = defineResource({
  entity: EnterpriseTie,
  name: 'EnterpriseTie',
  plural: 'enterpriseTies',
  single: 'enterpriseTie',
  description: '企业创办或入股关系 / Founding and shareholding ties (rule N2)',
  filters: { kind: { enum: TieKind, name: 'TieKind' }, since: 'date' },
  relations: {
    enterprise: { resource: () => EnterpriseResource, description: '企业 / Enterprise' },
    expert: { resource: () => ExpertResource, description: '专家 / Expert', nullable: true },
    institution: { resource: () => InstitutionResource, description: '高校院所 / Institution', nullable: true },
  },
  sortable: ['since'],
});
