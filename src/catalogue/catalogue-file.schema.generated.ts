// Generated from spec/schema/catalogue-file.schema.json by `npx tsx scripts/generate-schema-types.ts`: do not edit.
// src/catalogue/catalogue-file-matches-schema.ts checks it equals the hand-written CatalogueFile.

/**
 * Whether an amount includes btw (incl) or not (excl), exactly as the source states it.
 */
export type Vat = ("incl" | "excl")
/**
 * An id: letters and digits, parts joined by a hyphen, dot or underscore, e.g. SC-01 or intake.rol.
 */
export type Id = string
/**
 * Ids of sources in the sources section.
 */
export type SourceRefs = Id[]
/**
 * Ids of sources in the sources section.
 */
export type SourceRefs1 = Id[]
/**
 * One of the four domains of the CCV security survey.
 */
export type Domain = ("wonen" | "werk" | "verplaatsen" | "informatie")
/**
 * When the rule holds.
 */
export type Condition = (AllCondition | AnyCondition | NotCondition | AnswerIsCondition | AnswerOneOfCondition | AnswerIncludesCondition | AnswerAtLeastCondition | AnswerAtMostCondition | RiskAtLeastCondition | AnyRiskCondition)
/**
 * A declarative condition over answers and risk levels: exactly one of the forms all, any, not, answer+is, answer+oneOf, answer+includes, answer+atLeast, answer+atMost, risk+atLeast, anyRisk.
 */
export type Condition1 = (AllCondition | AnyCondition | NotCondition | AnswerIsCondition | AnswerOneOfCondition | AnswerIncludesCondition | AnswerAtLeastCondition | AnswerAtMostCondition | RiskAtLeastCondition | AnyRiskCondition)
/**
 * A declarative condition over answers and risk levels: exactly one of the forms all, any, not, answer+is, answer+oneOf, answer+includes, answer+atLeast, answer+atMost, risk+atLeast, anyRisk.
 */
export type Condition2 = (AllCondition | AnyCondition | NotCondition | AnswerIsCondition | AnswerOneOfCondition | AnswerIncludesCondition | AnswerAtLeastCondition | AnswerAtMostCondition | RiskAtLeastCondition | AnyRiskCondition)
/**
 * A declarative condition over answers and risk levels: exactly one of the forms all, any, not, answer+is, answer+oneOf, answer+includes, answer+atLeast, answer+atMost, risk+atLeast, anyRisk.
 */
export type Condition3 = (AllCondition | AnyCondition | NotCondition | AnswerIsCondition | AnswerOneOfCondition | AnswerIncludesCondition | AnswerAtLeastCondition | AnswerAtMostCondition | RiskAtLeastCondition | AnyRiskCondition)
/**
 * A stable requirement id in capitals and digits, parts joined by a hyphen, e.g. WON-03. Never reused after removal.
 */
export type RequirementId = string
/**
 * A declarative condition over answers and risk levels: exactly one of the forms all, any, not, answer+is, answer+oneOf, answer+includes, answer+atLeast, answer+atMost, risk+atLeast, anyRisk.
 */
export type Condition4 = (AllCondition | AnyCondition | NotCondition | AnswerIsCondition | AnswerOneOfCondition | AnswerIncludesCondition | AnswerAtLeastCondition | AnswerAtMostCondition | RiskAtLeastCondition | AnyRiskCondition)
/**
 * A declarative condition over answers and risk levels: exactly one of the forms all, any, not, answer+is, answer+oneOf, answer+includes, answer+atLeast, answer+atMost, risk+atLeast, anyRisk.
 */
export type Condition5 = (AllCondition | AnyCondition | NotCondition | AnswerIsCondition | AnswerOneOfCondition | AnswerIncludesCondition | AnswerAtLeastCondition | AnswerAtMostCondition | RiskAtLeastCondition | AnyRiskCondition)
/**
 * The evidence a PKVW firm needs to see: self-declared, document, or inspected on site. Weakest first.
 */
export type EvidenceLevel = ("self-declared" | "document" | "inspected")
/**
 * Ids of sources in the sources section.
 */
export type SourceRefs2 = Id[]
/**
 * A declarative condition over answers and risk levels: exactly one of the forms all, any, not, answer+is, answer+oneOf, answer+includes, answer+atLeast, answer+atMost, risk+atLeast, anyRisk.
 */
export type Condition6 = (AllCondition | AnyCondition | NotCondition | AnswerIsCondition | AnswerOneOfCondition | AnswerIncludesCondition | AnswerAtLeastCondition | AnswerAtMostCondition | RiskAtLeastCondition | AnyRiskCondition)

