package bot_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/netzwerkbot/netzwerkbot/bot"
	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

const (
	bernd  = "U0BERND"  // a member linked to the stakeholder Bernd Beispiel
	nolink = "U0NOLINK" // a member linked to no stakeholder
)

// commitmentHarness is a harness whose clock the test can move, with the
// stakeholders Eva (linked to eva), Bernd (linked to bernd), two "Anna
// Muster"s and the committee "Lenkungsgruppe".
type commitmentHarness struct {
	*harness
	clock time.Time
	tick  time.Duration     // how far the clock moves after each command
	ids   map[string]string // stakeholder and committee short ids by short name
}

func newCommitmentHarness(t *testing.T) *commitmentHarness {
	t.Helper()
	s := storagetest.Open(t)
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	h := &commitmentHarness{clock: now, ids: map[string]string{}}
	core := bot.New(bot.Options{
		Store: s, Now: h.now, Log: zerolog.Nop(),
		Admins: []string{admin}, Language: i18n.German, Timezone: berlin,
	})
	h.harness = &harness{t: t, core: core, store: s}
	ctx := context.Background()
	tm := s.Team(team)
	if err := tm.SetRole(ctx, coord, storage.RoleCoordinator, admin, now); err != nil {
		t.Fatal(err)
	}
	for _, st := range []storage.Stakeholder{
		{Name: "Eva Muster", SlackUser: eva}, {Name: "Bernd Beispiel", SlackUser: bernd},
		{Name: "Anna Muster", Org: "VHS"}, {Name: "Anna Muster", Org: "Schulamt"},
	} {
		st.Status, st.CreatedAt = storage.StatusConfirmed, now
		added, err := tm.AddStakeholder(ctx, st)
		if err != nil {
			t.Fatal(err)
		}
		h.ids[strings.Fields(st.Name)[0]] = added.ID
	}
	g, err := tm.AddCommittee(ctx, storage.Committee{Name: "Lenkungsgruppe", Kind: storage.KindSteering, CreatedAt: now})
	if err != nil {
		t.Fatal(err)
	}
	h.ids["Lenkungsgruppe"] = g.ID
	return h
}

func (h *commitmentHarness) now() time.Time {
	t := h.clock
	h.clock = h.clock.Add(h.tick)
	return t
}

// commitments returns the workspace's commitments, sorted by due day.
func (h *commitmentHarness) commitments() []storage.Commitment {
	h.t.Helper()
	list, err := h.store.Team(team).Commitments(context.Background(), storage.CommitmentFilter{})
	if err != nil {
		h.t.Fatal(err)
	}
	return list
}

// add records a commitment as admin and returns it.
func (h *commitmentHarness) add(line string) storage.Commitment {
	h.t.Helper()
	before := h.commitments()
	h.expect(admin, line, "erfasst")
	for _, c := range h.commitments() {
		if !slices.ContainsFunc(before, func(b storage.Commitment) bool { return b.ID == c.ID }) {
			return c
		}
	}
	h.t.Fatalf("%q stored no commitment", line)
	return storage.Commitment{}
}

func (h *commitmentHarness) get(id string) storage.Commitment {
	h.t.Helper()
	c, err := h.store.Team(team).Commitment(context.Background(), id)
	if err != nil {
		h.t.Fatal(err)
	}
	return c
}

func (h *commitmentHarness) events(id string) []storage.CommitmentEvent {
	h.t.Helper()
	evs, err := h.store.Team(team).CommitmentEvents(context.Background(), id)
	if err != nil {
		h.t.Fatal(err)
	}
	return evs
}

func (h *commitmentHarness) audit(id string) []storage.AuditEntry {
	h.t.Helper()
	entries, err := h.store.Team(team).AuditFor(context.Background(), "commitment", id)
	if err != nil {
		h.t.Fatal(err)
	}
	return entries
}

// snapshot describes every commitment with its history and audit trail.
func (h *commitmentHarness) snapshot() string {
	var b strings.Builder
	for _, c := range h.commitments() {
		fmt.Fprintf(&b, "%s %s %s %s %s %v %d events %d audit\n", c.ID, c.Owner, c.Status, c.Due, c.Text, c.UpdatedAt, len(h.events(c.ID)), len(h.audit(c.ID)))
	}
	return b.String()
}

