package review

import (
	"context"
	"time"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

// Options are the inputs of Analyze besides the period.
type Options struct {
	// Today is the calendar day ("2006-01-02") in the workspace's zone on
	// which overdue commitments are counted (storage.Commitment.Overdue).
	Today string
	// Zone is the workspace's time zone: a meeting's day belongs to the
	// period when its local midnight does. Nil means UTC.
	Zone *time.Location
	// Committees are the short ids of the committees under review; empty
	// means the whole network (every active committee).
	Committees []string
	// Previous is the previous review's analysis, when there is one: the
	// changed priorities compare with its topic tallies and sector mix.
	Previous *Analysis
	// LateFrom is when the previous review opened (zero for a first
	// review): a meeting dated before the period but logged at or after
	// LateFrom was not in the previous review and counts in this one, so
	// that every meeting logged between two reviews counts in exactly one.
	LateFrom time.Time
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
// with the review when it opens, holding names (it is for coordinators;
// channel posts show none of them). Every slice is sorted (stakeholders
// and committees by name, then id) unless its field says otherwise, so it
// renders as it is.
type Analysis struct {
	Period Period `bson:"period" json:"period"`
	// LateFrom is Options.LateFrom: meetings dated before the period and
	// logged from then on are counted too. Zero for a first review.
	LateFrom time.Time `bson:"late_from" json:"late_from"`
	// Today is the local day overdue commitments were counted on.
	Today string `bson:"today" json:"today"`
	// Whole is true for a review of the whole network, false for one
	// limited to some committees (then only their meetings count, only
	// their members are listed, and there are no sector flags).
	Whole bool `bson:"whole" json:"whole"`
	// Reviewed are the committees under review.
	Reviewed []Ref `bson:"reviewed" json:"reviewed"`
	// Stakeholders is the participation of every stakeholder in scope
	// (not archived; in a limited review only members of the reviewed
	// committees and those expected at their meetings). See CallOrder for
	// the order a coordinator reads them in.
	Stakeholders []Participation `bson:"stakeholders" json:"stakeholders"`
	Counts       ClassCounts     `bson:"counts" json:"counts"`
	// Committees summarise the reviewed committees, in Reviewed's order.
	Committees []CommitteeSummary `bson:"committees" json:"committees"`
	// Changes are the priorities that changed in the period.
	Changes Changes `bson:"changes" json:"changes"`
	// Topics count, per topic (case folded, sorted), the stakeholders not
	// archived who have it when the analysis is made and the period's
	// commitments of their owners: the next review compares with them.
	Topics []TopicTally `bson:"topics" json:"topics"`
	// Sectors is the sector mix of the network and of the steering groups
	// when the analysis is made; Changes.SectorsBefore is the one at the
	// period start.
	Sectors SectorMix `bson:"sectors" json:"sectors"`
	// Flags are the findings about the structures, in the order of the
	// Flag… constants.
	Flags []Flag `bson:"flags" json:"flags"`
}

// ClassCounts counts the stakeholders per participation class.
type ClassCounts struct {
	Active   int `bson:"active" json:"active"`
	Fading   int `bson:"fading" json:"fading"`
	Inactive int `bson:"inactive" json:"inactive"`
}

// Analyze computes the stakeholder analysis of the workspace for period p:
// participation per stakeholder and per committee, the priorities that
// changed in the period, and the effectiveness flags. It reads each
// collection once with a plain team-scoped find and computes the rest in
// Go. It changes nothing, so it may be repeated.
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
	n, err := loadNetwork(ctx, team, p, opts)
	if err != nil {
		return Analysis{}, err
	}
	reviewed, err := n.reviewed(opts.Committees)
	if err != nil {
		return Analysis{}, err
	}
	a := Analysis{Period: p, LateFrom: opts.LateFrom.UTC(), Today: opts.Today, Whole: len(opts.Committees) == 0, Reviewed: refs(reviewed)}
	if !a.Whole {
		n.limitTo(reviewed)
	}
	a.Stakeholders, a.Counts = n.participation(opts.Today, opts.Answered)
	a.Committees = n.committeeSummaries(reviewed, opts.Today)
	a.Topics = n.topicTallies(n.topicsNow(), n.period)
	a.Sectors = n.sectorMixNow()
	a.Changes = n.changes(opts.Previous, a.Topics)
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