/**
 * One YAML file of the PKVW-light catalogue under spec/. Each file holds any of the sections below; loading merges all files into one catalogue. Describes CatalogueFile in src/catalogue/catalogue-types.ts.
 */
export interface CatalogueFile {
keurmerk?: CatalogueMetadata
/**
 * Risk levels, lowest first. Their order is the order of this list.
 */
levels?: RiskLevel[]
/**
 * Threat scenarios, each with a baseline level for every holder of the office.
 */
scenarios?: Scenario[]
/**
 * Rules that raise scenarios to a level when intake answers say so. The highest level of all rules that hold wins.
 */
riskRules?: RiskRule[]
/**
 * Questions of the self-check, in the order they are asked within their section.
 */
questions?: Question[]
/**
 * Requirements, each linked to the scenarios and levels that make it apply.
 */
requirements?: Requirement[]
/**
 * Exceptions that may waive a requirement (e.g. a listed monument), with the justification and evidence they need.
 */
exceptions?: CatalogueException[]
/**
 * Sources that requirements, levels and rules cite by id.
 */
sources?: Source[]
}
/**
 * The keurmerk itself: id, version, status, title. Exactly one file holds this block.
 */
export interface CatalogueMetadata {
/**
 * Stable id of the keurmerk, e.g. pkvw-light.
 */
id: string
/**
 * Semantic version in quotes, e.g. "1.0.0" (unquoted, YAML would read 1.10 as the number 1.1).
 */
version: string
/**
 * draft while being written, adopted once in force.
 */
status: ("draft" | "adopted")
/**
 * ISO date (YYYY-MM-DD) from which this version may be used.
 */
effectiveDate: string
title: LocalizedText
description: LocalizedText1
/**
 * Languages every text is given in.
 * 
 * @minItems 1
 */
languages: ("nl" | "en")[]
/**
 * Owner of the text, e.g. the ministry or the CCV.
 */
publisher: string
quoteRule?: QuoteRule
/**
 * How long a light certificate stays valid, and why.
 */
certificate: {
/**
 * Validity in months (PKVW itself: 120).
 */
validityMonths: number
/**
 * PKVW-light's own choice: how many days an inspection may lie before the issue date. Without it, certify refuses every inspection older than its issue date.
 */
maxInspectionAgeDays?: number
sources: SourceRefs1
}
}
/**
 * Name of the keurmerk.
 */
export interface LocalizedText {
/**
 * Dutch text.
 */
nl: string
/**
 * English text.
 */
en: string
}
/**
 * What the keurmerk is and for whom.
 */
export interface LocalizedText1 {
/**
 * Dutch text.
 */
nl: string
/**
 * English text.
 */
en: string
}
/**
 * The rule that a PKVW firm gives a written quote above an amount. A threshold, not a price: the plan shows it beside work that needs a craftsman.
 */
export interface QuoteRule {
/**
 * Above this amount in euros the quote must be in writing, e.g. 500.
 */
writtenAbove: number
vat: Vat
sources: SourceRefs
}
export interface RiskLevel {
/**
 * Short id, e.g. A. Levels are ordered by their position in the list, lowest first.
 */
id: string
name: LocalizedText2
description: LocalizedText2
/**
 * false for a level beyond what owner and employer can handle: the engine refers to police/OM instead of judging.
 */
certifiable: boolean
sources: SourceRefs
}
/**
 * A text in Dutch (the source) and English (for the report and reviewers). Both are required.
 */