// refused runs line as user, checks the reply contains want and that no
// commitment, event or audit entry was added or changed.
func (h *commitmentHarness) refused(user, line, want string) {
	h.t.Helper()
	before := h.snapshot()
	h.expect(user, line, want)
	if after := h.snapshot(); after != before {
		h.t.Errorf("%q as %s changed the commitments:\n%s→\n%s", line, user, before, after)
	}
}

func TestCommitAddListShow(t *testing.T) {
	h := newCommitmentHarness(t)
	c := h.add(`zusage "Eva Muster" Bericht zur Übergangsgestaltung vorlegen frist:20.01.2027 gremium:lenkungsgruppe`)
	if c.Owner != h.ids["Eva"] || c.Text != "Bericht zur Übergangsgestaltung vorlegen" || c.Due != "2027-01-20" ||
		c.Committee != h.ids["Lenkungsgruppe"] || c.Status != storage.CommitmentOpen || c.CreatedBy != admin ||
		!c.CreatedAt.Equal(now) || len(c.ID) != 5 || c.ID[0] != 'c' {
		t.Fatalf("stored %+v", c)
	}
	if evs := h.events(c.ID); len(evs) != 1 || evs[0].Kind != storage.EventCreated || evs[0].Actor != admin {
		t.Fatalf("history %+v", evs)
	}
	audit := h.audit(c.ID)
	if len(audit) != 1 || audit[0].Action != "commitment.add" || audit[0].Actor != admin || audit[0].TargetKind != "commitment" {
		t.Fatalf("audit %+v", audit)
	}
	h.expect(admin, "zusagen", "1 offene Zusage",
		c.ID+" · Eva Muster · Bericht zur Übergangsgestaltung vorlegen · 20.01.2027 · offen")
	h.expect(admin, "commitment show "+strings.ToUpper(c.ID), "== Zusage "+c.ID+" ==",
		"Maßnahme: Bericht zur Übergangsgestaltung vorlegen", "Verantwortlich: Eva Muster ("+h.ids["Eva"]+")",
		"Frist: 20.01.2027", "Status: offen", "Gremium: Lenkungsgruppe", "Erfasst: 15.01.2027 10:30 von @UADMIN",
		"Verlauf", "15.01.2027 10:30 · @UADMIN · erfasst",
		"[Beginnen: zusage beginnen "+c.ID+"]", "[Verwerfen: zusage verwerfen "+c.ID+"]")

	long := strings.Repeat("Sehr lange Maßnahme ", 10)
	h.add("commit " + h.ids["Bernd"] + " " + long + " due:2027-01-15")
	out := h.expect(admin, "commitments", "2 offene Zusagen", "Sehr lange Maßnahme Sehr lange", "…")
	if strings.Index(out, "Bernd") > strings.Index(out, "Eva") {
		t.Errorf("not sorted by due date:\n%s", out)
	}
}

func TestCommitOwnerForms(t *testing.T) {
	h := newCommitmentHarness(t)
	cases := []struct{ user, line, owner string }{
		{eva, "zusage ich Eigene Maßnahme frist:2027-02-01", "Eva"},
		{eva, "commit me my own measure due:2027-02-01", "Eva"},
		{bernd, "zusage ICH Eigene Maßnahme bis:2027-02-01", "Bernd"},
		{admin, "commit <@U0EVA|eva> Mention due:2027-02-01", "Eva"},
		{admin, "commit @U0BERND Plain mention fällig:2027-02-01", "Bernd"},
		{admin, `commit "eva muster" Quoted name due:2027-02-01`, "Eva"},
		{admin, "commit " + h.ids["Anna"] + " By short id due:2027-02-01", "Anna"},
		{coord, `zusage Text ohne Besitzer verantwortlich:"Bernd Beispiel" frist:2027-02-01`, "Bernd"},
		{eva, "zusage Selbst zugesagt besitzer:ich frist:2027-02-01", "Eva"},
	}
	for _, c := range cases {
		before := len(h.commitments())
		h.expect(c.user, c.line, "erfasst")
		list := h.commitments()
		if len(list) != before+1 {
			t.Fatalf("%q stored nothing", c.line)
		}
		found := false
		for _, got := range list {
			found = found || got.Owner == h.ids[c.owner] && got.CreatedBy == c.user && strings.Contains(c.line, got.Text)
		}
		if !found {
			t.Errorf("%q: no commitment of %s with its text in %+v", c.line, c.owner, list)
		}
	}
}

