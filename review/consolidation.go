package review

// The consolidation questions (Verstetigung) the survey asks per
// committee, in the order of storage.SurveyAnswer.Consolidation: is the
// structure anchored by a mandate, by resources, by decision makers?
const (
	QuestionMandate        = "mandate"
	QuestionResources      = "resources"
	QuestionDecisionMakers = "decision-makers"
)

// ConsolidationQuestions lists the consolidation questions in order.
var ConsolidationQuestions = []string{QuestionMandate, QuestionResources, QuestionDecisionMakers}

// The answers to a consolidation question; "" leaves it unanswered.
const (
	AnswerYes    = "yes"
	AnswerPartly = "partly"
	AnswerNo     = "no"
)

// ConsolidationAnswers lists the answers to a consolidation question.
var ConsolidationAnswers = []string{AnswerYes, AnswerPartly, AnswerNo}

// ConsolidationResult is how a committee's members answered one
// consolidation question.
type ConsolidationResult struct {
	Question string `bson:"question" json:"question"`
	// N counts the answers to the question. Yes, Partly and No split them,
	// and are filled only when N reaches the anonymity threshold (Shown);
	// otherwise they are 0.
	N      int  `bson:"n" json:"n"`
	Shown  bool `bson:"shown" json:"shown"`
	Yes    int  `bson:"yes" json:"yes"`
	Partly int  `bson:"partly" json:"partly"`
	No     int  `bson:"no" json:"no"`
}

// consolidationResults tallies the committee's answers per question,
// showing a question's split only with at least k answers to it.
func consolidationResults(answers [][]string, k int) []ConsolidationResult {
	out := make([]ConsolidationResult, len(ConsolidationQuestions))
	for i, q := range ConsolidationQuestions {
		r := ConsolidationResult{Question: q}
		var yes, partly, no int
		for _, a := range answers {
			if i >= len(a) {
				continue
			}
			switch a[i] {
			case AnswerYes:
				yes++
			case AnswerPartly:
				partly++
			case AnswerNo:
				no++
			default:
				continue
			}
			r.N++
		}
		if r.N >= k {
			r.Shown, r.Yes, r.Partly, r.No = true, yes, partly, no
		}
		out[i] = r
	}
	return out
}
