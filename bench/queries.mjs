// The GraphQL documents the benchmark sends: the dashboard's panels (the same as
// test/analytics/queries.ts), a nested list page, and a group-by, plus PostGraphile's equivalents.
const REF = '{ id code nameZh nameEn }';
const SPLIT = `{ projects enterpriseFen universityFen financeFen totalFen enterpriseShare universityShare financeShare
  approvedProjects approvedFen disbursedFen disbursedEnterpriseFen disbursedUniversityFen disbursedFinanceFen disbursedShare }`;
const GRADES = '{ total excellent good qualified unqualified excellentShare goodShare qualifiedShare unqualifiedShare }';

export const PANELS = {
  headline:
    'headline(filter: $filter) { from to activeExperts enterprisesServed ledgerServices daysOnSite trainees ipApplications approvedFen disbursedFen }',
  indicatorCompliance: `indicatorCompliance(filter: $filter) { asOf yearStart
    total { division ${REF} appointedExperts meetingAll atRiskAny indicators { indicator target met share atRisk atRiskShare } }
    byCounty { division ${REF} appointedExperts meetingAll atRiskAny indicators { indicator target met share atRisk atRiskShare } } }`,
  sectorSpread: `sectorSpread(filter: $filter) {
    totals { appointments activeExperts priorityAppointments priorityShare priorityActiveExperts priorityActiveShare }
    sectors { sector ${REF} priority appointments activeExperts share }
    byCounty { sector { code } key ${REF} appointments activeExperts }
    byInstitution { sector { code } key ${REF} appointments activeExperts }
    trend { year sector { code } started inService } }`,
  countyPipelines: `countyPipelines(filter: $filter) { asOf
    pipelines { division ${REF} callYear applications
      stages { stage reached conversionRate medianDaysInStage completedStays waiting onHold medianWaitingDays maxWaitingDays } } }`,
  evaluationGrades: `evaluationGrades(filter: $filter) {
    cycles { cycle { id code periodStart periodEnd status } grades ${GRADES} rewardsGranted cashRewardFen cashPaidFen goldCards certificates appointmentsRevoked }
    byCounty { cycleCode key ${REF} grades ${GRADES} }
    bySector { cycleCode key ${REF} grades ${GRADES} }
    byInstitution { cycleCode key ${REF} grades ${GRADES} } }`,
  coInnovationFunds: `coInnovationFunds(filter: $filter) {
    total ${SPLIT}
    bySector { key ${REF} split ${SPLIT} }
    byCounty { key ${REF} split ${SPLIT} }
    byYear { year split ${SPLIT} }
    projectCount
    projects { projectId code title status division { code } sector { code } proposedOn approvedOn split ${SPLIT} }
    flagged { projectId code title status enterpriseFen supportFen enterpriseShare rules } }`,
};

/**
 * What the dashboard's landing view asks of each panel (drill-downs such as the per-institution
 * breakdowns and the project list are loaded when opened): the "dashboard mix" of the load test
 * and the overview. The per-panel SQL comparisons use the full panels above.
 */
const SHARES = '{ totalFen enterpriseShare universityShare financeShare approvedFen disbursedFen disbursedShare }';
export const LANDING = {
  headline: PANELS.headline,
  indicatorCompliance: `indicatorCompliance(filter: $filter) { asOf
    total { appointedExperts meetingAll atRiskAny indicators { indicator target met share atRisk atRiskShare } }
    byCounty { division { code nameZh } appointedExperts meetingAll atRiskAny } }`,
  sectorSpread: `sectorSpread(filter: $filter) {
    totals { appointments activeExperts priorityAppointments priorityShare priorityActiveExperts priorityActiveShare }
    sectors { sector { code nameZh } priority appointments activeExperts share }
    byCounty { sector { code } key { code } appointments activeExperts }
    trend { year sector { code } started inService } }`,
  countyPipelines: `countyPipelines(filter: $filter) {
    pipelines { division { code nameZh } callYear applications stages { stage reached conversionRate medianDaysInStage waiting maxWaitingDays } } }`,
  evaluationGrades: `evaluationGrades(filter: $filter) {
    cycles { cycle { code } grades { total excellent good qualified unqualified excellentShare goodShare qualifiedShare unqualifiedShare }
             rewardsGranted cashRewardFen goldCards appointmentsRevoked }
    byCounty { cycleCode key { code nameZh } grades { total excellentShare goodShare qualifiedShare unqualifiedShare } }
    bySector { cycleCode key { code nameZh } grades { total excellentShare goodShare qualifiedShare unqualifiedShare } } }`,
  coInnovationFunds: `coInnovationFunds(filter: $filter, projectLimit: 5) {
    total ${SPLIT}
    bySector { key { code nameZh } split ${SHARES} }
    byCounty { key { code nameZh } split ${SHARES} }
    byYear { year split ${SHARES} }
    projectCount
    projects { code title split { totalFen financeFen disbursedFen } }
    flagged { projectId code title status enterpriseFen supportFen enterpriseShare rules } }`,
};

export const panelQuery = (field) => `query($asOf: LocalDate, $filter: AnalyticsFilter) { analytics(asOf: $asOf) { asOf ${field} } }`;

/** The dashboard's overview: every panel of the landing view in one request. */
export const OVERVIEW = `query Overview($asOf: LocalDate, $filter: AnalyticsFilter) {
  analytics(asOf: $asOf) { asOf ${Object.values(LANDING).join('\n')} } }`;

/** Every panel with every field and breakdown, in one request (for information). */
export const FULL_OVERVIEW = `query FullOverview($asOf: LocalDate, $filter: AnalyticsFilter) {
  analytics(asOf: $asOf) { asOf ${Object.values(PANELS).join('\n')} } }`;

/** A nested list page: appointments with their expert, institution, enterprise and county. */
export const LIST_PAGE = `query($n: Int!) { appointments(first: $n) {
  totalCount nodes { id certificateNo status serviceStart expert { name institution { nameZh } } enterprise { name division { nameZh } } } } }`;

export const PEER_LIST_PAGE = `query($n: Int!) { allAppointments(first: $n, orderBy: [PRIMARY_KEY_ASC]) {
  totalCount nodes { rowId certificateNo status serviceStart expertByExpertId { name institutionByInstitutionId { nameZh } }
    enterpriseByEnterpriseId { name divisionByDivisionId { nameZh } } } } }`;

/** Appointments counted per sector and status. */
export const GROUPS = `{ appointmentGroups(groupBy: [SECTOR, STATUS]) { key { sectorId status } count } }`;
export const PEER_GROUPS = `{ allAppointments { groupedAggregates(groupBy: [SECTOR_ID, STATUS]) { keys distinctCount { rowId } } } }`;
