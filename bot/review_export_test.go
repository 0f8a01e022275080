package bot_test

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/netzwerkbot/netzwerkbot/bot"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// reviewedNetwork builds by commands two committees: "Steuerkreis" with
// Anna, Ben and Cleo, "AG Klein" with Anna and Ben (all linked), opens a
// review of both and returns its id.
func reviewedNetwork(h *reviewClock) string {
	h.t.Helper()
	anna := h.add(coord, `akteur neu "Anna Schulz" sektor:Schule entscheidung:ja nutzer:<@UANNA>`)
	ben := h.add(coord, `akteur neu "Ben Kaufmann" sektor:Wirtschaft nutzer:<@UBEN>`)
	cleo := h.add(coord, `akteur neu "Cleo Jugend" sektor:Jugendhilfe nutzer:<@UCLEO>`)
	h.add(coord, "gremium neu Steuerkreis art:lenkungsgruppe zweck:vernetzung")
	h.add(coord, `gremium neu "AG Klein" art:arbeitsgruppe zweck:kooperation`)
	h.do(coord, "gremium mitglieder hinzufügen Steuerkreis "+anna+" "+ben+" "+cleo)
	h.do(coord, `gremium mitglieder hinzufügen "AG Klein" `+anna+" "+ben)
	h.set("2026-03-02 09:00")
	h.ok(coord, "überprüfung starten", "ist gestartet")
	return h.openReviewID()
}

func TestExportReview(t *testing.T) {
	h := newReviewClock(t, "2026-02-02 09:00")
	id := reviewedNetwork(h)
	h.ok("UANNA", "überprüfung antworten "+id+` Steuerkreis 4 4 4 4 mandat:ja änderung:"=Mehr Termine"`, "Vielen Dank")
	h.ok("UBEN", "überprüfung antworten "+id+" Steuerkreis 3 3 3 3 mandat:ja", "Vielen Dank")
	h.ok("UCLEO", "überprüfung antworten "+id+" Steuerkreis 2 2 2 2 mandat:teilweise", "Vielen Dank")
	h.ok("UANNA", "überprüfung antworten "+id+` "AG Klein" 5 5 5 5 änderung:"Nur ich schreibe hier"`, "Vielen Dank")
	h.set("2026-03-03 09:00")
	h.ok(coord, "überprüfung abschließen "+id, "Ergebnis")

	r := h.reply(coord, "export überprüfung "+id)
	if r.File == nil || r.File.Name != "ueberpruefung-"+id+"-2026-03-03.csv" {
		t.Fatalf("export: %+v", r)
	}
	rows := readCSV(t, r.File.Content)
	text := make([]string, len(rows))
	for i, row := range rows {
		text[i] = strings.TrimRight(strings.Join(row, ";"), ";")
	}
	all := strings.Join(text, "\n")
	for _, want := range []string{
		"Bewertungen je Gremium und Dimension (Mittelwerte ab 3 Antworten)",
		"Gremium-ID;Gremium;Dimension;Antworten;Mittelwert;Mittelwert zuvor;Trend",
		";AG Klein;Strategische Ausrichtung;1", // one answer: no average
		";Steuerkreis;Strategische Ausrichtung;3;3,00;;(neu)",
		";Steuerkreis;Verankert durch einen Auftrag;3;2;1;0",
		";Steuerkreis;'=Mehr Termine", // neutralised against formulas
		"Beteiligung\nID;Name;Status;Bildungsbereich;Entscheidungsträger/in;Multiplikator/in;Gremien;Beteiligung",
		";Anna Schulz;bestätigt;Schule;ja;nein;AG Klein, Steuerkreis;inaktiv;0;0;0;0;0",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("CSV lacks %q:\n%s", want, all)
		}
	}
	if strings.Contains(all, "Nur ich schreibe hier") || strings.Contains(all, "5,00") {
		t.Errorf("CSV shows a committee with one answer:\n%s", all)
	}

	r = h.reply(coord, "export überprüfung "+id+" json")
	var x struct {
		Review struct {
			ID         string `json:"id"`
			MinAnswers int    `json:"min_answers"`
		} `json:"review"`
		Ratings []struct {
			Committee string   `json:"committee"`
			N         int      `json:"n"`
			Average   *float64 `json:"average"`
		} `json:"ratings"`
		Comments      []struct{ Committee, Text string } `json:"comments"`
		Participation []struct{ Name, Class string }     `json:"participation"`
	}
	if r.File == nil || json.Unmarshal(r.File.Content, &x) != nil {
		t.Fatalf("JSON export: %+v", r)
	}
	if x.Review.ID != id || x.Review.MinAnswers != 3 || len(x.Ratings) != 8 || len(x.Comments) != 1 || x.Comments[0].Text != "=Mehr Termine" ||
		len(x.Participation) != 3 {
		t.Errorf("JSON export %s", r.File.Content)
	}
	for _, rt := range x.Ratings {
		if (rt.Committee == "AG Klein") != (rt.Average == nil) {
			t.Errorf("rating %+v", rt)
		}
	}
}

