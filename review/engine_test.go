package review_test

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/netzwerkbot/netzwerkbot/bot"
	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/review/outbox"
	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/seed"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

// testClock is a clock the test moves by hand.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *testClock) Now() time.Time      { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *testClock) Set(t time.Time)     { c.mu.Lock(); defer c.mu.Unlock(); c.t = t }
func (c *testClock) Add(d time.Duration) { c.mu.Lock(); defer c.mu.Unlock(); c.t = c.t.Add(d) }

// reviewFixture is a seeded workspace with two committees of our own
// (A: s1, s2; B: s2, s3, s4, each linked to U0SEED00n), a linked
// stakeholder s5 in neither, a coordinator and an admin, and an engine
// whose composer is the bot core.
type reviewFixture struct {
	t      *testing.T
	ctx    context.Context
	store  *storage.Store
	team   *storage.Team
	clock  *testClock
	core   *bot.Core
	engine *review.Engine
	a, b   string
	s      []string // s[1]…s[5]: stakeholder ids linked to U0SEED001…005
}

func newReviewFixture(t *testing.T) *reviewFixture {
	t.Helper()
	ctx := context.Background()
	berlin, _ := time.LoadLocation("Europe/Berlin")
	clock := &testClock{t: time.Date(2027, 3, 1, 8, 0, 0, 0, time.UTC)}
	store := storagetest.Open(t)
	team := store.Team("T1")
	if _, err := seed.Run(ctx, team, seed.Options{Size: seed.Small, Seed: 1, Now: clock.Now(), Loc: berlin}); err != nil {
		t.Fatal(err)
	}
	core := bot.New(bot.Options{Store: store, Now: clock.Now, Log: zerolog.Nop(), Language: i18n.German, Timezone: berlin})
	f := &reviewFixture{t: t, ctx: ctx, store: store, team: team, clock: clock, core: core, s: make([]string, 6)}
	f.engine = f.newEngine()
	core.SetReviews(f.engine)
	for i := 1; i <= 5; i++ {
		linked, err := team.StakeholdersBySlackUser(ctx, user(i))
		if err != nil || len(linked) != 1 {
			t.Fatalf("%s links %d stakeholders: %v", user(i), len(linked), err)
		}
		f.s[i] = linked[0].ID
	}
	f.a = f.committee("Arbeitsgruppe Übergänge", 1, 2)
	f.b = f.committee("Lenkungsgruppe Test", 2, 3, 4)
	for u, r := range map[string]storage.Role{"UCOORD": storage.RoleCoordinator, "UADMIN": storage.RoleAdmin} {
		if err := team.SetRole(ctx, u, r, "test", clock.Now()); err != nil {
			t.Fatal(err)
		}
	}
	return f
}

func user(i int) string { return "U0SEED00" + string(rune('0'+i)) }

func (f *reviewFixture) newEngine() *review.Engine {
	return review.NewEngine(review.EngineOptions{Store: f.store, Composer: f.core, Now: f.clock.Now, Log: zerolog.Nop()})
}

// committee adds a working group with the linked stakeholders s[members].
func (f *reviewFixture) committee(name string, members ...int) string {
	f.t.Helper()
	c, err := f.team.AddCommittee(f.ctx, storage.Committee{Name: name, Kind: storage.KindWorking,
		Purpose: storage.PurposeCooperation, Status: storage.CommitteeActive, CreatedAt: f.clock.Now()})
	if err != nil {
		f.t.Fatal(err)
	}
	for _, m := range members {
		if _, err := f.team.AddMember(f.ctx, c.ID, f.s[m], "test", f.clock.Now()); err != nil {
			f.t.Fatal(err)
		}
	}
	return c.ID
}

// answer stores stakeholder i's answer, failing the test on an error.
func (f *reviewFixture) answer(reviewID, committee string, i int, text string, ratings ...int) {
	f.t.Helper()
	if _, err := f.engine.Answer(f.ctx, f.team, review.AnswerRequest{
		ReviewID: reviewID, CommitteeID: committee, User: user(i), Ratings: ratings, Text: text,
	}); err != nil {
		f.t.Fatalf("answer of s%d: %v", i, err)
	}
}

// keys returns the outbox keys of review id, sorted.
func (f *reviewFixture) keys(id string) []string {
	f.t.Helper()
	msgs, err := f.team.OutboxMessages(f.ctx, id)
	if err != nil {
		f.t.Fatal(err)
	}
	var out []string
	for _, m := range msgs {
		out = append(out, m.Key)
	}
	slices.Sort(out)
	return out
}

