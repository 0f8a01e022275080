package review_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/netzwerkbot/netzwerkbot/bot"
	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

// countingFixture is an unseeded workspace in Berlin with six confirmed
// stakeholders P1…P6, linked to the Slack users UP1…UP6, and an engine on
// a clock the test moves.
type countingFixture struct {
	t      *testing.T
	ctx    context.Context
	team   *storage.Team
	clock  *testClock
	engine *review.Engine
	p      []storage.Stakeholder // p[1]…p[6]
}

func newCountingFixture(t *testing.T, start string) *countingFixture {
	t.Helper()
	store := storagetest.Open(t)
	f := &countingFixture{t: t, ctx: context.Background(), team: store.Team("T1"), clock: &testClock{t: at(start)}, p: make([]storage.Stakeholder, 7)}
	core := bot.New(bot.Options{Store: store, Now: f.clock.Now, Log: zerolog.Nop(), Language: i18n.German, Timezone: berlin})
	f.engine = review.NewEngine(review.EngineOptions{Store: store, Composer: core, Now: f.clock.Now, Zone: berlin, Log: zerolog.Nop()})
	for i := 1; i <= 6; i++ {
		s, err := f.team.AddStakeholder(f.ctx, storage.Stakeholder{Name: "P" + string(rune('0'+i)), SlackUser: "UP" + string(rune('0'+i)),
			Status: storage.StatusConfirmed, CreatedAt: at("2025-01-01 10:00")})
		if err != nil {
			t.Fatal(err)
		}
		f.p[i] = s
	}
	return f
}

// committee adds a working group with the members p[i…].
func (f *countingFixture) committee(name string, members ...int) string {
	f.t.Helper()
	c, err := f.team.AddCommittee(f.ctx, storage.Committee{Name: name, Kind: storage.KindWorking, Purpose: storage.PurposeNetworking,
		Status: storage.CommitteeActive, CreatedAt: at("2025-01-01 10:00")})
	if err != nil {
		f.t.Fatal(err)
	}
	for _, m := range members {
		if _, err := f.team.AddMember(f.ctx, c.ID, f.p[m].ID, "UCOORD", at("2025-01-01 10:00")); err != nil {
			f.t.Fatal(err)
		}
	}
	return c.ID
}

// meeting logs a meeting of committee on day, at the Berlin wall time
// logged, with its current members and p[present…] present.
func (f *countingFixture) meeting(committee, day, logged string, present ...int) {
	f.t.Helper()
	ms, err := f.team.Members(f.ctx, committee)
	if err != nil {
		f.t.Fatal(err)
	}
	members := make([]string, len(ms))
	for i, m := range ms {
		members[i] = m.Stakeholder
	}
	ids := make([]string, len(present))
	for i, m := range present {
		ids[i] = f.p[m].ID
	}
	if _, err := f.team.AddMeeting(f.ctx, storage.Meeting{CommitteeID: committee, Date: day, Members: members, Present: ids, LoggedAt: at(logged)}); err != nil {
		f.t.Fatal(err)
	}
}

// open opens a review of the whole network at the Berlin wall time when.
func (f *countingFixture) open(when string) (storage.Review, review.Analysis) {
	f.t.Helper()
	f.clock.Set(at(when))
	r, err := f.engine.Open(f.ctx, f.team, review.OpenRequest{By: "UCOORD", Window: 7 * 24 * time.Hour})
	if err != nil {
		f.t.Fatal(err)
	}
	a, err := review.AnalysisOf(r)
	if err != nil {
		f.t.Fatal(err)
	}
	return r, a
}

// answer stores p[i]'s answer with the same rating for every dimension.
func (f *countingFixture) answer(r storage.Review, committee string, rating int, members ...int) {
	f.t.Helper()
	for _, m := range members {
		ratings := make([]int, len(r.Dimensions))
		for i := range ratings {
			ratings[i] = rating
		}
		if _, err := f.engine.Answer(f.ctx, f.team, review.AnswerRequest{ReviewID: r.ID, CommitteeID: committee, User: f.p[m].SlackUser, Ratings: ratings}); err != nil {
			f.t.Fatalf("answer of P%d: %v", m, err)
		}
	}
}

// close closes r a day later and returns its summary.
func (f *countingFixture) close(r storage.Review) review.Summary {
	f.t.Helper()
	f.clock.Add(24 * time.Hour)
	s, err := f.engine.Close(f.ctx, f.team, r.ID, "UCOORD")
	if err != nil {
		f.t.Fatal(err)
	}
	return s
}

