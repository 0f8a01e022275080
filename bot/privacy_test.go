package bot_test

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// person picks a seeded stakeholder linked to a Slack user, with an e-mail,
// whose name another commitment mentions.
func (h *harness) person() storage.Stakeholder {
	h.t.Helper()
	ctx := context.Background()
	all, _ := h.store.Team(team).Commitments(ctx, storage.CommitmentFilter{})
	for _, s := range h.stakeholders() {
		if s.SlackUser == "" || s.Email == "" || s.Status != storage.StatusConfirmed {
			continue
		}
		for _, c := range all {
			if c.Owner != s.ID && strings.Contains(c.Text, s.Name) {
				return s
			}
		}
	}
	h.t.Fatal("no seeded stakeholder fits")
	return storage.Stakeholder{}
}

// dump returns every document of every collection as extended JSON.
func (h *harness) dump() string {
	h.t.Helper()
	var b bytes.Buffer
	if err := h.store.Dump(context.Background(), &b); err != nil {
		h.t.Fatal(err)
	}
	return b.String()
}

// counts returns the numbers erasure must keep.
func (h *harness) counts() [4]int {
	h.t.Helper()
	ctx := context.Background()
	tm := h.store.Team(team)
	ms, _ := tm.Members(ctx, "")
	cs, _ := tm.Commitments(ctx, storage.CommitmentFilter{})
	meetings, _ := tm.Meetings(ctx, "")
	present := 0
	for _, m := range meetings {
		present += len(m.Present)
	}
	return [4]int{len(h.stakeholders()), len(ms), len(cs), present}
}

// prepare gives the person a role, actions of their own and mentions in a
// meeting note and a commitment note.
func (h *harness) prepare(p storage.Stakeholder) {
	h.t.Helper()
	h.expect(admin, "rolle vergeben <@"+p.SlackUser+"> koordination", "hat jetzt die Rolle")
	h.expect(p.SlackUser, `akteur neu "Lotte Lenz" notes:"empfohlen von `+p.Name+`, `+p.Email+`"`, "erfasst")
	h.expect(admin, "akteur ändern "+p.ID+` notes:"Rückruf erbeten"`, "wurde geändert")
	h.expect(admin, `zusage "`+p.Name+`" "Bericht zum Ganztag" bis:2027-03-01`, "erfasst")
}

func TestPrivacyExportGivesEverythingAboutAPerson(t *testing.T) {
	h := newHarness(t)
	h.seeded()
	p := h.person()
	h.prepare(p)
	r := h.reply(admin, "datenschutz auskunft "+p.ID)
	if r.File == nil || !strings.HasSuffix(r.File.Name, ".json") {
		t.Fatalf("no JSON file: %s", h.do(admin, "datenschutz auskunft "+p.ID))
	}
	var report struct {
		Stakeholder struct{ ID, Name, Email string }
		Memberships []map[string]any
		Commitments []struct {
			ID      string
			History []map[string]any
		}
		MentionedIn []string `json:"mentioned_in_commitments"`
		Meetings    []map[string]any
		AuditAbout  []map[string]any `json:"audit_about"`
		AuditBy     []map[string]any `json:"audit_by"`
		Role        map[string]any
	}
	if err := json.Unmarshal(r.File.Content, &report); err != nil {
		t.Fatal(err)
	}
	if report.Stakeholder.ID != p.ID || report.Stakeholder.Email != p.Email || len(report.MentionedIn) == 0 ||
		len(report.AuditAbout) == 0 || len(report.AuditBy) == 0 || report.Role["role"] != "coordinator" {
		t.Errorf("report misses data: %s", r.File.Content)
	}
	ms, _ := h.store.Team(team).MembershipsOf(context.Background(), p.ID)
	if len(report.Memberships) != len(ms) {
		t.Errorf("%d memberships in the report, %d stored", len(report.Memberships), len(ms))
	}
	for _, c := range report.Commitments {
		if len(c.History) == 0 {
			t.Errorf("commitment %s without history", c.ID)
		}
	}
	if h.reply(member, "datenschutz auskunft "+p.ID).File != nil {
		t.Error("a member got a data access report")
	}
	entries, _ := h.store.Team(team).AuditFor(context.Background(), "stakeholder", p.ID)
	if e, ok := auditedAs(entries, "privacy.export"); !ok || len(e.Changes) != 0 {
		t.Errorf("export audited as %+v (found: %v)", e, ok)
	}
}