func TestCommitRefusals(t *testing.T) {
	h := newCommitmentHarness(t)
	if err := h.store.Team(team).SetStakeholder(context.Background(), storage.Stakeholder{ID: h.ids["Bernd"]}, storage.StakeholderPatch{Status: new(storage.StatusArchived)}, now); err != nil {
		t.Fatal(err)
	}
	cases := []struct{ user, line, want string }{
		{admin, "zusage", "wer die Zusage übernimmt"},
		{admin, "zusage Eva frist:2027-02-01", "beschreiben Sie die Maßnahme"},
		{admin, `zusage "Eva Muster" ""`, "beschreiben Sie die Maßnahme"},
		{admin, `zusage "Eva Muster" Bericht`, "Bitte geben Sie eine Frist an"},
		{admin, `zusage "Eva Muster" Bericht frist:gestern`, "Für „Frist“ weist „gestern“ in die Vergangenheit (Donnerstag, 14.01.2027)"},
		{admin, `zusage "Eva Muster" Bericht frist:demnächst`, "„demnächst“ kein gültiges Datum"},
		{admin, `zusage "Eva Muster" Bericht frist:31.12.1999`, "vor dem Jahr 2000"},
		{admin, `zusage "Eva Muster" Bericht frist:16.01.2037`, "mehr als zehn Jahre in der Zukunft"},
		{admin, `zusage "Eva Muster" Bericht frist:30.02.2027`, "kein gültiges Datum"},
		{admin, `zusage "Eva Muster" ` + strings.Repeat("x", 2001) + ` frist:2027-02-01`, "höchstens 2.000 Zeichen"},
		{admin, `zusage Niemand Bericht frist:2027-02-01`, "Es gibt keinen Akteur „Niemand“"},
		{admin, `zusage "Anna Muster" Bericht frist:2027-02-01`, "passt auf mehrere Akteure"},
		{admin, `zusage "Eva Muster" Bericht frist:2027-02-01 gremium:Rat`, "Es gibt kein Gremium „Rat“"},
		{admin, `zusage "Eva Muster" Bericht frist:2027-02-01 farbe:blau`, "Das Feld „farbe“ gibt es hier nicht"},
		{admin, `zusage "Eva Muster" Bericht frist:2027-02-01 bis:2027-03-01`, "mehrfach angegeben"},
		{admin, `zusage @U0NIEMAND Bericht frist:2027-02-01`, "Mit @U0NIEMAND ist kein Akteur verknüpft"},
		{admin, `zusage @eva Bericht frist:2027-02-01`, "lässt sich keiner Slack-Person zuordnen"},
		{admin, `zusage "Bernd Beispiel" Bericht frist:2027-02-01`, "ist archiviert"},
		{nolink, `zusage ich Bericht frist:2027-02-01`, "kein Akteur verknüpft. Die koordinierende Stelle kann das mit „akteur ändern <Akteur> nutzer:@U0NOLINK“"},
		{eva, `zusage "Anna Muster" Bericht frist:2027-02-01`, "passt auf mehrere Akteure"},
		{eva, `zusage ` + h.ids["Anna"] + ` Bericht frist:2027-02-01`, "erfordert die Rolle „Koordinierende Stelle“"},
		{nolink, `zusage ` + h.ids["Eva"] + ` Bericht frist:2027-02-01`, "erfordert die Rolle „Koordinierende Stelle“"},
	}
	for _, c := range cases {
		h.refused(c.user, c.line, c.want)
	}
	if n := len(h.commitments()); n != 0 {
		t.Fatalf("refusals stored %d commitments", n)
	}
	// Today is allowed.
	h.expect(admin, `zusage "Eva Muster" Bericht frist:15.01.2027`, "Frist: Freitag, 15.01.2027.")
}

