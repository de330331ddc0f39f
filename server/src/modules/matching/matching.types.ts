/** GraphQL outputs of two-way selection's recommendations (Art. 12.4), described in Chinese and English. */
import { Field, Int, ObjectType } from 'type-graphql';
import { registerEnum } from '../../graphql/enums';
import { LocalDate } from '../../graphql/scalars';
import { RuleResultGql } from '../workflow/workflow.types';
import { MatchComponent } from './matching.scoring';

registerEnum(MatchComponent, 'MatchComponent', '匹配得分的组成部分（第十二条第4项） / A component of the matching score (Art. 12.4)', {
  SECTOR: '领域契合（满分30） / Sector fit (30 points)',
  INSTITUTION: '派出单位优势（满分15） / The institution’s strength in the sector (15 points)',
  TEXT: '需求与研究方向、成果的文本相似度（满分30） / Similarity of the needs to research fields and achievements (30 points)',
  EXPERIENCE: '任职经历与考核等级（满分15） / Past appointments and grades (15 points)',
  AVAILABILITY: '可派驻（满分10） / Availability (10 points)',
});

@ObjectType('MatchScoreComponent', { description: '一项得分及其说明 / One component of the score with its explanation' })
export class MatchScoreComponentGql {
  @Field(() => MatchComponent, { description: '组成部分 / Component' })
  component!: MatchComponent;

  @Field(() => Int, { description: '得分 / Points earned' })
  points!: number;

  @Field(() => Int, { description: '满分 / Maximum points' })
  max!: number;

  @Field({ description: '说明（中文 / English） / Why, in Chinese and English' })
  explanation!: string;
}

@ObjectType('ScoredExpert', { description: '按需求评分的专家 / An expert scored against the needs' })
export class ScoredExpertGql {
  @Field(() => Int, { description: '专家行号 / Expert id' })
  expertId!: number;

  @Field({ description: '姓名 / Name' })
  name!: string;

  @Field(() => Int, { description: '派出单位行号 / Institution id' })
  institutionId!: number;

  @Field({ description: '派出单位 / Institution' })
  institutionName!: string;

  @Field(() => String, { nullable: true, description: '专家所属领域 / The expert’s sector' })
  sectorName!: string | null;

  @Field({ description: '学科专业 / Discipline' })
  discipline!: string;

  @Field(() => [String], { description: '研究方向关键词 / Research keywords' })
  keywords!: string[];

  @Field(() => Int, { description: '总分（0-100） / Total score, 0-100' })
  score!: number;

  @Field(() => [MatchScoreComponentGql], { description: '各项得分及说明 / The score by component, explained' })
  components!: MatchScoreComponentGql[];

  @Field(() => Int, { nullable: true, description: '已登记为候选人时的候选记录行号 / The candidate record, if already recorded' })
  candidateId!: number | null;
}

@ObjectType('RankedExpert', { description: '推荐专家（按总分排序） / A recommended expert, ranked by score' })
export class RankedExpertGql extends ScoredExpertGql {
  @Field(() => Int, { description: '名次（1起） / Rank, from 1' })
  rank!: number;
}

@ObjectType('ExcludedExpert', {
  description: '因规则冲突不予推荐的专家（E4在任、E5禁报、N2关联等） / An expert excluded by a rule (E4 serving, E5 banned, N2 tie, …)',
})
export class ExcludedExpertGql extends ScoredExpertGql {
  @Field(() => [RuleResultGql], { description: '不通过的规则及条款 / The failing rules with their articles' })
  conflicts!: RuleResultGql[];
}

@ObjectType('ExpertRecommendations', {
  description: '双向选择推荐：排序的专家与被排除的专家（第十二条第4项） / Two-way selection: ranked and excluded experts (Art. 12.4)',
})
export class ExpertRecommendationsGql {
  @Field(() => Int, { description: '申报行号 / Application id' })
  applicationId!: number;

  @Field({ description: '企业名称 / Enterprise' })
  enterpriseName!: string;

  @Field({ description: '企业所属领域 / The enterprise’s sector' })
  sectorName!: string;

  @Field({ description: '技术需求 / The technical needs' })
  techNeeds!: string;

  @Field(() => LocalDate, { description: '计算日期（规则按此日判断） / The day the rules were evaluated' })
  asOf!: string;

  @Field(() => Int, { description: '参与评分的专家数 / Experts considered' })
  considered!: number;

  @Field(() => [RankedExpertGql], { description: '推荐专家，按总分从高到低 / Recommended experts, best first' })
  ranked!: RankedExpertGql[];

  @Field(() => [ExcludedExpertGql], {
    description:
      '被规则排除、否则会进入推荐名单的专家（及已登记的候选人、拟选派专家） / Excluded experts who would otherwise rank in the list (and recorded candidates, the proposed expert)',
  })
  excluded!: ExcludedExpertGql[];

  @Field(() => Int, { description: '被规则排除的专家总数 / Experts excluded by a rule in all' })
  excludedTotal!: number;
}