func TestExportReviewRefusals(t *testing.T) {
	h := newReviewClock(t, "2026-02-02 09:00")
	id := reviewedNetwork(h)
	other, err := h.store.Team("T2").AddReview(context.Background(), storage.Review{OpenedAt: h.now, ClosesAt: h.now})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ user, line, want string }{
		{coord, "export überprüfung rzzzz", "„rzzzz“ gibt es nicht"},
		{coord, "export überprüfung " + other.ID, "„" + other.ID + "“ gibt es nicht"},
		{coord, "export überprüfung", "Bitte geben Sie die ID"},
		{coord, "export überprüfung " + id + " pdf", "„pdf“ ist kein Exportformat"},
		{"UANNA", "export überprüfung " + id, "koordinierende Stelle"},
	} {
		if r := h.reply(c.user, c.line); r.File != nil || !strings.Contains(strings.ToLower(bot.PlainText(r)), strings.ToLower(c.want)) {
			t.Errorf("%q as %s: file %v\n%s\nwant %q", c.line, c.user, r.File != nil, bot.PlainText(r), c.want)
		}
	}
	// An open review exports its participation; it has no ratings yet.
	r := h.reply(coord, "export überprüfung "+id+" json")
	if r.File == nil || !strings.Contains(string(r.File.Content), `"ratings": []`) || !strings.Contains(string(r.File.Content), "Cleo Jugend") {
		t.Errorf("export of an open review: %+v", r)
	}
}

// The anonymity threshold is set by admins, at least 2; bad input changes
// nothing.
func TestSettingsAnonymity(t *testing.T) {
	h := newReviewClock(t, "2026-02-02 09:00")
	h.ok(admin, "einstellungen", "Anonymität: Ergebnisse je Gremium ab 3 Antworten (Standard)")
	for _, c := range []struct{ user, line, want string }{
		{admin, "einstellungen anonymität 1", "„1“ ist keine gültige Schwelle; bitte geben Sie eine ganze Zahl von mindestens 2 an"},
		{admin, "einstellungen anonymität drei", "„drei“ ist keine gültige Schwelle"},
		{admin, "einstellungen anonymität", "ab wie vielen Antworten"},
		{coord, "einstellungen anonymität 5", "Administrator"},
	} {
		before := h.settings()
		h.ok(c.user, c.line, c.want)
		if after := h.settings(); after.Anonymity != before.Anonymity || !after.UpdatedAt.Equal(before.UpdatedAt) {
			t.Errorf("%q changed the settings: %+v", c.line, after)
		}
	}
	h.ok(admin, "einstellungen anonymität 4", "jetzt erst ab 4 Antworten")
	h.ok(admin, "settings anonymity 4", "ist bereits")
	h.ok(admin, "einstellungen", "Anonymität: Ergebnisse je Gremium ab 4 Antworten")
	if s := h.settings(); s.AnonymityThreshold() != 4 {
		t.Errorf("threshold %d", s.AnonymityThreshold())
	}
	if a := h.auditOf("settings", "settings"); len(a) != 1 || changes(a[0]) != "anonymity: 3 → 4" {
		t.Errorf("audit %+v", a)
	}
	// The next review's survey promises the new threshold.
	id := reviewedNetwork(h)
	h.ok("UANNA", "überprüfung umfrage "+id+" Steuerkreis", "erst, wenn mindestens 4 Mitglieder dieses Gremiums geantwortet haben")
}

// The consolidation questions are answered by typed options; a word that
// is no answer is refused and nothing is stored.
func TestTypedConsolidationAnswers(t *testing.T) {
	h := newReviewClock(t, "2026-02-02 09:00")
	id := reviewedNetwork(h)
	h.ok("UANNA", "überprüfung umfrage "+id+" Steuerkreis", "mandat:ja – Ist das Gremium durch einen Auftrag verankert")
	h.ok("UANNA", "überprüfung antworten "+id+" Steuerkreis 4 4 4 4 mandat:vielleicht", "„vielleicht“ ist keine Antwort auf eine Frage zur Verstetigung")
	if n := h.answers(id); n != 0 {
		t.Fatalf("a refused answer stored %d answers", n)
	}
	h.ok("UANNA", "überprüfung antworten "+id+" Steuerkreis 4 4 4 4 mandat:Ja entscheider:nein", "Vielen Dank")
	h.ok("UBEN", "review answer "+id+" Steuerkreis 4 4 4 4 resources:partly", "Vielen Dank")
	list, err := h.team().SurveyAnswers(context.Background(), id)
	if err != nil || len(list) != 2 {
		t.Fatalf("answers %+v %v", list, err)
	}
	got := [][]string{list[0].Consolidation, list[1].Consolidation}
	if !slices.ContainsFunc(got, func(c []string) bool { return slices.Equal(c, []string{"yes", "", "no"}) }) ||
		!slices.ContainsFunc(got, func(c []string) bool { return slices.Equal(c, []string{"", "partly", ""}) }) {
		t.Errorf("stored consolidation %q", got)
	}
}