func TestCommitmentStatusChanges(t *testing.T) {
	h := newCommitmentHarness(t)
	h.tick = time.Minute // the audit is ordered by time
	c := h.add(`zusage ` + h.ids["Eva"] + ` Bericht vorlegen frist:2027-02-01`)
	id := c.ID

	h.expect(eva, "zusage beginnen "+id+` notiz:"Entwurf begonnen"`, "Die Zusage "+id+" („Bericht vorlegen“) ist jetzt in Bearbeitung.")
	h.refused(eva, "zusage beginnen "+id, "ist bereits in Bearbeitung")
	h.refused(bernd, "zusage erledigt "+id, "erfordert die Rolle „Koordinierende Stelle“")
	h.refused(bernd, "zusage notiz "+id+" Fremde Notiz", "erfordert die Rolle „Koordinierende Stelle“")
	h.refused(bernd, "zusage frist "+id+" 2027-03-01", "erfordert die Rolle „Koordinierende Stelle“")
	h.expect(eva, "zusage frist "+id+" 10.02.2027 wegen der Ferien", "Die Frist der Zusage "+id+" wurde geändert (bisher 01.02.2027). Frist: Mittwoch, 10.02.2027.")
	h.expect(eva, "zusage frist "+id+" 2027-02-10", "hat bereits diese Frist: Mittwoch, 10.02.2027")
	h.refused(eva, "zusage frist "+id+" letzten Freitag", "weist „letzten Freitag“ in die Vergangenheit (Freitag, 08.01.2027)")
	h.refused(eva, "zusage frist "+id, "Bitte geben Sie die neue Frist an")
	h.refused(eva, "zusage frist "+id+" irgendwann", "„irgendwann“ kein gültiges Datum")
	h.expect(eva, "zusage notiz "+id+" Rückmeldung vom Schulamt steht aus", "Notiz zur Zusage "+id+" wurde gespeichert")
	h.refused(eva, "zusage notiz "+id, "den Text der Notiz an")
	h.refused(eva, "zusage erledigt "+id+" fertig notiz:doppelt", "mehrfach angegeben")
	h.expect(eva, "zusage erledigt "+id+" Bericht versandt", "ist jetzt erledigt")
	h.refused(eva, "zusage erledigt "+id, "ist bereits erledigt")
	h.refused(eva, "zusage beginnen "+id, "ist erledigt und kann nicht mehr geändert werden. Die koordinierende Stelle kann sie mit „zusage wiedereröffnen "+id+"“")
	h.refused(eva, "zusage verwerfen "+id, "ist erledigt und kann nicht mehr geändert werden")
	h.refused(coord, "zusage frist "+id+" 2027-03-01", "ist erledigt und kann nicht mehr geändert werden")
	h.refused(eva, "zusage wiedereröffnen "+id, "erfordert die Rolle „Koordinierende Stelle“")
	h.expect(coord, "commitment reopen "+id, "ist jetzt offen")
	h.refused(coord, "commitment reopen "+id, "ist bereits offen")
	h.expect(coord, "commitment drop "+id+" note:\"nicht mehr nötig\"", "ist jetzt verworfen")
	h.expect(eva, "zusage notiz "+id+" Notizen gehen immer", "gespeichert")

	got := h.get(id)
	if got.Status != storage.CommitmentDropped || got.Due != "2027-02-10" {
		t.Fatalf("current state %+v", got)
	}
	var history []string
	for _, ev := range h.events(id) {
		history = append(history, fmt.Sprintf("%s %s %s>%s %s", ev.Actor, ev.Kind, ev.From, ev.To, ev.Note))
	}
	want := []string{
		"UADMIN created >open ",
		"U0EVA status open>in-progress Entwurf begonnen",
		"U0EVA due 2027-02-01>2027-02-10 wegen der Ferien",
		"U0EVA note > Rückmeldung vom Schulamt steht aus",
		"U0EVA status in-progress>done Bericht versandt",
		"U0COORD status done>open ",
		"U0COORD status open>dropped nicht mehr nötig",
		"U0EVA note > Notizen gehen immer",
	}
	if !slices.Equal(history, want) {
		t.Fatalf("history\n%s\nwant\n%s", strings.Join(history, "\n"), strings.Join(want, "\n"))
	}
	var actions []string
	for _, e := range h.audit(id) {
		actions = append(actions, e.Action+" "+e.Actor)
	}
	wantActions := []string{"commitment.add UADMIN", "commitment.start U0EVA", "commitment.due U0EVA", "commitment.note U0EVA",
		"commitment.done U0EVA", "commitment.reopen U0COORD", "commitment.drop U0COORD", "commitment.note U0EVA"}
	if !slices.Equal(actions, wantActions) {
		t.Fatalf("audit %v, want %v", actions, wantActions)
	}
	if due := h.audit(id)[2].Changes; len(due) != 2 || due[0] != (storage.Change{Field: "due", Before: "2027-02-01", After: "2027-02-10"}) {
		t.Fatalf("due audit changes %+v", due)
	}
	h.expect(admin, "zusage zeige "+id, "Status: verworfen",
		"@U0EVA · Status: offen → in Bearbeitung – Notiz: Entwurf begonnen",
		"@U0EVA · Frist: 01.02.2027 → 10.02.2027 – Notiz: wegen der Ferien",
		"@U0EVA · Notiz: Rückmeldung vom Schulamt steht aus",
		"@U0COORD · Status: erledigt → offen",
		"[Wieder öffnen: zusage wiedereröffnen "+id+"]")
	if out := h.do(eva, "zusage zeige "+id); strings.Contains(out, "Wieder öffnen") {
		t.Errorf("a member is offered to reopen:\n%s", out)
	}
}

