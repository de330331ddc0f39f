import { Application } from '../modules/application/application.entity';
import { CandidateMatch } from '../modules/application/candidate-match.entity';
import { ApplicationMaterial } from '../modules/application/material.entity';
import { ReviewDecision } from '../modules/application/review-decision.entity';
import { RuleCheck } from '../modules/application/rule-check.entity';
import { Agreement } from '../modules/appointment/agreement.entity';
import { Appointment } from '../modules/appointment/appointment.entity';
import { AuditLog } from '../modules/audit/audit-log.entity';
import { WorkCalendarDay } from '../modules/calendar/work-calendar-day.entity';
import { Call } from '../modules/call/call.entity';
import { Enterprise } from '../modules/enterprise/enterprise.entity';
import { EnterpriseTie } from '../modules/enterprise/enterprise-tie.entity';
import { EvaluationCycle } from '../modules/evaluation/evaluation-cycle.entity';
import { Evaluation } from '../modules/evaluation/evaluation.entity';
import { Reward } from '../modules/evaluation/reward.entity';
import { Expert } from '../modules/expert/expert.entity';
import { FilingRecord } from '../modules/filing/filing-record.entity';
import { VerifyThrottle } from '../modules/documents/verify-throttle.entity';
import { Division } from '../modules/geo/division.entity';
import { Sector } from '../modules/geo/sector.entity';
import { User } from '../modules/identity/user.entity';
import { UserSession } from '../modules/identity/user-session.entity';
import { LoginChallenge, UserRecoveryCode } from '../modules/identity/second-factor.entity';
import { Institution } from '../modules/institution/institution.entity';
import { Achievement } from '../modules/ledger/achievement.entity';
import { AnnualReport } from '../modules/ledger/annual-report.entity';
import { IpApplication } from '../modules/ledger/ip-application.entity';
import { LedgerEntry } from '../modules/ledger/ledger-entry.entity';
import { LedgerEvidence } from '../modules/ledger/ledger-evidence.entity';
import { Objection } from '../modules/notice/objection.entity';
import { PublicNotice } from '../modules/notice/public-notice.entity';
import { Disbursement } from '../modules/project/disbursement.entity';
import { Project } from '../modules/project/project.entity';
import { Setting } from '../modules/settings/setting.entity';
import { SerialCounter } from '../modules/workflow/serial-counter.entity';

/** Every entity of the domain model, in one list for the ORM. */
export const ENTITIES = [
  Division,
  Sector,
  Institution,
  Expert,
  Enterprise,
  EnterpriseTie,
  Call,
  Application,
  ApplicationMaterial,
  ReviewDecision,
  RuleCheck,
  CandidateMatch,
  Appointment,
  Agreement,
  PublicNotice,
  Objection,
  FilingRecord,
  WorkCalendarDay,
  LedgerEntry,
  LedgerEvidence,
  Achievement,
  IpApplication,
  AnnualReport,
  EvaluationCycle,
  Evaluation,
  Reward,
  Project,
  Disbursement,
  User,
  UserSession,
  UserRecoveryCode,
  LoginChallenge,
  AuditLog,
  Setting,
  SerialCounter,
  VerifyThrottle,
];
