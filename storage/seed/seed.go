// Package seed fills an empty workspace with a fictional education network
// (Kreis Talheim): stakeholders of every sector, committees with members,
// commitments in every state with their history, and a year of meetings.
// The same seed value and "now" always give the same network.
package seed

import (
	"context"
	"fmt"
	"time"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

// The sizes of network.
const (
	Small = "small"
	Large = "large"
)

// Sizes lists the sizes Generate knows.
var Sizes = []string{Small, Large}

// Options choose the network.
type Options struct {
	// Size is Small or Large; empty means Small.
	Size string
	// Seed makes the network; the same seed gives the same network.
	Seed uint64
	// Now is the seeding instant: meetings lie in the year before it,
	// due days around it.
	Now time.Time
	// Loc is the workspace's time zone for calendar days; nil means UTC.
	Loc *time.Location
	// Actor is recorded as the creator of every record; empty means "seed".
	Actor string
}

// Counts says how many records of each kind a network has.
type Counts struct {
	Stakeholders, Committees, Memberships, Commitments, Events, Meetings int
}

// String sums the counts up in one line, for the command line.
func (c Counts) String() string {
	return fmt.Sprintf("%d stakeholders, %d committees, %d memberships, %d commitments (%d history events), %d meetings",
		c.Stakeholders, c.Committees, c.Memberships, c.Commitments, c.Events, c.Meetings)
}

// Network is a generated network, not yet stored.
type Network struct {
	Stakeholders []storage.Stakeholder
	Committees   []storage.Committee
	Memberships  []storage.Membership
	Commitments  []storage.Commitment
	Events       []storage.CommitmentEvent
	Meetings     []storage.Meeting
}

// Counts returns how many records n holds.
func (n *Network) Counts() Counts {
	return Counts{
		Stakeholders: len(n.Stakeholders), Committees: len(n.Committees), Memberships: len(n.Memberships),
		Commitments: len(n.Commitments), Events: len(n.Events), Meetings: len(n.Meetings),
	}
}

// Run generates the network opts describe and stores it in t with bulk
// inserts. It refuses, with a KindConflict error that says how many
// stakeholders are there, a workspace that already has stakeholders, and
// with KindInvalid an unknown size; then nothing is written. A failure
// halfway leaves the records inserted so far (there are no transactions);
// the workspace then has stakeholders, so a second Run refuses it too.
func Run(ctx context.Context, t *storage.Team, opts Options) (Counts, error) {
	n, err := Generate(opts)
	if err != nil {
		return Counts{}, err
	}
	have, err := t.CountStakeholders(ctx)
	if err != nil {
		return Counts{}, err
	}
	if have > 0 {
		return Counts{}, &storage.Error{Kind: storage.KindConflict, Op: "seed",
			Err: fmt.Errorf("workspace %s already has %d stakeholders; seed only fills an empty workspace", t.ID(), have)}
	}
	steps := []func() error{
		func() error { return t.InsertStakeholders(ctx, n.Stakeholders) },
		func() error { return t.InsertCommittees(ctx, n.Committees) },
		func() error { return t.InsertMemberships(ctx, n.Memberships) },
		func() error { return t.InsertCommitments(ctx, n.Commitments) },
		func() error { return t.InsertCommitmentEvents(ctx, n.Events) },
		func() error { return t.InsertMeetings(ctx, n.Meetings) },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return Counts{}, err
		}
	}
	return n.Counts(), nil
}

// sizing holds how many records of each kind a size has.
type sizing struct {
	stakeholders, committees, commitments int
}

var sizings = map[string]sizing{
	Small: {stakeholders: 60, committees: 6, commitments: 150},
	Large: {stakeholders: 2000, committees: 200, commitments: 20000},
}

// Generate builds the network opts describe without storing it. It fails
// with KindInvalid for an unknown size.
func Generate(opts Options) (*Network, error) {
	if opts.Size == "" {
		opts.Size = Small
	}
	sz, ok := sizings[opts.Size]
	if !ok {
		return nil, &storage.Error{Kind: storage.KindInvalid, Op: "seed",
			Err: fmt.Errorf("unknown size %q: use small or large", opts.Size)}
	}
	if opts.Loc == nil {
		opts.Loc = time.UTC
	}
	if opts.Actor == "" {
		opts.Actor = "seed"
	}
	g := newGenerator(opts)
	n := &Network{}
	n.Stakeholders = g.stakeholders(sz.stakeholders)
	n.Committees = g.committees(sz.committees)
	n.Memberships = g.memberships(n.Committees, n.Stakeholders)
	n.Commitments, n.Events = g.commitments(sz.commitments, n.Stakeholders, n.Memberships)
	n.Meetings = g.meetings(n.Committees, n.Memberships)
	return n, nil
}