export interface LocalizedText2 {
/**
 * Dutch text.
 */
nl: string
/**
 * English text.
 */
en: string
}
export interface Scenario {
id: Id
name: LocalizedText2
description: LocalizedText2
/**
 * Domains the scenario plays in.
 * 
 * @minItems 1
 */
domains: Domain[]
/**
 * The level every holder of the office starts from, before risk rules raise it.
 */
baseline: string
sources: SourceRefs
}
export interface RiskRule {
id: Id
/**
 * Scenarios this rule raises.
 * 
 * @minItems 1
 */
scenarios: Id[]
/**
 * The level the scenarios are raised to when the condition holds.
 */
level: string
when: Condition
because: LocalizedText3
/**
 * When true and the rule holds, the level it gives is provisional: without a CCV/BVA advice in the answers the employer can fund nothing against its scenarios and no certificate covers them (seed §2.2: the employer funds the measures an established advice names). Only on a rule whose level is certifiable.
 */
requiresAdvice?: boolean
sources: SourceRefs
}
export interface AllCondition {
/**
 * Holds when every condition holds.
 * 
 * @minItems 1
 */
all: Condition1[]
}
export interface AnyCondition {
/**
 * Holds when some condition holds.
 * 
 * @minItems 1
 */
any: Condition1[]
}
export interface NotCondition {
not: Condition2
}
export interface AnswerIsCondition {
/**
 * An id: letters and digits, parts joined by a hyphen, dot or underscore, e.g. SC-01 or intake.rol.
 */
answer: string
/**
 * A yes/no or choice answer equals this value.
 */
is: (boolean | string | number)
}
export interface AnswerOneOfCondition {
/**
 * An id: letters and digits, parts joined by a hyphen, dot or underscore, e.g. SC-01 or intake.rol.
 */
answer: string
/**
 * A choice answer is one of these values.
 * 
 * @minItems 1
 */
oneOf: string[]
}
export interface AnswerIncludesCondition {
/**
 * An id: letters and digits, parts joined by a hyphen, dot or underscore, e.g. SC-01 or intake.rol.
 */
answer: string
/**
 * A multi-choice answer contains this value.
 */
includes: string
}
export interface AnswerAtLeastCondition {
/**
 * An id: letters and digits, parts joined by a hyphen, dot or underscore, e.g. SC-01 or intake.rol.
 */
answer: string
/**
 * A number answer is at least this (inclusive).
 */
atLeast: number
}
export interface AnswerAtMostCondition {
/**
 * An id: letters and digits, parts joined by a hyphen, dot or underscore, e.g. SC-01 or intake.rol.
 */
answer: string
/**
 * A number answer is at most this (inclusive).
 */
atMost: number
}
export interface RiskAtLeastCondition {
/**
 * An id: letters and digits, parts joined by a hyphen, dot or underscore, e.g. SC-01 or intake.rol.
 */
risk: string
/**
 * The scenario's level is at or above this level.
 */
atLeast: string
}
export interface AnyRiskCondition {
anyRisk: {
/**
 * Some scenario's level is at or above this level.
 */
atLeast: string
}
}
/**
 * A text in Dutch (the source) and English (for the report and reviewers). Both are required.
 */
export interface LocalizedText3 {
/**
 * Dutch text.
 */
nl: string
/**
 * English text.
 */
en: string
}
export interface Question {
id: Id
/**
 * intake questions set the risk; the others belong to a domain.
 */
section: ("intake" | "wonen" | "werk" | "verplaatsen" | "informatie")
text: LocalizedText4
help?: LocalizedText5
/**
 * boolean (yes/no), choice (one option), multi (several options), number.
 */
type: ("boolean" | "choice" | "multi" | "number")
/**
 * For choice and multi: at least two options.
 */
options?: QuestionOption[]
/**
 * For number: the lowest allowed answer.
 */
min?: number
/**
 * For number: the highest allowed answer.
 */
max?: number
unit?: LocalizedText7
askWhen?: Condition3
}
/**
 * A text in Dutch (the source) and English (for the report and reviewers). Both are required.
 */
export interface LocalizedText4 {
/**
 * Dutch text.
 */
nl: string
/**
 * English text.
 */
en: string
}
/**
 * A text in Dutch (the source) and English (for the report and reviewers). Both are required.
 */
export interface LocalizedText5 {
/**
 * Dutch text.
 */
nl: string
/**
 * English text.
 */
en: string
}
export interface QuestionOption {
/**
 * An id: letters and digits, parts joined by a hyphen, dot or underscore, e.g. SC-01 or intake.rol.
 */
value: string
label: LocalizedText6
}
/**
 * A text in Dutch (the source) and English (for the report and reviewers). Both are required.
 */
export interface LocalizedText6 {
/**
 * Dutch text.
 */
nl: string
/**
 * English text.
 */
en: string
}
/**
 * A text in Dutch (the source) and English (for the report and reviewers). Both are required.
 */
export interface LocalizedText7 {
/**
 * Dutch text.
 */
nl: string
/**
 * English text.
 */
en: string
}
export interface Requirement {
id: RequirementId
domain: Domain
/**
 * bestuurder: an owner basic that decides the verdict; werkgever: an employer measure shown for context.
 */
responsibility: ("bestuurder" | "werkgever")
title: LocalizedText2
description: LocalizedText2
rationale: LocalizedText8
/**
 * The requirement applies when any linked scenario reaches its minimum level.
 */
risks: RiskLink[]
appliesWhen?: Condition4
metWhen?: Condition5
remedy: LocalizedText9
evidence: EvidenceLevel
/**
 * Norm references exactly as the sources give them, e.g. NEN 5096 WK2, SKG**.
 */
norms?: string[]
sources: SourceRefs
cost?: CostIndication
costClass?: CostClass
measure?: Measure
/**
 * true for the PKVW woning core (hardware and basics PKVW itself demands of every home). Such a basic never allows a reasoned refusal.
 */
pkvwCore?: boolean
/**
 * true when a bestuurder may record a reasoned refusal (gemotiveerd afgezien) with a reason, e.g. a public role that needs a public account. Only for bestuurder requirements outside the PKVW woning core. The refusal is the bestuurder's own choice and risk and blocks only the measures tied to this basic's scenarios.
 */
allowsRefusal?: boolean
/**
 * Ids of exceptions that may waive this requirement.
 */
exceptions?: Id[]
}
/**
 * A text in Dutch (the source) and English (for the report and reviewers). Both are required.
 */