func TestCommitmentRefsAndTeams(t *testing.T) {
	h := newCommitmentHarness(t)
	c := h.add(`zusage ` + h.ids["Eva"] + ` Bericht frist:2027-02-01`)
	for _, line := range []string{"zusage zeige", "zusage erledigt", "commitment note"} {
		h.refused(admin, line, "Kurz-ID der Zusage")
	}
	for _, line := range []string{"zusage zeige cxxxx", "zusage erledigt cxxxx", "zusage frist cxxxx 2027-03-01", "zusage notiz cxxxx text", "zusage wiedereröffnen cxxxx"} {
		h.refused(admin, line, "Es gibt keine Zusage „cxxxx“")
	}
	h.refused(admin, "zusage zeige "+c.ID+" und mehr", "Mit „und mehr“ kann ich hier nichts anfangen")
	other := bot.PlainText(h.core.Handle(context.Background(), bot.Request{TeamID: "T2", UserID: admin, Text: "zusage erledigt " + c.ID}))
	if !strings.Contains(other, "Es gibt keine Zusage") {
		t.Fatalf("another workspace reaches the commitment: %s", other)
	}
	if got := h.get(c.ID); got.Status != storage.CommitmentOpen {
		t.Fatalf("another workspace changed the commitment: %s", got.Status)
	}
	h.expect(admin, "zusage beginnen "+c.ID, "in Bearbeitung")
	h.refused(admin, "zusage wiedereröffnen "+c.ID, "ist in Bearbeitung. Wieder öffnen lassen sich nur erledigte oder verworfene Zusagen")
}

