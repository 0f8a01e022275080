package review_test

import (
	"context"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

var berlin = mustZone("Europe/Berlin")

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

// at is a Berlin wall time "2006-01-02 15:04".
func at(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", s, berlin)
	if err != nil {
		panic(err)
	}
	return t.UTC()
}

// The period: the first quarter of 2026 in Berlin. Its length L is 90
// days less an hour (the clocks go forward on 29 March), so the look-back
// [From − L, To) starts at 2025-10-03 00:00 UTC, not at the start of the
// previous quarter.
var quarter = review.Period{From: at("2026-01-01 00:00"), To: at("2026-04-01 00:00")}

// smallNetwork is the hand-computed network of the tests.
type smallNetwork struct {
	anna, ben, cleo, dora, emil, fritz storage.Stakeholder
	steering, transitions, language    storage.Committee
	existing, old                      storage.Committee
	c1, c2, c3, c4                     storage.Commitment
}

func buildSmall(t *testing.T, team *storage.Team) smallNetwork {
	t.Helper()
	ctx := context.Background()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	person := func(s storage.Stakeholder) storage.Stakeholder {
		t.Helper()
		if s.Status == "" {
			s.Status = storage.StatusConfirmed
		}
		s, err := team.AddStakeholder(ctx, s)
		must(err)
		return s
	}
	var n smallNetwork
	n.anna = person(storage.Stakeholder{Name: "Anna Schulz", Sector: "school", DecisionMaker: true, SlackUser: "UANNA",
		Topics: []string{"Ganztag", "Sprachförderung"}, CreatedAt: at("2025-06-01 10:00")})
	n.ben = person(storage.Stakeholder{Name: "Ben Kaufmann", Sector: "business", Multiplier: true, SlackUser: "UBEN",
		Topics: []string{"ganztag "}, CreatedAt: at("2025-06-01 10:00")})
	n.cleo = person(storage.Stakeholder{Name: "Cleo Jugend", Sector: "youth-welfare", SlackUser: "UCLEO", CreatedAt: at("2025-06-01 10:00")})
	n.dora = person(storage.Stakeholder{Name: "Dora Rat", Sector: "politics", DecisionMaker: true, CreatedAt: at("2025-01-01 10:00")})
	n.emil = person(storage.Stakeholder{Name: "Emil Amt", Sector: "administration", SlackUser: "UEMIL", Status: storage.StatusProposed,
		Topics: []string{"Digitalisierung"}, CreatedAt: at("2026-03-10 09:00")})
	n.fritz = person(storage.Stakeholder{Name: "Fritz Verein", Sector: "civil-society", Status: storage.StatusArchived,
		Topics: []string{"Inklusion"}, CreatedAt: at("2025-01-01 10:00")})

	committee := func(c storage.Committee, members ...storage.Stakeholder) storage.Committee {
		t.Helper()
		c, err := team.AddCommittee(ctx, c)
		must(err)
		for _, m := range members {
			_, err := team.AddMember(ctx, c.ID, m.ID, "UCOORD", c.CreatedAt)
			must(err)
		}
		return c
	}
	n.steering = committee(storage.Committee{Name: "Lenkungsgruppe", Kind: storage.KindSteering, Purpose: storage.PurposeNetworking,
		CreatedAt: at("2025-01-01 10:00")}, n.anna, n.ben, n.dora)
	n.transitions = committee(storage.Committee{Name: "AG Übergänge", Kind: storage.KindWorking, Purpose: storage.PurposeCooperation,
		CreatedAt: at("2025-06-01 10:00")}, n.anna, n.ben, n.cleo)
	n.language = committee(storage.Committee{Name: "AG Sprache", Kind: storage.KindWorking, Purpose: storage.PurposeCooperation,
		CreatedAt: at("2026-01-10 10:00")}, n.anna, n.ben, n.cleo)
	n.existing = committee(storage.Committee{Name: "Bestandsgremium Jugendhilfe", Kind: storage.KindExisting, Purpose: storage.PurposeNetworking,
		CreatedAt: at("2025-01-01 10:00")}, n.ben, n.cleo)
	n.old = committee(storage.Committee{Name: "Alte AG", Kind: storage.KindWorking, Purpose: storage.PurposeCooperation,
		Status: storage.CommitteeArchived, CreatedAt: at("2025-01-01 10:00")}, n.dora)

	meet := func(c storage.Committee, date string, members, present []storage.Stakeholder) {
		t.Helper()
		_, err := team.AddMeeting(ctx, storage.Meeting{CommitteeID: c.ID, Date: date, Members: ids(members), Present: ids(present), LoggedAt: at(date + " 20:00")})
		must(err)
	}
	abd := []storage.Stakeholder{n.anna, n.ben, n.dora}
	meet(n.steering, "2025-12-31", abd, []storage.Stakeholder{n.ben}) // before the period
	meet(n.steering, "2026-01-15", abd, []storage.Stakeholder{n.anna})
	meet(n.steering, "2026-02-15", abd, []storage.Stakeholder{n.anna})
	meet(n.steering, "2026-03-15", abd, []storage.Stakeholder{n.anna, n.ben})
	meet(n.steering, "2026-04-01", abd, []storage.Stakeholder{n.dora}) // after the period
	// Cleo joined the working group after its meeting.
	meet(n.transitions, "2026-02-20", []storage.Stakeholder{n.anna, n.ben}, []storage.Stakeholder{n.anna})

	commit := func(c storage.Commitment) storage.Commitment {
		t.Helper()
		c, err := team.AddCommitment(ctx, c)
		must(err)
		return c
	}
	n.c1 = commit(storage.Commitment{Owner: n.anna.ID, Text: "Konzept", Due: "2026-02-28", Committee: n.transitions.ID, CreatedBy: "UANNA", CreatedAt: at("2026-01-20 12:00")})
	_, err := team.RecordCommitmentEvent(ctx, storage.CommitmentEvent{Commitment: n.c1.ID, At: at("2026-02-25 12:00"), Actor: "UANNA",
		Kind: storage.EventStatus, From: storage.CommitmentOpen, To: storage.CommitmentDone})
	must(err)
	n.c2 = commit(storage.Commitment{Owner: n.ben.ID, Text: "Praktika", Due: "2026-03-20", CreatedBy: "UCOORD", CreatedAt: at("2026-03-01 12:00")})
	n.c3 = commit(storage.Commitment{Owner: n.cleo.ID, Text: "Fachtag", Due: "2026-03-31", CreatedBy: "UCLEO", CreatedAt: at("2025-11-15 12:00")})
	n.c4 = commit(storage.Commitment{Owner: n.anna.ID, Text: "Bericht", Due: "2026-04-01", CreatedBy: "UCOORD", CreatedAt: at("2025-09-01 12:00")})

	audit := func(e storage.AuditEntry) {
		t.Helper()
		must(team.Audit(ctx, e))
	}
	audit(storage.AuditEntry{At: at("2026-02-01 09:00"), Actor: "UCOORD", Action: "stakeholder.edit", TargetKind: "stakeholder", TargetID: n.anna.ID,
		Changes: []storage.Change{{Field: "topics", Before: "Ganztag, Übergang Kita", After: "Ganztag, Sprachförderung"}}})
	audit(storage.AuditEntry{At: at("2026-02-10 09:00"), Actor: "UCOORD", Action: "stakeholder.archive", TargetKind: "stakeholder", TargetID: n.fritz.ID})
	audit(storage.AuditEntry{At: at("2026-02-01 09:00"), Actor: "UCOORD", Action: "committee.archive", TargetKind: "committee", TargetID: n.old.ID})
	audit(storage.AuditEntry{At: at("2026-02-25 12:00"), Actor: "UANNA", Action: "commitment.done", TargetKind: "commitment", TargetID: n.c1.ID})
	audit(storage.AuditEntry{At: at("2026-03-12 09:00"), Actor: "UEMIL", Action: "commitment.note", TargetKind: "commitment", TargetID: n.c2.ID})
	return n
}

func ids(ss []storage.Stakeholder) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.ID
	}
	return out
}