// keysWith returns the keys of id containing part.
func (f *reviewFixture) keysWith(id, part string) []string {
	var out []string
	for _, k := range f.keys(id) {
		if strings.Contains(k, "/"+part+"/") {
			out = append(out, k)
		}
	}
	return out
}

func want(id, part string, recipients ...string) []string {
	out := make([]string, len(recipients))
	for i, r := range recipients {
		out[i] = id + "/" + part + "/" + r
	}
	slices.Sort(out)
	return out
}

func (f *reviewFixture) expectKeys(id, part string, recipients ...string) {
	f.t.Helper()
	if got, w := f.keysWith(id, part), want(id, part, recipients...); !slices.Equal(got, w) {
		f.t.Errorf("%s messages:\n got %v\nwant %v", part, got, w)
	}
}

// previousReview opens and closes a review a month back with answers:
// A averages 3.5 per dimension, B 2.0.
func (f *reviewFixture) previousReview() storage.Review {
	f.t.Helper()
	r, err := f.engine.Open(f.ctx, f.team, review.OpenRequest{Committees: []string{f.a, f.b}, By: "UCOORD"})
	if err != nil {
		f.t.Fatal(err)
	}
	f.answer(r.ID, f.a, 1, "", 3, 3, 3, 3)
	f.answer(r.ID, f.a, 2, "", 4, 4, 4, 4)
	f.answer(r.ID, f.b, 2, "", 2, 2, 2, 2)
	f.clock.Add(24 * time.Hour)
	if _, err := f.engine.Close(f.ctx, f.team, r.ID, "UCOORD"); err != nil {
		f.t.Fatal(err)
	}
	f.clock.Add(30 * 24 * time.Hour)
	return r
}

