/**
 * An enterprise invites an expert who is not yet in the directory, from its application form
 * (Art. 12.1: the enterprise proposes its expert; Art. 13.3: the expert's identity, degree and
 * title papers follow with the application). The record is an expert like any other: resident ID
 * and phone encrypted, hashed and masked as the seeds and the spreadsheet import write them, and
 * the rules E1-E5 judge it when the application is previewed or reviewed. Only the inviting
 * enterprise (besides the bureau) sees the record before an application proposes it.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { addYears, isIsoDate } from '../../domain/china-time';
import {
  birthDateOfResidentId,
  maskPhone,
  maskResidentId,
  validateMobilePhone,
  validateResidentId,
  type IdentifierProblem,
} from '../../domain/identifiers';
import type { PiiCipher } from '../../domain/pii';
import type { Viewer } from '../../graphql/context';
import { badInput } from '../../graphql/errors';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Role } from '../identity/role';
import { Institution } from '../institution/institution.entity';
import { WorkflowService, type Clock, systemClock } from '../workflow/step';
import { conflict, forbidden } from '../workflow/workflow.errors';
import { Degree, Expert, Gender, ProfessionalTitle } from './expert.entity';

export interface InviteExpertInput {
  name: string;
  institutionId: number;
  degree: Degree;
  title: ProfessionalTitle;
  discipline: string;
  researchFields: string[];
  workStartedOn: string;
  phone: string;
  idNumber: string;
}

/** What the form shows of the invited expert: professional facts, like a directory entry. */
export interface InvitedExpert {
  id: number;
  name: string;
  institutionId: number;
  institutionName: string;
  degree: Degree;
  title: ProfessionalTitle;
  discipline: string;
}

/** A field's problem, named in Chinese and by its input name, in both languages. */
function fieldProblem(field: string, zh: string, problem: IdentifierProblem & { ok: false }) {
  const [reasonZh, reasonEn] = problem.reason.split(' / ');
  return badInput(field, `${zh}（${field}）：${reasonZh} / ${field}: ${reasonEn ?? reasonZh}`);
}

function text(field: string, zh: string, value: string | null | undefined, max: number): string {
  const v = (value ?? '').trim();
  const n = [...v].length;
  if (n < 1 || n > max) throw badInput(field, `${zh}（${field}）须为1至${max}个字符 / ${field} must be 1 to ${max} characters`);
  return v;
}

export class ExpertInvitationService extends WorkflowService {
  constructor(
    em: EntityManager,
    viewer: Viewer,
    private readonly pii: PiiCipher,
    clock: Clock = systemClock,
  ) {
    super(em, viewer, clock);
  }

  async invite(input: InviteExpertInput): Promise<InvitedExpert> {
    return this.step({ operation: 'inviteExpert', objectType: 'Expert' }, async (tx) => {
      if (this.viewer.role !== Role.ENTERPRISE) {
        throw forbidden('只有企业账号可以邀请新专家', 'Only an enterprise account may invite a new expert');
      }
      const enterpriseId = this.viewer.enterpriseId;
      if (!enterpriseId) throw forbidden('账号未绑定企业', 'This account is not bound to an enterprise');

      const name = text('name', '姓名', input.name, 64);
      const discipline = text('discipline', '学科专业', input.discipline, 64);
      const fields = (input.researchFields ?? []).map((f) => f.trim()).filter(Boolean);
      if (fields.length < 1 || fields.length > 10 || fields.some((f) => [...f].length > 32)) {
        throw badInput(
          'researchFields',
          '研究方向（researchFields）须为1至10项，每项不超过32个字符 / researchFields must be 1 to 10 items of at most 32 characters',
        );
      }
      if (!(Object.values(Degree) as string[]).includes(input.degree)) {
        throw badInput('degree', '最高学位（degree）无效 / degree is not a valid degree');
      }
      if (!(Object.values(ProfessionalTitle) as string[]).includes(input.title)) {
        throw badInput('title', '专业技术职称（title）无效 / title is not a valid professional title');
      }
      const idNumber = (input.idNumber ?? '').trim().toUpperCase();
      const idCheck = validateResidentId(idNumber);
      if (!idCheck.ok) throw fieldProblem('idNumber', '身份证号', idCheck);
      const phone = (input.phone ?? '').trim();
      const phoneCheck = validateMobilePhone(phone);
      if (!phoneCheck.ok) throw fieldProblem('phone', '手机号', phoneCheck);
      const started = input.workStartedOn;
      if (!started || !isIsoDate(started)) {
        throw badInput(
          'workStartedOn',
          '参加工作日期（workStartedOn）须为有效日期 YYYY-MM-DD / workStartedOn must be a valid date YYYY-MM-DD',
        );
      }
      if (started > this.today()) {
        throw badInput('workStartedOn', `参加工作日期（workStartedOn）${started} 晚于今天 / workStartedOn ${started} is in the future`);
      }
      if (started < addYears(birthDateOfResidentId(idNumber), 16)) {
        throw badInput(
          'workStartedOn',
          `参加工作日期（workStartedOn）${started} 早于年满16周岁（按身份证号） / workStartedOn ${started} is before the expert turned 16 (by the ID number)`,
        );
      }
      const institution = await tx.findOne(Institution, input.institutionId);
      if (!institution) {
        throw badInput('institutionId', '派出单位（institutionId）不在高校院所名录中 / institutionId is not a listed institution');
      }
      const hash = this.pii.hash(idNumber);
      // The directory function sees every expert; the row policy would hide another's record.
      const [taken] = await tx.execute<Array<{ n: number }>>('select techvp_expert_id_taken(?) as n', [hash]);
      if (taken && Number(taken.n)) {
        throw conflict(
          '该身份证号的专家已在专家库中，请按姓名或单位检索后选择（身份证号 idNumber）',
          'An expert with this resident ID number is already in the directory: search for them by name or institution (idNumber)',
          { field: 'idNumber' },
        );
      }
      const expert = tx.create(Expert, {
        name,
        gender: Number(idNumber[16]) % 2 === 1 ? Gender.MALE : Gender.FEMALE,
        idNumberCipher: this.pii.encrypt(idNumber),
        idNumberHash: hash,
        idNumberMasked: maskResidentId(idNumber),
        phoneCipher: this.pii.encrypt(phone),
        phoneMasked: maskPhone(phone),
        institution,
        degree: input.degree,
        title: input.title,
        discipline,
        keywords: fields,
        workStartedOn: started,
        invitedBy: tx.getReference(Enterprise, enterpriseId),
        invitedAt: this.now(),
      });
      await tx.flush();
      return {
        value: {
          id: expert.id,
          name,
          institutionId: institution.id,
          institutionName: institution.nameZh,
          degree: input.degree,
          title: input.title,
          discipline,
        },
        objectIds: [expert.id],
        detail: { enterpriseId, institutionId: institution.id },
      };
    });
  }
}