export interface LocalizedText8 {
/**
 * Dutch text.
 */
nl: string
/**
 * English text.
 */
en: string
}
export interface RiskLink {
/**
 * An id: letters and digits, parts joined by a hyphen, dot or underscore, e.g. SC-01 or intake.rol.
 */
scenario: string
/**
 * The requirement applies when the scenario is at or above this level.
 */
minLevel: string
}
/**
 * A text in Dutch (the source) and English (for the report and reviewers). Both are required.
 */
export interface LocalizedText9 {
/**
 * Dutch text.
 */
nl: string
/**
 * English text.
 */
en: string
}
export interface CostIndication {
/**
 * Lowest cost in euros incl. btw.
 */
min: number
/**
 * Highest cost in euros incl. btw.
 */
max: number
basis: LocalizedText10
sources: SourceRefs
}
/**
 * A text in Dutch (the source) and English (for the report and reviewers). Both are required.
 */
export interface LocalizedText10 {
/**
 * Dutch text.
 */
nl: string
/**
 * English text.
 */
en: string
}
/**
 * What meeting a requirement or carrying out a measure costs, and who pays. no-purchase: behaviour or a setting; craftsman: a PKVW firm or other craftsman does the work, price unknown until the quote; known-amount: a fixed amount with its source.
 */
export interface CostClass {
/**
 * no-purchase, craftsman or known-amount.
 */
kind: ("no-purchase" | "craftsman" | "known-amount")
/**
 * Who pays: the bestuurder, or the employer (werkgever), at no cost to the bestuurder.
 */
paidBy: ("bestuurder" | "werkgever")
/**
 * For known-amount: the amount exactly as its source gives it.
 */
amount?: {
euros: number
vat: Vat
}
basis?: LocalizedText11
sources?: SourceRefs2
}
/**
 * A text in Dutch (the source) and English (for the report and reviewers). Both are required.
 */
export interface LocalizedText11 {
/**
 * Dutch text.
 */
nl: string
/**
 * English text.
 */
en: string
}
/**
 * Marks an employer (werkgever) entry as a concrete measure that a CCV/BVA advice can advise and an employer funds (an outside letterbox, a camera, a training). Owner basics block its funding only when they apply through one of these scenarios. An employer entry without it is context.
 */
export interface Measure {
/**
 * The scenarios the measure protects against.
 * 
 * @minItems 1
 */
scenarios: Id[]
}
export interface CatalogueException {
id: Id
title: LocalizedText2
description: LocalizedText2
claimableWhen?: Condition6
justification: LocalizedText12
/**
 * The evidence a PKVW firm needs to see: self-declared, document, or inspected on site. Weakest first.
 */
evidence: ("self-declared" | "document" | "inspected")
proof?: ExceptionProof
sources: SourceRefs
}
/**
 * A text in Dutch (the source) and English (for the report and reviewers). Both are required.
 */
export interface LocalizedText12 {
/**
 * Dutch text.
 */
nl: string
/**
 * English text.
 */
en: string
}
/**
 * The structured evidence a claim on this exception must carry before it is proven, besides its justification. monument: register, monument number and the elements it concerns; new-build: the year the building permit was granted, checked against cutOff; equivalent-alternative: the alternative measure, the scenario it addresses and a statement by a PKVW firm or the Commissie van Compenserende Maatregelen with its reference; landlord-refusal: the landlord's or VvE's refusal in writing.
 */
export interface ExceptionProof {
kind: ("monument" | "new-build" | "equivalent-alternative" | "landlord-refusal")
/**
 * For new-build: the first permit year that qualifies. A PKVW-light choice: basis says why, and sources cite it (a proposal source labels it as this keurmerk's own choice).
 */
cutOff?: {
/**
 * A permit granted in this year or later qualifies.
 */
permitYearFrom: number
basis: LocalizedText2
sources: SourceRefs
}
}
export interface Source {
id: Id
title: string
/**
 * Where a reader finds it: a URL or a path in this repository.
 */
location: string
/**
 * primary for official texts, secondary for trade press, vendors and summaries, proposal for this keurmerk's own choices.
 */
kind: ("primary" | "secondary" | "proposal")
}
