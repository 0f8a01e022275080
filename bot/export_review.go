package bot

import (
	"strconv"
	"strings"
	"time"

	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// exportReview: export review <id> [csv|json] – one review's data for
// coordinators: one row per committee × dimension (answers, average and
// previous average, shown only where the anonymity threshold is reached),
// the consolidation answers per committee and question under the same
// rule, the free text of the committees shown, and the participation
// table. A review of another workspace is not found; nothing is written
// but the audit entry.
func exportReview(cl *call) (Reply, error) {
	bare, _, err := cl.splitArgs(nil)
	if err != nil {
		return Reply{}, err
	}
	if len(bare) == 0 {
		return Reply{}, fail(storage.KindInvalid, "err.review_id_missing")
	}
	format, err := exportFormat(bare[1:])
	if err != nil {
		return Reply{}, err
	}
	r, err := cl.findReview(strings.ToLower(bare[0].Text))
	if err != nil {
		return Reply{}, err
	}
	x, err := reviewExport(r)
	if err != nil {
		return Reply{}, err
	}
	var content []byte
	if format == "json" {
		if content, err = jsonFile(x); err != nil {
			return Reply{}, err
		}
	} else {
		content = spreadsheetSections(x.sections(cl))
	}
	entries := len(x.Ratings) + len(x.Consolidation) + len(x.Comments) + len(x.Participation)
	return cl.exportReply("review", "review", r.ID, format, content, entries)
}

// reviewRecord is an exported review: its facts and its four tables.
type reviewRecord struct {
	Review        reviewFacts           `json:"review"`
	Ratings       []ratingRecord        `json:"ratings"`
	Consolidation []consolidationRecord `json:"consolidation"`
	Comments      []commentRecord       `json:"comments"`
	Participation []participationRecord `json:"participation"`
}

type reviewFacts struct {
	ID           string    `json:"id"`
	Status       string    `json:"status"`
	OpenedAt     time.Time `json:"opened_at"`
	ClosedAt     time.Time `json:"closed_at,omitzero"`
	PeriodFrom   time.Time `json:"period_from"`
	PeriodTo     time.Time `json:"period_to"`
	Committees   []string  `json:"committees"`
	Dimensions   []string  `json:"dimensions"`
	MinAnswers   int       `json:"min_answers"`
	Invited      int       `json:"invited"`
	Responded    int       `json:"responded"`
	ResponseRate float64   `json:"response_rate"`
	Overall      *float64  `json:"overall"`
	OverallTrend string    `json:"overall_trend"`
}

// ratingRecord is one committee × dimension; Average and Previous are nil
// where the anonymity threshold was not reached (or there is no previous
// value), N is the number of answers.
type ratingRecord struct {
	CommitteeID string   `json:"committee_id"`
	Committee   string   `json:"committee"`
	Dimension   string   `json:"dimension"`
	N           int      `json:"n"`
	Average     *float64 `json:"average"`
	Previous    *float64 `json:"previous_average"`
	Trend       string   `json:"trend"`
}

// consolidationRecord is one committee × consolidation question; the split
// is nil below the anonymity threshold.
type consolidationRecord struct {
	CommitteeID string `json:"committee_id"`
	Committee   string `json:"committee"`
	Question    string `json:"question"`
	N           int    `json:"n"`
	Yes         *int   `json:"yes"`
	Partly      *int   `json:"partly"`
	No          *int   `json:"no"`
}

type commentRecord struct {
	CommitteeID string `json:"committee_id"`
	Committee   string `json:"committee"`
	Text        string `json:"text"`
}

type participationRecord struct {
	ID            string    `json:"id"`
	Name          string    `json:"name"`
	Status        string    `json:"status"`
	Sector        string    `json:"sector"`
	DecisionMaker bool      `json:"decision_maker"`
	Multiplier    bool      `json:"multiplier"`
	Committees    []string  `json:"committees"`
	Class         string    `json:"class"`
	Present       int       `json:"meetings_present"`
	Expected      int       `json:"meetings_expected"`
	Made          int       `json:"commitments_made"`
	Done          int       `json:"commitments_done"`
	Overdue       int       `json:"commitments_overdue"`
	LastActivity  time.Time `json:"last_activity,omitzero"`
}

// reviewExport builds the export of r from its stored analysis and, once
// closed, its summary (which holds only what the anonymity rule allows).
func reviewExport(r storage.Review) (reviewRecord, error) {
	a, err := review.AnalysisOf(r)
	if err != nil {
		return reviewRecord{}, err
	}
	s, closed, err := review.SummaryOf(r)
	if err != nil {
		return reviewRecord{}, err
	}
	x := reviewRecord{
		Review: reviewFacts{ID: r.ID, Status: r.Status, OpenedAt: r.OpenedAt, ClosedAt: r.ClosedAt, PeriodFrom: r.PeriodFrom, PeriodTo: r.PeriodTo,
			Committees: orEmpty(r.Committees), Dimensions: orEmpty(r.Dimensions), MinAnswers: max(r.MinAnswers, storage.MinAnonymity),
			Invited: len(r.Invitees)},
		Ratings: []ratingRecord{}, Consolidation: []consolidationRecord{}, Comments: []commentRecord{}, Participation: []participationRecord{},
	}
	if closed {
		x.Review.MinAnswers, x.Review.Responded, x.Review.ResponseRate, x.Review.OverallTrend = s.MinAnswers, s.Responded, s.ResponseRate, s.OverallTrend
		if s.OverallN > 0 {
			x.Review.Overall = &s.Overall
		}
		x.addRatings(r.Dimensions, s)
	}
	for _, p := range a.Stakeholders {
		committees := make([]string, len(p.Committees))
		for i, c := range p.Committees {
			committees[i] = c.Name
		}
		x.Participation = append(x.Participation, participationRecord{
			ID: p.ID, Name: p.Name, Status: p.Status, Sector: p.Sector, DecisionMaker: p.DecisionMaker, Multiplier: p.Multiplier,
			Committees: committees, Class: p.Class, Present: p.Attendance.Present, Expected: p.Attendance.Expected,
			Made: p.Made, Done: p.Done, Overdue: p.Overdue, LastActivity: p.LastActivity,
		})
	}
	return x, nil
}

// addRatings adds the survey tables of summary s.
func (x *reviewRecord) addRatings(dims []string, s review.Summary) {
	for _, c := range s.Committees {
		for i, d := range dims {
			rec := ratingRecord{CommitteeID: c.ID, Committee: c.Name, Dimension: d, N: c.Answers}
			if c.Shown && i < len(c.Dimensions) {
				dr := c.Dimensions[i]
				rec.N, rec.Average, rec.Trend = dr.N, &dr.Average, dr.Trend
				if dr.PreviousN > 0 {
					rec.Previous = &dr.Previous
				}
			}
			x.Ratings = append(x.Ratings, rec)
		}
		for _, q := range c.Consolidation {
			rec := consolidationRecord{CommitteeID: c.ID, Committee: c.Name, Question: q.Question, N: q.N}
			if q.Shown {
				rec.Yes, rec.Partly, rec.No = &q.Yes, &q.Partly, &q.No
			}
			x.Consolidation = append(x.Consolidation, rec)
		}
		for _, text := range c.Comments {
			x.Comments = append(x.Comments, commentRecord{CommitteeID: c.ID, Committee: c.Name, Text: text})
		}
	}
}

// sections are the CSV tables of the export, in the caller's language.
func (x reviewRecord) sections(cl *call) []csvSection {
	l := cl.lang
	cols := func(keys ...string) []string {
		out := make([]string, len(keys))
		for i, k := range keys {
			out[i] = l.T("export.col." + k)
		}
		return out
	}
	decimal := func(v *float64) string {
		if v == nil {
			return ""
		}
		return l.Decimal(*v)
	}
	count := func(v *int) string {
		if v == nil {
			return ""
		}
		return strconv.Itoa(*v)
	}
	ratings := csvSection{title: l.T("export.section.ratings", x.Review.MinAnswers), header: cols("committee_id", "committee", "dimension", "n", "average", "previous", "trend")}
	for _, r := range x.Ratings {
		trend := ""
		if r.Trend != "" {
			trend = trendMark(l, r.Trend)
		}
		ratings.rows = append(ratings.rows, []string{r.CommitteeID, r.Committee, dimensionName(l, r.Dimension), strconv.Itoa(r.N), decimal(r.Average), decimal(r.Previous), trend})
	}
	consolidation := csvSection{title: l.T("export.section.consolidation"), header: cols("committee_id", "committee", "question", "n", "yes", "partly", "no")}
	for _, r := range x.Consolidation {
		consolidation.rows = append(consolidation.rows, []string{r.CommitteeID, r.Committee, l.T("review.question." + r.Question), strconv.Itoa(r.N), count(r.Yes), count(r.Partly), count(r.No)})
	}
	comments := csvSection{title: l.T("export.section.comments"), header: cols("committee_id", "committee", "comment")}
	for _, r := range x.Comments {
		comments.rows = append(comments.rows, []string{r.CommitteeID, r.Committee, r.Text})
	}
	participation := csvSection{title: l.T("export.section.participation"), header: cols("id", "name", "status", "sector", "decision", "multiplier",
		"committees", "class", "present", "expected", "made", "done", "overdue", "last_activity")}
	for _, p := range x.Participation {
		participation.rows = append(participation.rows, []string{p.ID, p.Name, l.T("status." + p.Status), cl.sectorLabel(p.Sector),
			yesNoCell(l, p.DecisionMaker), yesNoCell(l, p.Multiplier), strings.Join(p.Committees, ", "), l.T("review.class." + p.Class),
			strconv.Itoa(p.Present), strconv.Itoa(p.Expected), strconv.Itoa(p.Made), strconv.Itoa(p.Done), strconv.Itoa(p.Overdue), cl.stampCell(p.LastActivity)})
	}
	return []csvSection{ratings, consolidation, comments, participation}
}