func TestReviewCycleEndToEnd(t *testing.T) {
	f := newReviewFixture(t)
	// The committees are small: results show from two answers.
	if err := f.team.SetAnonymity(f.ctx, 2, "UADMIN", f.clock.Now()); err != nil {
		t.Fatal(err)
	}
	prev := f.previousReview()

	sched, err := f.team.AddSchedule(f.ctx, storage.Schedule{Spec: "0 9 1 * *", Kind: storage.ScheduleNetworkReview,
		Timezone: "Europe/Berlin", Channel: "CREVIEW", Committees: []string{f.a, f.b}, CreatedBy: "USTARTER", CreatedAt: f.clock.Now()})
	if err != nil {
		t.Fatal(err)
	}
	run := storage.Run{ScheduleID: sched.ID, Slot: "2027-04-01T09:00", SlotAt: f.clock.Now()}
	for range 2 { // a re-fire opens nothing new
		if err := f.engine.Fire(f.ctx, f.team, sched, run); err != nil {
			t.Fatal(err)
		}
	}
	id := storage.ReviewIDForRun(run.ID())
	r, err := f.team.Review(f.ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	// The previous review opened on 1 March 2027 (Berlin), this one on 1
	// April: the period is those whole days.
	wantPeriod := review.Period{From: time.Date(2027, 2, 28, 23, 0, 0, 0, time.UTC), To: time.Date(2027, 3, 31, 22, 0, 0, 0, time.UTC)}
	if r.PreviousID != prev.ID || !r.PeriodFrom.Equal(wantPeriod.From) || !r.PeriodTo.Equal(wantPeriod.To) ||
		!r.ClosesAt.Equal(r.OpenedAt.Add(storage.DefaultScheduleWindow)) || r.MinAnswers != 2 {
		t.Errorf("review: previous %q, period %v – %v, closes %v, k %d; want previous %q, period %+v", r.PreviousID, r.PeriodFrom, r.PeriodTo,
			r.ClosesAt, r.MinAnswers, prev.ID, wantPeriod)
	}
	f.expectKeys(id, "notice", "UADMIN", "UCOORD", "USTARTER")
	f.expectKeys(id, "survey", f.s[1], f.s[2], f.s[3], f.s[4])
	if n := len(f.keys(id)); n != 7 {
		t.Errorf("%d messages after opening, want 7: %v", n, f.keys(id))
	}
	inv, err := f.team.OutboxMessage(f.ctx, id+"/survey/"+f.s[2])
	if err != nil {
		t.Fatal(err)
	}
	if inv.Channel != user(2) || !strings.Contains(inv.Text, "Arbeitsgruppe Übergänge") || !strings.Contains(inv.Text, "Lenkungsgruppe Test") ||
		!strings.Contains(inv.Text, "überprüfung umfrage "+id+" "+f.b) {
		t.Errorf("invitation of s2 to %s:\n%s", inv.Channel, inv.Text)
	}
	notice, _ := f.team.OutboxMessage(f.ctx, id+"/notice/UCOORD")
	if !strings.Contains(notice.Text, "überprüfung abschließen "+id) || !strings.Contains(notice.Text, "Beteiligung – aktiv:") {
		t.Errorf("coordinator notice:\n%s", notice.Text)
	}
	if _, err := f.engine.Open(f.ctx, f.team, review.OpenRequest{By: "UCOORD"}); storage.KindOf(err) != storage.KindConflict {
		t.Errorf("second open review: %v, want a conflict", err)
	}

	f.answer(id, f.a, 1, "", 4, 4, 4, 4)
	f.answer(id, f.a, 1, "Mehr Austausch", 5, 4, 3, 2) // replaces the first
	f.answer(id, f.a, 2, "Klarere Ziele", 3, 3, 3, 3)
	f.answer(id, f.b, 2, "", 2, 3, 2, 3)
	if answers, _ := f.team.SurveyAnswers(f.ctx, id); len(answers) != 3 {
		t.Errorf("%d answers stored, want 3 (one replaced)", len(answers))
	}

	f.clock.Set(r.OpenedAt.Add(7*24*time.Hour - time.Minute))
	f.tick(f.engine)
	f.expectKeys(id, "reminder-1")
	f.clock.Set(r.OpenedAt.Add(7 * 24 * time.Hour))
	f.tick(f.engine)
	f.tick(f.engine)
	f.expectKeys(id, "reminder-1", f.s[3], f.s[4])
	f.expectKeys(id, "reminder-2")

	f.answer(id, f.b, 3, "", 4, 4, 4, 4)
	f.clock.Set(r.ClosesAt.Add(-24 * time.Hour))
	f.tick(f.engine)
	f.expectKeys(id, "reminder-2", f.s[4])
	if got, _ := f.team.Review(f.ctx, id); got.Status != storage.ReviewOpen {
		t.Fatalf("closed before the window ended")
	}

	f.clock.Set(r.ClosesAt)
	other := f.newEngine()
	var wg sync.WaitGroup
	for _, e := range []*review.Engine{f.engine, other, f.engine, other} {
		wg.Go(func() { f.tick(e) })
	}
	wg.Wait()
	f.tick(f.engine)
	// The channel gets the short summary and the anonymous charts of the
	// committees with enough answers, each coordinator the full summary.
	f.expectKeys(id, "summary", "CREVIEW", "CREVIEW/averages.png", "CREVIEW/trend.png", "UADMIN", "UCOORD", "USTARTER")
	if n := len(f.keys(id)); n != 7+2+1+6 {
		t.Errorf("%d messages in all, want 16: %v", n, f.keys(id))
	}
	closed, err := f.team.Review(f.ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	s, ok, err := review.SummaryOf(closed)
	if err != nil || !ok || closed.Status != storage.ReviewClosed || !closed.ClosedAt.Equal(r.ClosesAt) {
		t.Fatalf("closed review: status %s at %v, summary %v %v", closed.Status, closed.ClosedAt, ok, err)
	}
	checkSummary(t, s, f.a, f.b)

	_, err = f.engine.Answer(f.ctx, f.team, review.AnswerRequest{ReviewID: id, CommitteeID: f.b, User: user(4), Ratings: []int{1, 1, 1, 1}})
	if storage.KindOf(err) != storage.KindConflict {
		t.Errorf("answer after close: %v, want a conflict", err)
	}
	again, err := f.engine.Close(f.ctx, f.team, id, "UCOORD")
	if err != nil || again.ClosedAt != s.ClosedAt || again.Overall != s.Overall {
		t.Errorf("closing again: %v %+v", err, again)
	}
}

func (f *reviewFixture) tick(e *review.Engine) {
	f.t.Helper()
	if err := e.Tick(f.ctx); err != nil {
		f.t.Error(err)
	}
}

// checkSummary compares the summary with the values computed by hand,
// with the anonymity threshold 2.
func checkSummary(t *testing.T, s review.Summary, a, b string) {
	t.Helper()
	if s.Invited != 4 || s.Responded != 3 || s.ResponseRate != 0.75 || s.MinAnswers != 2 {
		t.Errorf("response: %d of %d (%v), k %d; want 3 of 4 (0.75), k 2", s.Responded, s.Invited, s.ResponseRate, s.MinAnswers)
	}
	// 5,4,3,2 + 3,3,3,3 + 2,3,2,3 + 4,4,4,4 = 52 / 16. Compared over A only
	// (B had one answer before, too few): 26 / 8 now, 28 / 8 before.
	if s.Overall != 3.25 || s.OverallN != 16 || s.Compared != 3.25 || s.ComparedPrevious != 3.5 || s.ComparedCommittees != 1 ||
		s.OverallTrend != review.TrendDown {
		t.Errorf("overall %v (n %d), compared %v against %v over %d, %s; want 3.25 (16), 3.25 against 3.5 over 1, down",
			s.Overall, s.OverallN, s.Compared, s.ComparedPrevious, s.ComparedCommittees, s.OverallTrend)
	}
	type row struct {
		avg   float64
		trend string
	}
	wantRows := map[string][]row{
		a: {{4, review.TrendUp}, {3.5, review.TrendSame}, {3, review.TrendDown}, {2.5, review.TrendDown}},
		b: {{3, review.TrendNone}, {3.5, review.TrendNone}, {3, review.TrendNone}, {3.5, review.TrendNone}},
	}
	if len(s.Committees) != 2 {
		t.Fatalf("%d committees in the summary, want 2", len(s.Committees))
	}
	for _, c := range s.Committees {
		w := wantRows[c.ID]
		if !c.Shown || c.Answers != 2 || len(c.Dimensions) != len(w) {
			t.Errorf("%s: shown %v, %d answers, %d dimensions; want shown, 2, %d", c.Name, c.Shown, c.Answers, len(c.Dimensions), len(w))
			continue
		}
		for i, d := range c.Dimensions {
			if d.Average != w[i].avg || d.Trend != w[i].trend || d.Dimension != storage.DefaultDimensions[i] || d.N != 2 {
				t.Errorf("%s %s: %v (n %d) %s, want %v %s", c.Name, d.Dimension, d.Average, d.N, d.Trend, w[i].avg, w[i].trend)
			}
		}
	}
	if got := s.Committees[0].Comments; s.Committees[0].ID != a || !slices.Equal(got, []string{"Klarere Ziele", "Mehr Austausch"}) {
		t.Errorf("comments of A %q", got)
	}
	if !slices.Equal(s.Rated, []string{a, b}) && !slices.Equal(s.Rated, []string{b, a}) {
		t.Errorf("rated %v", s.Rated)
	}
}

// cancelling wraps a composer: writing the channel summary stops the
// process, as a shutdown in the middle of closing a review would.
type cancelling struct {
	review.Composer
	cancel context.CancelFunc
}

func (c cancelling) ChannelSummary(ctx context.Context, _ *storage.Team, _ storage.Review, _ review.Summary) ([]outbox.Message, error) {
	c.cancel()
	return nil, ctx.Err()
}

// A tick cut short by shutdown logs no failed review pass.
func TestShutdownLogsNoReviewFailure(t *testing.T) {
	f := newReviewFixture(t)
	if _, err := f.engine.Open(f.ctx, f.team, review.OpenRequest{By: "UCOORD", Channel: "CREVIEW"}); err != nil {
		t.Fatal(err)
	}
	f.clock.Add(15 * 24 * time.Hour)
	ctx, cancel := context.WithCancel(f.ctx)
	var logged strings.Builder
	var mu sync.Mutex
	log := zerolog.New(zerolog.SyncWriter(writerFunc(func(p []byte) (int, error) {
		mu.Lock()
		defer mu.Unlock()
		return logged.Write(p)
	})))
	e := review.NewEngine(review.EngineOptions{Store: f.store, Composer: cancelling{f.core, cancel}, Now: f.clock.Now, Tick: time.Hour, Log: log})
	if err := e.Run(ctx); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if strings.Contains(logged.String(), "review pass failed") {
		t.Fatalf("shutdown logged:\n%s", logged.String())
	}
}

type writerFunc func([]byte) (int, error)

func (w writerFunc) Write(p []byte) (int, error) { return w(p) }