// reviewed runs a review of the whole network that closes, with the
// person's answer and a suggestion naming them, and opens a second one;
// both analysis snapshots name the person. It returns the reviews' ids.
func (h *harness) reviewed(p storage.Stakeholder) []string {
	h.t.Helper()
	h.core.SetReviews(review.NewEngine(review.EngineOptions{Store: h.store, Composer: h.core, Now: func() time.Time { return now }, Log: zerolog.Nop()}))
	h.expect(admin, "einstellungen anonymität 2", "2")
	h.expect(p.SlackUser, "überprüfung starten", "ist gestartet")
	closed := h.openReviewID()
	ms, err := h.store.Team(team).MembershipsOf(context.Background(), p.ID)
	if err != nil || len(ms) == 0 {
		h.t.Fatalf("the person sits in no committee: %v", err)
	}
	c, err := h.store.Team(team).Committee(context.Background(), ms[0].CommitteeID)
	if err != nil {
		h.t.Fatal(err)
	}
	others, err := h.store.Team(team).Members(context.Background(), c.ID)
	if err != nil {
		h.t.Fatal(err)
	}
	answered := 0
	for _, m := range others {
		s, err := h.store.Team(team).Stakeholder(context.Background(), m.Stakeholder)
		if err != nil || s.SlackUser == "" || s.Status != storage.StatusConfirmed {
			continue
		}
		h.expect(s.SlackUser, "überprüfung antworten "+closed+` "`+c.Name+`" 4 4 4 4 änderung:"Mehr wie `+p.Name+`, `+p.Email+`"`, "Vielen Dank")
		answered++
	}
	if answered < 2 {
		h.t.Fatalf("only %d members of %s can answer", answered, c.Name)
	}
	h.expect(p.SlackUser, "überprüfung abschließen "+closed, "Ergebnis")
	h.expect(p.SlackUser, "überprüfung starten", "ist gestartet")
	return []string{closed, h.openReviewID()}
}

// reviewTraces returns the review records and their snapshots as text.
func (h *harness) reviewTraces(ids []string) string {
	h.t.Helper()
	var b strings.Builder
	for _, id := range ids {
		r, err := h.store.Team(team).Review(context.Background(), id)
		if err != nil {
			h.t.Fatal(err)
		}
		a, err := review.AnalysisOf(r)
		if err != nil {
			h.t.Fatal(err)
		}
		s, _, err := review.SummaryOf(r)
		if err != nil {
			h.t.Fatal(err)
		}
		for _, v := range []any{r, a, s} {
			j, _ := json.Marshal(v)
			b.Write(j)
		}
	}
	return b.String()
}