// committeeIn finds committee id in a's committees.
func committeeIn(t *testing.T, a review.Analysis, id string) review.CommitteeSummary {
	t.Helper()
	for _, c := range a.Committees {
		if c.ID == id {
			return c
		}
	}
	t.Fatalf("committee %s not in the analysis", id)
	return review.CommitteeSummary{}
}

// Every meeting counts in exactly one review: one on the day a review
// opens belongs to the next (it is the first day of the next period), and
// one logged after a review opened but dated before it counts in the next.
func TestMeetingsCountInExactlyOneReview(t *testing.T) {
	f := newCountingFixture(t, "2026-02-27 18:00")
	x := f.committee("AG X", 1, 2, 3)
	f.meeting(x, "2026-02-27", "2026-02-27 18:00", 1, 2)    // review 1
	f.meeting(x, "2026-03-02", "2026-03-02 08:00", 1, 2, 3) // the day review 1 opens: review 2
	r1, a1 := f.open("2026-03-02 09:00")
	if c := committeeIn(t, a1, x); c.Meetings != 1 || c.Attendance != (review.Attendance{Present: 2, Expected: 3}) {
		t.Errorf("review 1: %d meetings, attendance %+v; want 1, 2 of 3", c.Meetings, c.Attendance)
	}
	f.meeting(x, "2026-03-01", "2026-03-02 10:00", 1) // logged after review 1 opened: review 2
	f.close(r1)
	f.meeting(x, "2026-03-20", "2026-03-20 19:00", 2, 3)    // review 2
	f.meeting(x, "2026-04-01", "2026-04-01 07:00", 1, 2, 3) // the day review 2 opens: review 3
	r2, a2 := f.open("2026-04-01 09:00")
	if !r2.PeriodFrom.Equal(at("2026-03-02 00:00")) || !r2.PeriodTo.Equal(at("2026-04-01 00:00")) {
		t.Errorf("review 2 period %v – %v", r2.PeriodFrom.In(berlin), r2.PeriodTo.In(berlin))
	}
	// 3 + 1 + 2 present of 3 expected each.
	if c := committeeIn(t, a2, x); c.Meetings != 3 || c.Attendance != (review.Attendance{Present: 6, Expected: 9}) {
		t.Errorf("review 2: %d meetings, attendance %+v; want 3, 6 of 9", c.Meetings, c.Attendance)
	}
	f.close(r2)
	_, a3 := f.open("2026-05-04 09:00")
	if c := committeeIn(t, a3, x); c.Meetings != 1 || c.Attendance != (review.Attendance{Present: 3, Expected: 3}) {
		t.Errorf("review 3: %d meetings, attendance %+v; want 1, 3 of 3", c.Meetings, c.Attendance)
	}
}

// trendsOf returns the trends of committee id's dimensions in s, or nil
// when it is not shown.
func trendsOf(s review.Summary, id string) []string {
	c := s.Ratings(id)
	if c == nil || !c.Shown {
		return nil
	}
	out := make([]string, len(c.Dimensions))
	for i, d := range c.Dimensions {
		out[i] = d.Trend
	}
	return out
}

func all(trend string) []string { return []string{trend, trend, trend, trend} }