func ref(id, name string) review.Ref { return review.Ref{ID: id, Name: name} }

func analyzeSmall(t *testing.T, opts review.Options) (smallNetwork, review.Analysis) {
	t.Helper()
	team := storagetest.Open(t).Team("T1")
	n := buildSmall(t, team)
	opts.Today, opts.Zone = "2026-04-01", berlin
	a, err := review.Analyze(context.Background(), team, quarter, opts)
	if err != nil {
		t.Fatal(err)
	}
	return n, a
}

func TestAnalyzeParticipation(t *testing.T) {
	n, a := analyzeSmall(t, review.Options{Answered: map[string]bool{}})
	type row struct {
		name              string
		present, expected int
		made, done, over  int
		last              time.Time
		class             string
	}
	want := []row{
		{"Anna Schulz", 4, 4, 1, 1, 0, at("2026-03-15 00:00"), review.ClassActive},
		{"Ben Kaufmann", 1, 4, 1, 0, 1, at("2026-03-15 00:00"), review.ClassFading}, // attendance 25 %
		{"Cleo Jugend", 0, 0, 0, 0, 1, at("2025-11-15 12:00"), review.ClassFading},  // last activity in the look-back
		{"Dora Rat", 0, 3, 0, 0, 0, time.Time{}, review.ClassInactive},              // present only after the period
		{"Emil Amt", 0, 0, 0, 0, 0, at("2026-03-12 09:00"), review.ClassActive},     // audit by the linked user
	}
	if len(a.Stakeholders) != len(want) {
		t.Fatalf("stakeholders = %+v", a.Stakeholders)
	}
	for i, w := range want {
		p := a.Stakeholders[i]
		got := row{p.Name, p.Attendance.Present, p.Attendance.Expected, p.Made, p.Done, p.Overdue, p.LastActivity, p.Class}
		if !reflect.DeepEqual(got, w) {
			t.Errorf("row %d = %+v\nwant     %+v", i, got, w)
		}
	}
	if r, _ := a.Stakeholders[1].Attendance.Rate(); r != 0.25 {
		t.Errorf("Ben's attendance = %v", r)
	}
	if _, ok := a.Stakeholders[2].Attendance.Rate(); ok {
		t.Errorf("Cleo, expected at no meeting, has an attendance rate")
	}
	if got := a.Stakeholders[0].Committees; !reflect.DeepEqual(got, []review.Ref{ref(n.language.ID, "AG Sprache"), ref(n.transitions.ID, "AG Übergänge"), ref(n.steering.ID, "Lenkungsgruppe")}) {
		t.Errorf("Anna's committees = %+v", got)
	}
	if a.Counts != (review.ClassCounts{Active: 2, Fading: 2, Inactive: 1}) {
		t.Errorf("counts = %+v", a.Counts)
	}
	if a.Stakeholders[4].Status != storage.StatusProposed || a.Stakeholders[0].ID != n.anna.ID {
		t.Errorf("rows = %+v", a.Stakeholders)
	}
}

