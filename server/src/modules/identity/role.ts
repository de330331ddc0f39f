import { registerEnum } from '../../graphql/enums';

/** Who uses the platform (DOMAIN.md "Who uses the platform"), plus administration and self-service. */
export enum Role {
  ADMIN = 'ADMIN',
  LEADERSHIP = 'LEADERSHIP',
  ANALYST = 'ANALYST',
  ORG_DEPT = 'ORG_DEPT',
  ST_BUREAU = 'ST_BUREAU',
  COUNTY_BUREAU = 'COUNTY_BUREAU',
  FINANCE = 'FINANCE',
  HR = 'HR',
  EVALUATION_AGENCY = 'EVALUATION_AGENCY',
  ENTERPRISE = 'ENTERPRISE',
  EXPERT = 'EXPERT',
}
registerEnum(Role, 'Role', '用户角色 / Role of a user account', {
  ADMIN: '系统管理员（管理账号，与业务角色分离） / System administrator: manages accounts, separate from business roles',
  LEADERSHIP: '市领导：驾驶舱，不含个人信息 / City leadership: dashboards, no personal data',
  ANALYST: '分析员：GraphQL 查询，个人信息脱敏 / Analyst: GraphQL queries, personal data masked',
  ORG_DEPT: '市委组织部：备案记录签收 / Organisation Department: filing records',
  ST_BUREAU: '市科技局：组织实施全流程（第三条） / S&T bureau: runs the programme (Art. 3)',
  COUNTY_BUREAU: '县（市、区）科技主管部门：本辖区初审 / County bureau: its own county only, preliminary review',
  FINANCE: '市财政局：预算与拨付（第三、四、二十一条） / Finance bureau: budgets and disbursements (Art. 3, 4, 21)',
  HR: '市人社局：人才政策落实（第三、十八条） / HR bureau: talent-policy follow-up (Art. 3, 18)',
  EVALUATION_AGENCY: '受托第三方考核机构 / Third-party evaluation agency (Art. 17)',
  ENTERPRISE: '企业账号：本企业申报与台账确认 / Enterprise account: its own applications and ledger confirmations',
  EXPERT: '专家账号：本人任职与服务台账 / Expert account: own appointment and service ledger',
});