// Trends need at least k answers in both reviews; "(neu)" is only for a
// committee never rated before; the overall score is compared over the
// committees shown in both reviews only. k is 3.
func TestTrendRules(t *testing.T) {
	f := newCountingFixture(t, "2026-01-05 09:00")
	x := f.committee("AG X", 1, 2, 3)
	y := f.committee("AG Y", 4, 5, 6)
	z := f.committee("AG Z", 1, 4, 5)

	r1, _ := f.open("2026-01-05 09:00")
	f.answer(r1, x, 5, 1, 2) // two answers: too few
	f.answer(r1, y, 3, 4, 5, 6)
	f.answer(r1, z, 2, 1, 4, 5)
	s1 := f.close(r1)
	if c := s1.Ratings(x); c.Shown || c.Answers != 2 || len(c.Dimensions) != 0 || len(c.Comments) != 0 {
		t.Errorf("review 1, X with 2 answers: %+v", c)
	}
	if got := trendsOf(s1, y); !slices.Equal(got, all(review.TrendNew)) || s1.OverallTrend != review.TrendNew || s1.Overall != 2.5 {
		t.Errorf("review 1: Y %v, overall %v %s; want new, 2.5 new", got, s1.Overall, s1.OverallTrend)
	}

	r2, _ := f.open("2026-02-02 09:00")
	f.answer(r2, x, 4, 1, 2, 3)
	f.answer(r2, y, 4, 4, 5, 6) // Z gets no answer
	s2 := f.close(r2)
	if got := trendsOf(s2, x); !slices.Equal(got, all(review.TrendNone)) {
		t.Errorf("review 2, X rated before with too few answers: %v, want no comparison", got)
	}
	if got := trendsOf(s2, y); !slices.Equal(got, all(review.TrendUp)) || s2.Ratings(y).Dimensions[0].Previous != 3 {
		t.Errorf("review 2, Y: %v, want up from 3", got)
	}
	// Overall 4.0 over X and Y; compared over Y alone: 4 against 3 (not
	// against 2.5, the previous overall over Y and Z).
	if s2.Overall != 4 || s2.Compared != 4 || s2.ComparedPrevious != 3 || s2.ComparedCommittees != 1 || s2.OverallTrend != review.TrendUp {
		t.Errorf("review 2 overall %v, compared %v against %v over %d, %s", s2.Overall, s2.Compared, s2.ComparedPrevious, s2.ComparedCommittees, s2.OverallTrend)
	}

	w := f.committee("AG W", 2, 3, 6)
	r3, _ := f.open("2026-03-02 09:00")
	f.answer(r3, z, 3, 1, 4, 5) // rated in review 1, not in review 2
	f.answer(r3, w, 4, 2, 3, 6) // never rated
	f.answer(r3, y, 4, 4, 5, 6)
	f.answer(r3, x, 1, 1, 2) // too few now
	s3 := f.close(r3)
	if got := trendsOf(s3, z); !slices.Equal(got, all(review.TrendNone)) {
		t.Errorf("review 3, Z rated two reviews ago: %v, want no comparison (not new)", got)
	}
	if got := trendsOf(s3, w); !slices.Equal(got, all(review.TrendNew)) {
		t.Errorf("review 3, W never rated: %v, want new", got)
	}
	if got := trendsOf(s3, y); !slices.Equal(got, all(review.TrendSame)) {
		t.Errorf("review 3, Y: %v, want same", got)
	}
	if s3.Ratings(x).Shown || s3.ComparedCommittees != 1 || s3.OverallTrend != review.TrendSame {
		t.Errorf("review 3: X shown %v, compared over %d, %s", s3.Ratings(x).Shown, s3.ComparedCommittees, s3.OverallTrend)
	}
}

// A trend compares only where both reviews reach this review's threshold:
// a committee shown with 2 answers under k = 2 has no trend once k is 3,
// and it leaves the overall comparison.
func TestTrendNeedsTheThresholdInBothReviews(t *testing.T) {
	f := newCountingFixture(t, "2026-01-05 09:00")
	x := f.committee("AG X", 1, 2, 3)
	if err := f.team.SetAnonymity(f.ctx, 2, "UADMIN", f.clock.Now()); err != nil {
		t.Fatal(err)
	}
	r1, _ := f.open("2026-01-05 09:00")
	f.answer(r1, x, 2, 1, 2)
	if s1 := f.close(r1); !s1.Ratings(x).Shown || s1.MinAnswers != 2 {
		t.Fatalf("review 1 under k = 2: %+v", s1.Ratings(x))
	}
	if err := f.team.SetAnonymity(f.ctx, 3, "UADMIN", f.clock.Now()); err != nil {
		t.Fatal(err)
	}
	r2, _ := f.open("2026-02-02 09:00")
	f.answer(r2, x, 4, 1, 2, 3)
	s2 := f.close(r2)
	if got := trendsOf(s2, x); !slices.Equal(got, all(review.TrendNone)) || s2.Ratings(x).Dimensions[0].PreviousN != 0 {
		t.Errorf("review 2, X had 2 answers before: %v, want no comparison", got)
	}
	if s2.ComparedCommittees != 0 || s2.OverallTrend != review.TrendNone || s2.Overall != 4 {
		t.Errorf("review 2 overall %v, compared over %d, %s; want 4, none", s2.Overall, s2.ComparedCommittees, s2.OverallTrend)
	}
}