func TestAnalyzeCommittees(t *testing.T) {
	n, a := analyzeSmall(t, review.Options{})
	if !reflect.DeepEqual(a.Reviewed, []review.Ref{ref(n.language.ID, "AG Sprache"), ref(n.transitions.ID, "AG Übergänge"),
		ref(n.existing.ID, "Bestandsgremium Jugendhilfe"), ref(n.steering.ID, "Lenkungsgruppe")}) {
		t.Fatalf("reviewed = %+v", a.Reviewed)
	}
	steering := a.Committees[3]
	if rate, _ := steering.Attendance.Rate(); steering.Meetings != 3 || steering.Attendance != (review.Attendance{Present: 4, Expected: 9}) || rate != 4.0/9 {
		t.Errorf("steering = %+v", steering)
	}
	if !reflect.DeepEqual(steering.SectorsPresent, []string{"school", "politics", "business"}) ||
		!reflect.DeepEqual(steering.SectorsMissing, []string{"early-childhood", "adult-education", "vocational", "higher-education",
			"youth-welfare", "administration", "civil-society"}) { // "other" is never missing
		t.Errorf("sectors = %v / %v", steering.SectorsPresent, steering.SectorsMissing)
	}
	if !reflect.DeepEqual(steering.DecisionMakers, []review.Ref{ref(n.anna.ID, "Anna Schulz"), ref(n.dora.ID, "Dora Rat")}) {
		t.Errorf("decision makers = %+v", steering.DecisionMakers)
	}
	tr := a.Committees[1]
	if tr.Meetings != 1 || tr.Attendance != (review.Attendance{Present: 1, Expected: 2}) || tr.Commitments != 1 {
		t.Errorf("transitions = %+v", tr)
	}
	if !reflect.DeepEqual(tr.Members, []review.Ref{ref(n.anna.ID, "Anna Schulz"), ref(n.ben.ID, "Ben Kaufmann"), ref(n.cleo.ID, "Cleo Jugend")}) ||
		!reflect.DeepEqual(tr.Multipliers, []review.Ref{ref(n.ben.ID, "Ben Kaufmann")}) {
		t.Errorf("transitions members = %+v / %+v", tr.Members, tr.Multipliers)
	}
	if lang := a.Committees[0]; lang.Meetings != 0 || lang.Attendance != (review.Attendance{}) || lang.Commitments != 0 {
		t.Errorf("language = %+v", lang)
	}
	// c1 was done on 25 February, due 28 February: on time.
	if tr.DoneOnTime != 1 || tr.DoneLate != 0 || tr.Overdue != 0 {
		t.Errorf("transitions commitments = %d on time, %d late, %d overdue", tr.DoneOnTime, tr.DoneLate, tr.Overdue)
	}
}

