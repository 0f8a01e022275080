package review_test

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/netzwerkbot/netzwerkbot/bot"
	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// auditOf lists "<action>/<actor>" of the audit entries about review id.
func (f *reviewFixture) auditOf(id string) []string {
	f.t.Helper()
	entries, err := f.team.AuditFor(f.ctx, "review", id)
	if err != nil {
		f.t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Action+"/"+e.Actor)
	}
	return out
}

// entry is the audit entry of action by user now.
func (f *reviewFixture) entry(user, action string) storage.AuditEntry {
	return storage.AuditEntry{At: f.clock.Now(), Actor: user, Action: action, TargetKind: "review"}
}

func TestAnAuditedOpenStoresItsEntryWithTheReviewAndARefusedOneNone(t *testing.T) {
	f := newReviewFixture(t)
	start := f.entry("UCOORD", "review.start")
	r, err := f.engine.Open(f.ctx, f.team, review.OpenRequest{By: "UCOORD", Audit: &start})
	if err != nil {
		t.Fatal(err)
	}
	if got := f.auditOf(r.ID); len(got) != 1 || got[0] != "review.start/UCOORD" {
		t.Fatalf("audit of %s: %v", r.ID, got)
	}
	// A second start is refused while r is open, and leaves no trace.
	again := f.entry("UADMIN", "review.start")
	if _, err := f.engine.Open(f.ctx, f.team, review.OpenRequest{By: "UADMIN", Audit: &again}); !storage.IsConflict(err) {
		t.Fatalf("second open: %v", err)
	}
	list, _ := f.team.Reviews(f.ctx, 0)
	entries, _ := f.team.AuditBetween(f.ctx, f.clock.Now(), f.clock.Now().Add(time.Second))
	if len(list) != 1 || len(entries) != 1 {
		t.Fatalf("%d reviews, %d audit entries after the refused start", len(list), len(entries))
	}
	// The entry belongs to the review only: the opening's other writes
	// (messages, the open claim) and a scheduled open store none. The
	// close at the deadline stores its own, without an actor.
	if _, err := f.engine.Close(f.ctx, f.team, r.ID, ""); err != nil {
		t.Fatal(err)
	}
	run, err := f.engine.Open(f.ctx, f.team, review.OpenRequest{By: "USTARTER", ScheduleID: "x1", RunID: "x1@2027-03-01T09:00"})
	if err != nil {
		t.Fatal(err)
	}
	if got := f.auditOf(run.ID); len(got) != 0 {
		t.Fatalf("audit of the scheduled review: %v", got)
	}
	if got := f.auditOf(r.ID); len(got) != 2 || got[1] != "review.close/" {
		t.Fatalf("audit of %s after the deadline's close: %v", r.ID, got)
	}
	// The history names the bot's close in words, not as an empty "@".
	reply := bot.PlainText(f.core.Handle(f.ctx, bot.Request{TeamID: "T1", UserID: "UCOORD", Text: "verlauf " + r.ID}))
	if !strings.Contains(reply, "automatisch (Frist abgelaufen) · Überprüfung abgeschlossen") || !strings.Contains(reply, "@UCOORD · Überprüfung gestartet") {
		t.Fatalf("history of %s:\n%s", r.ID, reply)
	}
}

// A coordinator's close racing the close at the deadline stores one entry,
// and it names the closer whose summary counts.
func TestCloseRacingTheDeadlineStoresTheWinnersEntry(t *testing.T) {
	f := newReviewFixture(t)
	for round := range 5 {
		r, err := f.engine.Open(f.ctx, f.team, review.OpenRequest{By: "UCOORD"})
		if err != nil {
			t.Fatal(err)
		}
		f.clock.Set(r.ClosesAt)
		var wg sync.WaitGroup
		wg.Go(func() {
			if err := f.engine.Tick(f.ctx); err != nil {
				t.Error(err)
			}
		})
		wg.Go(func() {
			if _, err := f.engine.CloseAudited(f.ctx, f.team, r.ID, f.entry("UCOORD", "review.close")); err != nil {
				t.Error(err)
			}
		})
		wg.Wait()
		closed, err := f.team.Review(f.ctx, r.ID)
		if err != nil || closed.Status != storage.ReviewClosed {
			t.Fatalf("round %d: %+v, %v", round, closed, err)
		}
		var closes []string
		for _, e := range f.auditOf(r.ID) {
			if strings.HasPrefix(e, "review.close/") {
				closes = append(closes, e)
			}
		}
		if len(closes) != 1 || closes[0] != "review.close/"+closed.ClosedBy {
			t.Fatalf("round %d: close entries %v, closed by %q", round, closes, closed.ClosedBy)
		}
		f.clock.Add(time.Hour)
	}
}

func TestRacingAuditedClosesStoreOneEntryAndOneSummary(t *testing.T) {
	f := newReviewFixture(t)
	r, err := f.engine.Open(f.ctx, f.team, review.OpenRequest{By: "UCOORD"})
	if err != nil {
		t.Fatal(err)
	}
	f.answer(r.ID, f.a, 1, "", 4, 4, 4, 4)
	closers := []string{"UCOORD", "UADMIN", "UCOORD", "UADMIN"}
	summaries := make([]review.Summary, len(closers))
	var wg sync.WaitGroup
	for i, by := range closers {
		wg.Go(func() {
			var err error
			if summaries[i], err = f.engine.CloseAudited(f.ctx, f.team, r.ID, f.entry(by, "review.close")); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	got := f.auditOf(r.ID)
	closed, _ := f.team.Review(f.ctx, r.ID)
	if len(got) != 1 || got[0] != "review.close/"+closed.ClosedBy {
		t.Fatalf("audit %v, closed by %q", got, closed.ClosedBy)
	}
	for i, s := range summaries {
		if !s.ClosedAt.Equal(summaries[0].ClosedAt) || s.Responded != summaries[0].Responded {
			t.Errorf("closer %d got another summary: %+v", i, s)
		}
	}
	// Closing the closed review shows its summary again and stores nothing.
	again, err := f.engine.CloseAudited(f.ctx, f.team, r.ID, f.entry("UCOORD", "review.close"))
	if err != nil || !again.ClosedAt.Equal(summaries[0].ClosedAt) || len(f.auditOf(r.ID)) != 1 {
		t.Fatalf("closing again: %+v, %v, audit %v", again, err, f.auditOf(r.ID))
	}
}
