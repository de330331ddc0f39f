/** The dashboard's GraphQL documents, as the dashboard (and the benchmark) send them. */
const REF = '{ id code nameZh nameEn }';
const SPLIT = `{ projects enterpriseFen universityFen financeFen totalFen enterpriseShare universityShare financeShare
  approvedProjects approvedFen disbursedFen disbursedEnterpriseFen disbursedUniversityFen disbursedFinanceFen disbursedShare }`;
const GRADES = '{ total excellent good qualified unqualified excellentShare goodShare qualifiedShare unqualifiedShare }';

export const HEADLINE = `headline(filter: $filter) { from to activeExperts enterprisesServed ledgerServices daysOnSite trainees ipApplications approvedFen disbursedFen }`;
export const COMPLIANCE = `indicatorCompliance(filter: $filter) {
  asOf yearStart
  total { division ${REF} appointedExperts meetingAll atRiskAny indicators { indicator target met share atRisk atRiskShare } }
  byCounty { division ${REF} appointedExperts meetingAll atRiskAny indicators { indicator target met share atRisk atRiskShare } }
}`;
export const SECTORS = `sectorSpread(filter: $filter) {
  totals { appointments activeExperts priorityAppointments priorityShare priorityActiveExperts priorityActiveShare }
  sectors { sector ${REF} priority appointments activeExperts share }
  byCounty { sector { code } key ${REF} appointments activeExperts }
  byInstitution { sector { code } key ${REF} appointments activeExperts }
  trend { year sector { code } started inService }
}`;
export const PIPELINES = `countyPipelines(filter: $filter) {
  asOf
  pipelines { division ${REF} callYear applications
    stages { stage reached conversionRate medianDaysInStage completedStays waiting onHold medianWaitingDays maxWaitingDays } }
}`;
export const GRADES_PANEL = `evaluationGrades(filter: $filter) {
  cycles { cycle { id code periodStart periodEnd status } grades ${GRADES} rewardsGranted cashRewardFen cashPaidFen goldCards certificates appointmentsRevoked }
  byCounty { cycleCode key ${REF} grades ${GRADES} }
  bySector { cycleCode key ${REF} grades ${GRADES} }
  byInstitution { cycleCode key ${REF} grades ${GRADES} }
}`;
export const FUNDS = `coInnovationFunds(filter: $filter, projectLimit: 5) {
  total ${SPLIT}
  bySector { key ${REF} split ${SPLIT} }
  byCounty { key ${REF} split ${SPLIT} }
  byYear { year split ${SPLIT} }
  projectCount
  projects { projectId code title status division { code } sector { code } proposedOn approvedOn split ${SPLIT} }
  flagged { projectId code title status enterpriseFen supportFen enterpriseShare rules }
}`;

export const panel = (field: string) => `query($asOf: LocalDate, $filter: AnalyticsFilter) { analytics(asOf: $asOf) { asOf ${field} } }`;

/** The whole overview: every panel in one request. */
export const OVERVIEW = `query Overview($asOf: LocalDate, $filter: AnalyticsFilter) {
  analytics(asOf: $asOf) { asOf ${HEADLINE} ${COMPLIANCE} ${SECTORS} ${PIPELINES} ${GRADES_PANEL} ${FUNDS} }
}`;