func TestAnalyzeFlags(t *testing.T) {
	n, a := analyzeSmall(t, review.Options{})
	steering := []review.Ref{ref(n.steering.ID, "Lenkungsgruppe")}
	want := []review.Flag{
		{Kind: review.FlagNoDecisionMaker, Committees: []review.Ref{ref(n.existing.ID, "Bestandsgremium Jugendhilfe")}},
		{Kind: review.FlagLowAttendance, Committees: steering, Rate: 4.0 / 9},
		{Kind: review.FlagNoCommitments, Committees: []review.Ref{ref(n.language.ID, "AG Sprache")}},
		{Kind: review.FlagOverlap, Committees: []review.Ref{ref(n.language.ID, "AG Sprache"), ref(n.transitions.ID, "AG Übergänge")},
			Stakeholders: []review.Ref{ref(n.anna.ID, "Anna Schulz"), ref(n.ben.ID, "Ben Kaufmann"), ref(n.cleo.ID, "Cleo Jugend")}, Count: 3, Rate: 1},
		{Kind: review.FlagSteeringSectorMissing, Committees: steering, Sector: "youth-welfare", Count: 1},
		{Kind: review.FlagSteeringSectorMissing, Committees: steering, Sector: "administration", Count: 1},
		{Kind: review.FlagInactiveDecisionMaker, Stakeholders: []review.Ref{ref(n.dora.ID, "Dora Rat")}},
		{Kind: review.FlagOverdue, Commitments: []string{n.c2.ID, n.c3.ID}, Count: 2},
	}
	if !reflect.DeepEqual(a.Flags, want) {
		t.Errorf("flags:\n got %+v\nwant %+v", a.Flags, want)
	}
}

func TestAnalyzeFlagsDoNotFireOnAHealthyNetwork(t *testing.T) {
	ctx := context.Background()
	team := storagetest.Open(t).Team("T1")
	s, err := team.AddStakeholder(ctx, storage.Stakeholder{Name: "Anna", Sector: "school", DecisionMaker: true, Status: storage.StatusConfirmed,
		SlackUser: "UANNA", CreatedAt: at("2025-01-01 10:00")})
	if err != nil {
		t.Fatal(err)
	}
	c, err := team.AddCommittee(ctx, storage.Committee{Name: "Lenkungsgruppe", Kind: storage.KindSteering, Purpose: storage.PurposeCooperation})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := team.AddMember(ctx, c.ID, s.ID, "UC", at("2025-01-01 10:00")); err != nil {
		t.Fatal(err)
	}
	if _, err := team.AddMeeting(ctx, storage.Meeting{CommitteeID: c.ID, Date: "2026-01-01", Members: []string{s.ID}, Present: []string{s.ID}}); err != nil {
		t.Fatal(err)
	}
	if _, err := team.AddCommitment(ctx, storage.Commitment{Owner: s.ID, Committee: c.ID, Due: "2026-04-01", CreatedAt: at("2026-03-31 23:59")}); err != nil {
		t.Fatal(err)
	}
	a, err := review.Analyze(ctx, team, quarter, review.Options{Today: "2026-04-01", Zone: berlin})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Flags) != 0 {
		t.Errorf("flags = %+v", a.Flags)
	}
	if a.Stakeholders[0].Class != review.ClassActive || a.Committees[0].Commitments != 1 || a.Committees[0].Meetings != 1 {
		t.Errorf("analysis = %+v", a)
	}
}

