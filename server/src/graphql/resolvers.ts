import {
  ApplicationAggregate,
  ApplicationResource,
  ApplicationMaterialResource,
  CandidateMatchResource,
  ReviewDecisionResource,
  RuleCheckResource,
} from '../modules/application/application.resource';
import { AgreementResource, AppointmentAggregate, AppointmentResource } from '../modules/appointment/appointment.resource';
import { WorkCalendarDayResource } from '../modules/calendar/calendar.resource';
import { CalendarResolver } from '../modules/calendar/calendar.resolver';
import { CallResource } from '../modules/call/call.resource';
import { EnterpriseResource, EnterpriseTieResource } from '../modules/enterprise/enterprise.resource';
import {
  EvaluationAggregate,
  EvaluationCycleResource,
  EvaluationResource,
  RewardResource,
} from '../modules/evaluation/evaluation.resource';
import { ExpertResource } from '../modules/expert/expert.resource';
import { ExpertInvitationResolver } from '../modules/expert/expert.resolver';
import { FilingRecordResource } from '../modules/filing/filing.resource';
import { DivisionResource, SectorResource } from '../modules/geo/geo.resource';
import { InstitutionResource } from '../modules/institution/institution.resource';
import {
  AchievementResource,
  AnnualReportResource,
  IpApplicationResource,
  LedgerEntryAggregate,
  LedgerEntryResource,
  LedgerEvidenceResource,
} from '../modules/ledger/ledger.resource';
import { ObjectionResource, PublicNoticeResource } from '../modules/notice/notice.resource';
import { DisbursementAggregate, DisbursementResource, ProjectAggregate, ProjectResource } from '../modules/project/project.resource';
import { IdentityResolver } from '../modules/identity/identity.resolver';
import { EnterprisePersonalDataResolver, ExpertPersonalDataResolver } from '../modules/identity/personal-data.resolver';
import { AuditLogResource, UserResource } from '../modules/identity/identity.resource';
import { ReferenceResolver } from '../modules/reference/reference.resolver';
import { WORKFLOW_RESOLVERS } from '../modules/workflow/workflow.resolver';
import { DESK_RESOLVERS } from '../modules/workflow/desk.resolver';
import { ACCOUNT_ADMIN_RESOLVERS } from '../modules/identity/account-admin.resolver';
import { BatchResolver } from '../modules/workflow/batch.resolver';
import { MATCHING_RESOLVERS } from '../modules/matching/matching.resolver';
import { AnalyticsResolver } from '../modules/analytics/analytics.resolver';
import { NodeResolver } from './resource';

export const RESOURCES = [
  DivisionResource,
  SectorResource,
  InstitutionResource,
  ExpertResource,
  EnterpriseResource,
  EnterpriseTieResource,
  CallResource,
  ApplicationResource,
  ReviewDecisionResource,
  RuleCheckResource,
  ApplicationMaterialResource,
  CandidateMatchResource,
  AppointmentResource,
  AgreementResource,
  PublicNoticeResource,
  ObjectionResource,
  FilingRecordResource,
  WorkCalendarDayResource,
  LedgerEntryResource,
  LedgerEvidenceResource,
  AchievementResource,
  IpApplicationResource,
  AnnualReportResource,
  EvaluationCycleResource,
  EvaluationResource,
  RewardResource,
  ProjectResource,
  DisbursementResource,
  UserResource,
  AuditLogResource,
];

/** Every resolver class of the API. */
export const AGGREGATES = [
  AppointmentAggregate,
  ApplicationAggregate,
  LedgerEntryAggregate,
  EvaluationAggregate,
  ProjectAggregate,
  DisbursementAggregate,
];

export const RESOLVERS = [
  ReferenceResolver,
  CalendarResolver,
  IdentityResolver,
  ExpertPersonalDataResolver,
  EnterprisePersonalDataResolver,
  NodeResolver,
  ...RESOURCES.flatMap((r) => r.resolvers),
  ...AGGREGATES.flat(),
  AnalyticsResolver,
  ...WORKFLOW_RESOLVERS,
  ...DESK_RESOLVERS,
  ...ACCOUNT_ADMIN_RESOLVERS,
  BatchResolver,
  ...MATCHING_RESOLVERS,
  ExpertInvitationResolver,
];