func TestCommitmentListFilters(t *testing.T) {
	h := newCommitmentHarness(t)
	h.clock = now.AddDate(0, 0, -10) // 2027-01-05: earlier due dates are still allowed
	evaOld := h.add(`zusage ` + h.ids["Eva"] + ` Alt und offen frist:2027-01-10 gremium:Lenkungsgruppe`)
	evaNew := h.add(`zusage ` + h.ids["Eva"] + ` Neu frist:2027-02-01`)
	bernd1 := h.add(`zusage ` + h.ids["Bernd"] + ` Bernds Aufgabe frist:2027-01-12`)
	bernd2 := h.add(`zusage ` + h.ids["Bernd"] + ` Bernd erledigt frist:2027-01-11`)
	anna := h.add(`zusage ` + h.ids["Anna"] + ` Annas Aufgabe frist:2027-03-01 gremium:Lenkungsgruppe`)
	h.clock = now
	h.do(admin, "zusage beginnen "+bernd1.ID)
	h.do(admin, "zusage erledigt "+bernd2.ID)
	h.do(admin, "zusage verwerfen "+anna.ID)

	cases := []struct {
		user, line string
		want       []storage.Commitment
	}{
		{admin, "zusagen", []storage.Commitment{evaOld, bernd1, evaNew}},
		{admin, "zusagen offen", []storage.Commitment{evaOld, bernd1, evaNew}},
		{admin, "zusagen überfällig", []storage.Commitment{evaOld, bernd1}},
		{admin, "commitments overdue", []storage.Commitment{evaOld, bernd1}},
		{admin, "zusagen in-bearbeitung", []storage.Commitment{bernd1}},
		{admin, "zusagen erledigt", []storage.Commitment{bernd2}},
		{admin, "zusagen verworfen", []storage.Commitment{anna}},
		{admin, "zusagen alle", []storage.Commitment{evaOld, bernd2, bernd1, evaNew, anna}},
		{eva, "zusagen meine", []storage.Commitment{evaOld, evaNew}},
		{eva, "zusagen meine überfällig", []storage.Commitment{evaOld}},
		{admin, "zusagen verantwortlich:@U0BERND alle", []storage.Commitment{bernd2, bernd1}},
		{admin, `commitments owner:"eva muster"`, []storage.Commitment{evaOld, evaNew}},
		{admin, "zusagen alle gremium:Lenkungsgruppe", []storage.Commitment{evaOld, anna}},
		{admin, "zusagen fällig-vor:12.01.2027", []storage.Commitment{evaOld}},
		{admin, "commitments all due-before:2027-01-12", []storage.Commitment{evaOld, bernd2}},
		{admin, "zusagen überfällig fällig-vor:2027-01-11", []storage.Commitment{evaOld}},
	}
	for _, c := range cases {
		out := h.do(c.user, c.line)
		var got []string
		for _, line := range strings.Split(out, "\n") {
			if id, ok := strings.CutPrefix(line, "• "); ok {
				got = append(got, strings.Fields(id)[0])
			}
		}
		var want []string
		for _, w := range c.want {
			want = append(want, w.ID)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q as %s: %v, want %v\n%s", c.line, c.user, got, want, out)
		}
	}
	h.expect(admin, "zusagen überfällig", "2 überfällige Zusagen",
		evaOld.ID+" · Eva Muster · Alt und offen · 10.01.2027 · offen ⚠ überfällig",
		bernd1.ID+" · Bernd Beispiel · Bernds Aufgabe · 12.01.2027 · in Bearbeitung ⚠ überfällig")
	out := h.expect(admin, "zusagen alle", "5 Zusagen insgesamt", bernd2.ID+" · Bernd Beispiel · Bernd erledigt · 11.01.2027 · erledigt")
	if strings.Count(out, "überfällig") != 2 {
		t.Errorf("only unfinished commitments may be marked overdue:\n%s", out)
	}
	h.expect(admin, "zusagen verantwortlich:niemand", "Es gibt keinen Akteur „niemand“")
	h.expect(nolink, "zusagen meine", "Mit Ihrem Slack-Konto ist noch kein Akteur verknüpft")
	h.expect(admin, "zusagen erledigt offen", "„erledigt“ und „offen“ lassen sich nicht zusammen verwenden")
	h.expect(eva, "zusagen meine besitzer:ich", "„meine“ und „ich“ lassen sich nicht zusammen verwenden")
	h.expect(admin, "zusagen quatsch", "Die Auswahl „quatsch“ kenne ich nicht. Möglich sind: meine, offen")
	h.expect(admin, "zusagen gremium:Rat", "Es gibt kein Gremium „Rat“")
	h.expect(admin, "zusagen fällig-vor:bald", "kein gültiges Datum")
	h.expect(admin, "zusagen seite:0", "keine gültige Seitenzahl")
	h.expect(bernd, "zusagen meine verworfen", "keine passenden Zusagen")
}