func TestAnalyzeChangedPriorities(t *testing.T) {
	n, a := analyzeSmall(t, review.Options{})
	// Before (rebuilt): Anna ganztag, übergang kita; Ben ganztag; Fritz
	// inklusion (archived in the period); no commitment of theirs in the
	// quarter before. Now: Anna ganztag, sprachförderung (c1); Ben ganztag
	// (c2); Emil digitalisierung.
	sc := func(sector string, n int) review.SectorCount { return review.SectorCount{Sector: sector, Count: n} }
	want := review.Changes{
		StakeholdersAdded:     []review.Ref{ref(n.emil.ID, "Emil Amt")},
		StakeholdersConfirmed: []review.Ref{},
		StakeholdersArchived:  []review.Ref{ref(n.fritz.ID, "Fritz Verein")},
		CommitteesAdded:       []review.Ref{ref(n.language.ID, "AG Sprache")},
		CommitteesArchived:    []review.Ref{ref(n.old.ID, "Alte AG")},
		Memberships:           []review.MembershipChange{}, // AG Sprache is new: its members are no change
		TopicsGained:          []string{"digitalisierung", "sprachförderung"},
		TopicsLost:            []string{"inklusion", "übergang kita"},
		Topics: []review.TopicChange{
			{Topic: "digitalisierung", Stakeholders: 1},
			{Topic: "ganztag", StakeholdersBefore: 2, Stakeholders: 2, Commitments: 2},
			{Topic: "inklusion", StakeholdersBefore: 1},
			{Topic: "sprachförderung", Stakeholders: 1, Commitments: 1},
			{Topic: "übergang kita", StakeholdersBefore: 1},
		},
		SectorsBefore: review.SectorMix{
			Network:  []review.SectorCount{sc("school", 1), sc("youth-welfare", 1), sc("politics", 1), sc("business", 1), sc("civil-society", 1)},
			Steering: []review.SectorCount{sc("school", 1), sc("politics", 1), sc("business", 1)},
		},
		From: review.FromAudit,
	}
	if !reflect.DeepEqual(a.Changes, want) {
		t.Errorf("changes:\n got %+v\nwant %+v", a.Changes, want)
	}
	wantNow := review.SectorMix{
		Network:  []review.SectorCount{sc("school", 1), sc("youth-welfare", 1), sc("administration", 1), sc("politics", 1), sc("business", 1)},
		Steering: []review.SectorCount{sc("school", 1), sc("politics", 1), sc("business", 1)},
	}
	if !reflect.DeepEqual(a.Sectors, wantNow) {
		t.Errorf("sectors now = %+v", a.Sectors)
	}
	if !reflect.DeepEqual(a.Topics, []review.TopicTally{{Topic: "digitalisierung", Stakeholders: 1},
		{Topic: "ganztag", Stakeholders: 2, Commitments: 2}, {Topic: "sprachförderung", Stakeholders: 1, Commitments: 1}}) {
		t.Errorf("topics = %+v", a.Topics)
	}
}

func TestAnalyzeChangedTopicsAgainstThePreviousSnapshot(t *testing.T) {
	steering := []review.SectorCount{{Sector: "school", Count: 2}}
	prev := &review.Analysis{Topics: []review.TopicTally{{Topic: "Ganztag", Stakeholders: 2, Commitments: 5}, {Topic: "Inklusion", Stakeholders: 1}},
		Sectors: review.SectorMix{Steering: steering}}
	_, a := analyzeSmall(t, review.Options{Previous: prev})
	ch := a.Changes
	if !reflect.DeepEqual(ch.TopicsGained, []string{"digitalisierung", "sprachförderung"}) ||
		!reflect.DeepEqual(ch.TopicsLost, []string{"inklusion"}) || ch.From != review.FromPrevious {
		t.Errorf("changes = %+v", ch)
	}
	if want := (review.TopicChange{Topic: "ganztag", StakeholdersBefore: 2, Stakeholders: 2, CommitmentsBefore: 5, Commitments: 2}); !slices.Contains(ch.Topics, want) {
		t.Errorf("topic changes = %+v, want %+v among them", ch.Topics, want)
	}
	if !reflect.DeepEqual(ch.SectorsBefore.Steering, steering) || len(ch.CommitteesAdded) != 1 {
		t.Errorf("changes = %+v", ch)
	}
}