func TestPrivacyEraseLeavesNoTraceButKeepsCounts(t *testing.T) {
	h := newHarness(t)
	h.seeded()
	p := h.person()
	h.prepare(p)
	reviews := h.reviewed(p)
	// Renamed after the reviews: their snapshots and the suggestions keep
	// the earlier name and e-mail address, which erasure removes too.
	h.expect(admin, "akteur ändern "+p.ID+` name:"Karla Kolumna" email:karla.kolumna@example.org`, "wurde geändert")
	earlier := p
	p.Name, p.Email = "Karla Kolumna", "karla.kolumna@example.org"
	before := h.counts()
	dump := h.dump()
	traces := h.reviewTraces(reviews)
	for _, trace := range []string{p.Name, p.Email, p.SlackUser, earlier.Name, earlier.Email} {
		if !strings.Contains(dump, trace) {
			t.Fatalf("the dump lacks %q before erasure; the test would prove nothing", trace)
		}
	}
	if !strings.Contains(traces, earlier.Name) || !strings.Contains(traces, earlier.Email) {
		t.Fatalf("the reviews do not name the person before erasure; the test would prove nothing")
	}

	h.refused(coord, "datenschutz löschen "+p.ID, "Administrator")
	h.expect(admin, "datenschutz löschen "+p.ID, "unwiderruflich gelöscht werden?", "[Endgültig löschen: datenschutz löschen "+p.ID+" bestätigen:ja]")
	if st, _ := h.store.Team(team).Stakeholder(context.Background(), p.ID); st.Name != p.Name {
		t.Fatalf("erased without confirmation: %+v", st)
	}
	h.expect(admin, "datenschutz löschen "+p.ID+" bestätigen:vielleicht", "„ja“ oder „nein“")
	h.expect(admin, "datenschutz löschen "+p.ID+" bestätigen:ja", "wurden gelöscht", "Gelöschte Person "+p.ID)

	dump = h.dump()
	for _, trace := range []string{p.Name, strings.ToLower(p.Name), p.Email, p.SlackUser, earlier.Name, earlier.Email} {
		if i := strings.Index(dump, trace); i >= 0 {
			t.Errorf("%q still stored: …%s…", trace, dump[max(0, i-200):min(len(dump), i+100)])
		}
	}
	traces = h.reviewTraces(reviews)
	for _, trace := range []string{p.Name, p.Email, p.SlackUser, earlier.Name, earlier.Email} {
		if i := strings.Index(traces, trace); i >= 0 {
			t.Errorf("%q still in a review: …%s…", trace, traces[max(0, i-200):min(len(traces), i+100)])
		}
	}
	placeholder := "Gelöschte Person " + p.ID
	for _, id := range reviews {
		r, _ := h.store.Team(team).Review(context.Background(), id)
		a, _ := review.AnalysisOf(r)
		for _, s := range a.Stakeholders {
			if s.ID == p.ID && s.Name != placeholder {
				t.Errorf("review %s names the person %q", id, s.Name)
			}
		}
	}
	if after := h.counts(); after != before {
		t.Errorf("counts (stakeholders, memberships, commitments, attendance) %v → %v", before, after)
	}
	s, err := h.store.Team(team).Stakeholder(context.Background(), p.ID)
	if err != nil || s.Name != "Gelöschte Person "+p.ID || s.Status != storage.StatusArchived || s.Org != "" || len(s.Topics) != 0 {
		t.Errorf("erased stakeholder %+v (%v)", s, err)
	}
	if role, _ := h.store.Team(team).Role(context.Background(), p.SlackUser); role != storage.RoleMember {
		t.Errorf("role grant kept: %v", role)
	}
	entries, _ := h.store.Team(team).AuditFor(context.Background(), "stakeholder", p.ID)
	if e, ok := auditedAs(entries, "privacy.erase"); !ok || len(e.Changes) != 0 {
		t.Errorf("erasure audited as %+v (found: %v)", e, ok)
	}
	h.expect(admin, "privacy erase "+p.ID+" confirm:yes", "wurden gelöscht")
	if !strings.Contains(h.dump(), "Evangelische Kirchengemeinde") && strings.Contains(dump, "Evangelische Kirchengemeinde") {
		t.Error("erasure damaged other words")
	}
}

// auditedAs returns the entry of entries with the given action. The harness
// clock stands still, so entries of one test share their instant and their
// order among each other is the server's choice.
func auditedAs(entries []storage.AuditEntry, action string) (storage.AuditEntry, bool) {
	for _, e := range entries {
		if e.Action == action {
			return e, true
		}
	}
	return storage.AuditEntry{}, false
}