func TestCommitmentListPages(t *testing.T) {
	h := newCommitmentHarness(t)
	for i := range 30 {
		h.add(fmt.Sprintf("commit %s Aufgabe%02d due:2027-02-%02d", h.ids["Eva"], i, i%28+1))
	}
	h.expect(admin, "zusagen", "30 offene Zusagen", "Seite 1 von 2", "seite:2", "Eva Muster · Aufgabe00 · 01.02.2027")
	out := h.expect(admin, "zusagen seite:2", "Seite 2 von 2", "Eva Muster · Aufgabe27 · 28.02.2027")
	if strings.Count(out, "•") != 5 {
		t.Fatalf("page 2 has %d entries:\n%s", strings.Count(out, "•"), out)
	}
}

// A commitment due 2027-01-15 is overdue from the first minute of
// 2027-01-16 in Berlin, while it is still the 15th in UTC.
func TestCommitmentOverdueAroundMidnightBerlin(t *testing.T) {
	h := newCommitmentHarness(t)
	c := h.add(`zusage ` + h.ids["Eva"] + ` Bericht frist:15.01.2027`)

	h.clock = time.Date(2027, 1, 15, 22, 30, 0, 0, time.UTC) // 23:30 in Berlin, still the due day
	h.expect(admin, "zusagen überfällig", "keine passenden Zusagen")
	if out := h.expect(admin, "zusage zeige "+c.ID, "Status: offen"); strings.Contains(out, "überfällig") {
		t.Errorf("overdue on its due day:\n%s", out)
	}
	h.expect(eva, "zusage frist "+c.ID+" 15.01.2027", "hat bereits diese Frist: Freitag, 15.01.2027")

	h.clock = time.Date(2027, 1, 15, 23, 30, 0, 0, time.UTC) // 00:30 on the 16th in Berlin
	h.expect(admin, "zusagen überfällig", "1 überfällige Zusage", c.ID+" · Eva Muster · Bericht · 15.01.2027 · offen ⚠ überfällig")
	h.expect(admin, "zusage zeige "+c.ID, "Status: offen ⚠ überfällig")
	h.expect(eva, "zusage frist "+c.ID+" 2027-01-15", "hat bereits diese Frist")
	if got := h.get(c.ID); !got.Overdue("2027-01-16") || got.Overdue("2027-01-15") {
		t.Fatalf("Overdue rule disagrees: %+v", got)
	}
}

func TestCommitmentEnglish(t *testing.T) {
	h := newCommitmentHarness(t)
	if err := h.store.Team(team).SetSettings(context.Background(), storage.Settings{}, storage.SettingsPatch{Language: new("en")}, admin, now); err != nil {
		t.Fatal(err)
	}
	h.expect(eva, "commit me present the report due:20.01.2027", "Commitment c", "recorded for Eva Muster: “present the report”. Due: Wednesday, 2027-01-20.")
	id := h.commitments()[0].ID
	h.expect(eva, "commitment start "+id, "is now in progress")
	h.expect(eva, "commitments mine", "1 open commitment", id+" · Eva Muster · present the report · 2027-01-20 · in progress")
	h.expect(eva, "commitment show "+id, "Due: 2027-01-20", "Recorded: 2027-01-15 10:30 by @U0EVA", "Status: open → in progress",
		"[Done: commitment done "+id+"]")
	h.expect(eva, "commitment due "+id+" next Friday", "Due: Friday, 2027-01-22.")
	h.expect(eva, "commitment due "+id+" last Friday", "“last Friday” points to the past for “Due” (Friday, 2027-01-08)")
	h.expect(eva, "commitment due "+id+" 2027-01-01", "Due: Friday, 2027-01-01 – this date has already passed, so the commitment is shown as overdue.")
	h.expect(bernd, "commitment done "+id, "this action needs the role “coordinator”")
	h.expect(nolink, "commit me x due:2027-02-01", "“stakeholder edit <stakeholder> user:@U0NOLINK”")
	h.expect(eva, "help commitment", "commit <stakeholder, @person or me>", "commitment reopen <short id>")
}