func TestAnalyzeSelectedCommitteesAndSurvey(t *testing.T) {
	team := storagetest.Open(t).Team("T1")
	n := buildSmall(t, team)
	ctx := context.Background()
	opts := review.Options{Today: "2026-04-01", Zone: berlin, Committees: []string{n.steering.ID, n.old.ID},
		Answered: map[string]bool{n.ben.ID: true}}
	a, err := review.Analyze(ctx, team, quarter, opts)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a.Reviewed, []review.Ref{ref(n.old.ID, "Alte AG"), ref(n.steering.ID, "Lenkungsgruppe")}) {
		t.Errorf("reviewed = %+v", a.Reviewed)
	}
	if !a.Stakeholders[1].SurveyAnswered || a.Stakeholders[0].SurveyAnswered {
		t.Errorf("survey = %+v", a.Stakeholders[:2])
	}
	opts.Committees = []string{"gnope"}
	if _, err := review.Analyze(ctx, team, quarter, opts); !storage.IsNotFound(err) {
		t.Errorf("unknown committee: %v", err)
	}
	opts.Committees = nil
	if _, err := review.Analyze(ctx, team, review.Period{From: quarter.To, To: quarter.From}, opts); storage.KindOf(err) != storage.KindInvalid {
		t.Errorf("reversed period: %v", err)
	}
	opts.Today = "1.4.2026"
	if _, err := review.Analyze(ctx, team, quarter, opts); storage.KindOf(err) != storage.KindInvalid {
		t.Errorf("bad today: %v", err)
	}
}

func TestClassifyBoundaries(t *testing.T) {
	// One participant with a last activity at various instants around the
	// period and the look-back start (2025-10-03 00:00 UTC).
	team := storagetest.Open(t).Team("T1")
	ctx := context.Background()
	cases := []struct {
		activity time.Time
		class    string
	}{
		{quarter.From, review.ClassActive},
		{quarter.To.Add(-time.Second), review.ClassActive},
		{quarter.From.Add(-time.Second), review.ClassFading},
		{time.Date(2025, 10, 3, 0, 0, 0, 0, time.UTC), review.ClassFading},
		{time.Date(2025, 10, 2, 23, 59, 59, 0, time.UTC), review.ClassInactive},
		{quarter.To, review.ClassInactive}, // after the period: not seen
	}
	for i, c := range cases {
		s, err := team.AddStakeholder(ctx, storage.Stakeholder{Name: "P" + string(rune('a'+i)), Status: storage.StatusConfirmed})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := team.AddCommitment(ctx, storage.Commitment{Owner: s.ID, Due: "2030-01-01", CreatedAt: c.activity}); err != nil {
			t.Fatal(err)
		}
	}
	a, err := review.Analyze(ctx, team, quarter, review.Options{Today: "2026-04-01", Zone: berlin})
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range cases {
		if got := a.Stakeholders[i].Class; got != c.class {
			t.Errorf("activity %v: class %s, want %s", c.activity, got, c.class)
		}
	}
}

func TestAnalyzeStaysInItsWorkspace(t *testing.T) {
	s := storagetest.Open(t)
	buildSmall(t, s.Team("T1"))
	a, err := review.Analyze(context.Background(), s.Team("T2"), quarter, review.Options{Today: "2026-04-01", Zone: berlin})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Stakeholders) != 0 || len(a.Committees) != 0 || len(a.Flags) != 0 || len(a.Topics) != 0 || len(a.Sectors.Network) != 0 {
		t.Errorf("analysis of an empty workspace = %+v", a)
	}
}
