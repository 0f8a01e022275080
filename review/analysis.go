package review

import (
	"context"
	"time"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

// Period is the span a review looks at: the instants From (inclusive) to
// To (exclusive), in UTC.
type Period struct {
	From time.Time `bson:"from" json:"from"`
	To   time.Time `bson:"to" json:"to"`
}

// Contains reports whether t lies in [From, To).
func (p Period) Contains(t time.Time) bool { return !t.Before(p.From) && t.Before(p.To) }

// lookBack is the two periods that decide between fading and inactive: the
// period itself and one of the same length before it.
func (p Period) lookBack() Period { return Period{From: p.From.Add(-p.To.Sub(p.From)), To: p.To} }

// Options are the inputs of Analyze besides the period.
type Options struct {
	// Today is the calendar day ("2006-01-02") in the workspace's zone on
	// which overdue commitments are counted (storage.Commitment.Overdue).
	Today string
	// Zone is the workspace's time zone: a meeting's day belongs to the
	// period when its local midnight does. Nil means UTC.
	Zone *time.Location
	// Committees are the short ids of the committees under review; empty
	// means every active committee.
	Committees []string
	// Previous is the previous review's analysis, when there is one. Its
	// period start is where "changed since" begins and its Topics are the
	// topics to compare with.
	Previous *Analysis
	// Since is where "changed since" begins when there is no Previous;
	// zero means the period start.
	Since time.Time
	// Answered holds the stakeholders (short ids) who answered the
	// previous review's survey.
	Answered map[string]bool
}

// Ref names a record: its short id and its name when analysed.
type Ref struct {
	ID   string `bson:"id" json:"id"`
	Name string `bson:"name" json:"name"`
}

// Analysis is the stakeholder analysis of one review: plain data, stored
// with the review. Every slice is sorted (stakeholders and committees by
// name, then id), so it renders as it is.
type Analysis struct {
	Period Period `bson:"period" json:"period"`
	// Since is where the changed priorities begin.
	Since time.Time `bson:"since" json:"since"`
	Today string    `bson:"today" json:"today"`
	// Reviewed are the committees under review.
	Reviewed     []Ref              `bson:"reviewed" json:"reviewed"`
	Stakeholders []Participation    `bson:"stakeholders" json:"stakeholders"`
	Counts       ClassCounts        `bson:"counts" json:"counts"`
	Committees   []CommitteeSummary `bson:"committees" json:"committees"`
	Changes      Changes            `bson:"changes" json:"changes"`
	// Topics are the topics of the stakeholders not archived at the end of
	// the analysis, case folded, sorted: the next review compares with them.
	Topics []string `bson:"topics" json:"topics"`
	Flags  []Flag   `bson:"flags" json:"flags"`
}

// ClassCounts counts the stakeholders per participation class.
type ClassCounts struct {
	Active   int `bson:"active" json:"active"`
	Fading   int `bson:"fading" json:"fading"`
	Inactive int `bson:"inactive" json:"inactive"`
}

// Analyze computes the stakeholder analysis of the workspace for period p:
// participation per stakeholder and per committee, the priorities that
// changed since the previous review, and the effectiveness flags. It reads
// each collection once with a plain team-scoped find and computes the rest
// in Go. It changes nothing, so it may be repeated.
//
// It fails with KindInvalid when p is empty or reversed or opts.Today is not
// a day, with KindNotFound when a committee of opts.Committees does not
// exist, and with the storage error when a read fails.
func Analyze(ctx context.Context, team *storage.Team, p Period, opts Options) (Analysis, error) {
	p = Period{From: p.From.UTC(), To: p.To.UTC()}
	if !p.From.Before(p.To) {
		return Analysis{}, &storage.Error{Kind: storage.KindInvalid, Op: "analyze: empty period"}
	}
	if _, err := time.Parse(time.DateOnly, opts.Today); err != nil {
		return Analysis{}, &storage.Error{Kind: storage.KindInvalid, Op: "analyze: today", Err: err}
	}
	if opts.Zone == nil {
		opts.Zone = time.UTC
	}
	since := opts.Since
	if opts.Previous != nil {
		since = opts.Previous.Period.From
	}
	if since.IsZero() || since.After(p.From) {
		since = p.From
	}
	since = since.UTC()
	n, err := loadNetwork(ctx, team, p, since, opts.Zone)
	if err != nil {
		return Analysis{}, err
	}
	reviewed, err := n.reviewed(opts.Committees)
	if err != nil {
		return Analysis{}, err
	}
	a := Analysis{Period: p, Since: since, Today: opts.Today, Reviewed: refs(reviewed)}
	a.Stakeholders, a.Counts = n.participation(opts.Today, opts.Answered)
	a.Committees = n.committeeSummaries(reviewed)
	a.Topics = n.topicsNow()
	a.Changes = n.changes(opts.Previous)
	a.Flags = n.flags(&a)
	return a, nil
}

// refs names committees.
func refs(cs []*storage.Committee) []Ref {
	out := make([]Ref, len(cs))
	for i, c := range cs {
		out[i] = Ref{ID: c.ID, Name: c.Name}
	}
	return out
}
